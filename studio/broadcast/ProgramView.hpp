#pragma once

#include "CanvasSpec.hpp"
#include "PreviewSurface.hpp"

#include <QImage>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace shopcast::broadcast {

// The composited program itself: its canvas, the studio-drawn overlays in it
// (product card, and the interaction overlays to come) and live previews of
// it. All calls are made on the Qt thread.
class ProgramView : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual CanvasSpec canvas() const = 0;
    // Refused while streaming or recording: the encoders are bound to the size.
    virtual bool setCanvas(const CanvasSpec &canvas, QString *error) = 0;

    // A second canvas of another shape (a portrait one for a vertical
    // platform beside a landscape program) from the same sources, with its
    // own scene, encoders and destinations; nullopt removes it. Refused while
    // streaming or recording. Its frame rate is the program's.
    virtual std::optional<CanvasSpec> secondCanvas() const { return std::nullopt; }
    virtual bool setSecondCanvas(const std::optional<CanvasSpec> &canvas, QString *error)
    {
        Q_UNUSED(canvas)
        *error = QStringLiteral("this engine has one canvas");
        return false;
    }
    // A live view of the second canvas; null (and error) when there is none.
    virtual std::unique_ptr<PreviewSurface> createSecondCanvasPreview(quintptr nativeWindow, QSize sizePx, QString *error)
    {
        Q_UNUSED(nativeWindow)
        Q_UNUSED(sizePx)
        *error = QStringLiteral("this engine has one canvas");
        return nullptr;
    }

    // Shows a studio-drawn image in every overlay source of this role
    // ("product_card", ...); returns how many sources show it.
    virtual int setOverlayImage(const QString &role, const QImage &image) = 0;

    // A live view in a native window: of the program, or with sourceName of
    // that one source as its filters leave it (the Filters dialog); a scene
    // with the show's cards over it where it places them, as on air (studio
    // mode's next scene).
    virtual std::unique_ptr<PreviewSurface> createPreview(quintptr nativeWindow, QSize sizePx, const QString &sourceName, QString *error) = 0;

    // A frame of the program as composed, at the canvas size, after
    // skipFrames more frames (sources that load, e.g. a video, settle): done
    // gets it on the receiver's thread (not at all when the receiver is
    // gone); a null image when the engine has no picture. Nothing waits.
    virtual void grabFrame(int skipFrames, QObject *receiver, std::function<void(const QImage &frame)> done) = 0;
    // The same of the second canvas; a null image when there is none.
    virtual void grabSecondCanvasFrame(int skipFrames, QObject *receiver, std::function<void(const QImage &frame)> done)
    {
        Q_UNUSED(skipFrames)
        QMetaObject::invokeMethod(
            receiver, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
    }

    // The program has composed a frame (firstFrameRendered() is on its way or came).
    virtual bool hasRenderedFrame() const { return false; }

signals:
    void canvasChanged(const shopcast::broadcast::CanvasSpec &canvas);
    void secondCanvasChanged();
    void firstFrameRendered();
};

} // namespace shopcast::broadcast
