#include "SourceCatalog.hpp"

#include <QColor>
#include <QCoreApplication>

namespace shopcast::broadcast {

namespace {} // namespace

QList<SourceKind> SourceCatalog::kinds()
{
    using Input = SourceKind::Input;
    return {
        {QStringLiteral("v4l2_input"),
         SourceCatalog::tr("Video capture device (camera)"),
         SourceCatalog::tr("Camera"),
         Input::None,
         {},
         {},
         QJsonObject{{QStringLiteral("device_id"), QStringLiteral("/dev/video0")}}},
        {QStringLiteral("xshm_input"),
         SourceCatalog::tr("Screen capture"),
         SourceCatalog::tr("Screen"),
         Input::None,
         {},
         {},
         QJsonObject{{QStringLiteral("screen"), 0}}},
        {QStringLiteral("image_source"),
         SourceCatalog::tr("Image"),
         SourceCatalog::tr("Image"),
         Input::File,
         SourceCatalog::tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"),
         QStringLiteral("file"),
         {}},
        {QStringLiteral("ffmpeg_source"), SourceCatalog::tr("Media file"), SourceCatalog::tr("Media"), Input::File,
         SourceCatalog::tr("Media (*.mp4 *.mkv *.mov *.flv *.webm *.mp3 *.aac *.wav)"), QStringLiteral("local_file"),
         QJsonObject{{QStringLiteral("is_local_file"), true}, {QStringLiteral("looping"), true}, {QStringLiteral("restart_on_activate"), true}}},
        {QStringLiteral("color_source_v3"),
         SourceCatalog::tr("Colour"),
         SourceCatalog::tr("Colour"),
         Input::Color,
         {},
         QStringLiteral("color"),
         QJsonObject{{QStringLiteral("width"), 1920}, {QStringLiteral("height"), 1080}}},
        {QStringLiteral("text_ft2_source_v2"),
         SourceCatalog::tr("Text"),
         SourceCatalog::tr("Text"),
         Input::Text,
         {},
         QStringLiteral("text"),
         QJsonObject{{QStringLiteral("font"), QJsonObject{{QStringLiteral("face"), QStringLiteral("Noto Sans CJK SC")},
                                                          {QStringLiteral("style"), QStringLiteral("Regular")},
                                                          {QStringLiteral("size"), 64},
                                                          {QStringLiteral("flags"), 0}}}}},
        {QStringLiteral("shopcast_overlay"),
         SourceCatalog::tr("Product card (follows the lineup)"),
         SourceCatalog::tr("Product card"),
         Input::None,
         {},
         {},
         QJsonObject{{QStringLiteral("role"), QStringLiteral("product_card")}}},
        {QStringLiteral("shopcast_overlay"),
         SourceCatalog::tr("Product picture (follows the lineup)"),
         SourceCatalog::tr("Product image"),
         Input::None,
         {},
         {},
         QJsonObject{{QStringLiteral("role"), QStringLiteral("product_picture")}}},
        {QStringLiteral("shopcast_overlay"),
         SourceCatalog::tr("Pinned comment (from the Comments dock)"),
         SourceCatalog::tr("Pinned comment"),
         Input::None,
         {},
         {},
         QJsonObject{{QStringLiteral("role"), QStringLiteral("pinned_comment")}}},
        {QStringLiteral("shopcast_overlay"),
         SourceCatalog::tr("Lottery and poll (countdown, winners, bars)"),
         SourceCatalog::tr("Lottery and poll"),
         Input::None,
         {},
         {},
         QJsonObject{{QStringLiteral("role"), QStringLiteral("interaction")}}},
        {QStringLiteral("shopcast_overlay"),
         SourceCatalog::tr("Orders ticker (“张** just bought…”, from live orders)"),
         SourceCatalog::tr("Orders ticker"),
         Input::None,
         {},
         {},
         QJsonObject{{QStringLiteral("role"), QStringLiteral("sales_ticker")}}},
        {QStringLiteral("pulse_input_capture"),
         SourceCatalog::tr("Audio input capture (microphone)"),
         SourceCatalog::tr("Microphone"),
         Input::None,
         {},
         {},
         QJsonObject{{QStringLiteral("device_id"), QStringLiteral("default")}}},
        {QStringLiteral("pulse_output_capture"),
         SourceCatalog::tr("Audio output capture (desktop audio)"),
         SourceCatalog::tr("Desktop audio"),
         Input::None,
         {},
         {},
         QJsonObject{{QStringLiteral("device_id"), QStringLiteral("default")}}},
    };
}

const SourceKind *SourceCatalog::find(const QString &id)
{
    static const QList<SourceKind> all = kinds();
    for (const SourceKind &k : all)
        if (k.id == id)
            return &k;
    return nullptr;
}

QJsonObject SourceCatalog::settingsFor(const SourceKind &kind, const QString &value)
{
    QJsonObject settings = kind.defaults;
    switch (kind.input) {
    case SourceKind::Input::None: break;
    case SourceKind::Input::File:
    case SourceKind::Input::Text: settings.insert(kind.fileSetting, value); break;
    case SourceKind::Input::Color: {
        // libobs colours are 0xAABBGGRR.
        const QColor c(value);
        const qint64 abgr = (qint64(c.alpha()) << 24) | (qint64(c.blue()) << 16) | (qint64(c.green()) << 8) | c.red();
        settings.insert(kind.fileSetting, abgr);
        break;
    }
    }
    return settings;
}

} // namespace shopcast::broadcast
