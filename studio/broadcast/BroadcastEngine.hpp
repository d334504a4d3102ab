#pragma once

#include "CanvasSpec.hpp"
#include "Destination.hpp"
#include "EncoderSettings.hpp"
#include "EngineStats.hpp"
#include "PreviewSurface.hpp"
#include "SceneCollection.hpp"

#include <QImage>
#include <QObject>

#include <memory>

namespace shopcast::broadcast {

// What the rest of the studio knows of the capture → composite → encode →
// output pipeline. The libobs implementation lives beside it; nothing else
// includes obs.h. All calls are made on the Qt thread and all signals arrive
// there.
class BroadcastEngine : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~BroadcastEngine() override = default;

    virtual CanvasSpec canvas() const = 0;
    // Refused while streaming or recording: the encoders are bound to the size.
    virtual bool setCanvas(const CanvasSpec &canvas, QString *error) = 0;

    virtual const SceneCollection &collection() const = 0;
    virtual bool loadCollection(const SceneCollection &collection, QString *error) = 0;
    virtual bool addScene(const QString &name, QString *error) = 0;
    virtual bool removeScene(const QString &name, QString *error) = 0;
    virtual bool setCurrentScene(const QString &name, QString *error) = 0;
    virtual bool addItem(const QString &scene, const SourceSpec &source, const SceneItemSpec &item, QString *error) = 0;
    virtual bool removeItem(const QString &scene, int index, QString *error) = 0;
    virtual bool moveItem(const QString &scene, int from, int to, QString *error) = 0;
    virtual bool setItemVisible(const QString &scene, int index, bool visible, QString *error) = 0;
    virtual bool setItemGeometry(const QString &scene, int index, double xPx, double yPx, double widthPx, double heightPx,
                                 QString *error) = 0;

    // Every destination shares one video and one audio encoder. Returns false
    // only when nothing could start; a destination that fails later is
    // reported through outputStateChanged while the others go on.
    virtual bool startStreaming(const QList<Destination> &destinations, const EncoderSettings &encoder, QString *error) = 0;
    virtual void stopStreaming() = 0;
    virtual bool isStreaming() const = 0;

    // Records to MKV (a crash leaves a playable file), remuxed to MP4 on stop.
    virtual bool startRecording(const QString &mkvPath, const EncoderSettings &encoder, QString *error) = 0;
    virtual void stopRecording() = 0;
    virtual bool isRecording() const = 0;

    // Shows a studio-drawn image in every overlay source of this role
    // ("product_card", ...); returns how many sources show it.
    virtual int setOverlayImage(const QString &role, const QImage &image) = 0;

    virtual EngineStats stats() const = 0;

    virtual std::unique_ptr<PreviewSurface> createPreview(quintptr nativeWindow, QSize sizePx, QString *error) = 0;

signals:
    void collectionChanged();
    void outputStateChanged(int index, shopcast::broadcast::OutputState state, const QString &message);
    void streamingStopped();
    void recordingStarted(const QString &path);
    // path is the MP4 (or the MKV when remuxing failed; error says why).
    void recordingFinished(const QString &path, const QString &error);
    void firstFrameRendered();
};

} // namespace shopcast::broadcast
