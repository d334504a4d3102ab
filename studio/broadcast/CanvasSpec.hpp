#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace shopcast::broadcast {

// The composited output size and frame rate. Live-commerce platforms are mostly
// vertical, so portrait presets sit beside the landscape ones.
struct CanvasSpec
{
    int widthPx = 1280;
    int heightPx = 720;
    int fps = 30;

    bool isPortrait() const { return heightPx > widthPx; }
    QString sizeText() const; // "1280x720"

    // Accepts "WxH" (also "W*H" and "W×H"); sizes must be even and within 16..4096
    // because x264 with 4:2:0 chroma cannot encode odd sizes.
    static std::optional<CanvasSpec> parseSize(const QString &text, QString *error = nullptr);
    static bool isSupportedFps(int fps) { return fps == 30 || fps == 60; }
    static QList<CanvasSpec> presets(int fps = 30);

    friend bool operator==(const CanvasSpec &, const CanvasSpec &) = default;
};

// What a recording records when a second canvas is on.
enum class RecordedCanvas { Program, Second, Both };

} // namespace shopcast::broadcast
