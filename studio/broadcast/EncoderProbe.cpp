#include "EncoderProbe.hpp"

#include "EncoderSettings.hpp"

#include "work/GuiThreadCheck.hpp"

#include <QDir>
#include <QLibrary>

extern "C" {
#include <libavutil/error.h>
#include <libavutil/hwcontext.h>
}

namespace shopcast::broadcast {

namespace {

QString nvencId(const QStringList &types)
{
    for (const char *id : {"jim_nvenc", "ffmpeg_nvenc"})
        if (types.contains(QLatin1String(id)))
            return QString::fromLatin1(id);
    return {};
}

QString vaapiId(const QStringList &types)
{
    for (const char *id : {"ffmpeg_vaapi_tex", "ffmpeg_vaapi"})
        if (types.contains(QLatin1String(id)))
            return QString::fromLatin1(id);
    return {};
}

} // namespace

QList<EncoderChoice> EncoderProbe::known()
{
    return {
        {QString::fromLatin1(EncoderSettings::kX264), tr("x264 (CPU)"), false, false, {}},
        {QStringLiteral("ffmpeg_nvenc"), tr("NVIDIA NVENC H.264 (GPU)"), true, false, {}},
        {QStringLiteral("ffmpeg_vaapi"), tr("VAAPI H.264 (Intel/AMD GPU)"), true, false, {}},
        {QStringLiteral("obs_qsv11"), tr("Intel Quick Sync H.264"), true, false, {}},
    };
}

QString EncoderProbe::labelOf(const QString &id)
{
    for (const EncoderChoice &c : known())
        if (c.id == id || (id.contains(QLatin1String("nvenc")) && c.id == QLatin1String("ffmpeg_nvenc"))
            || (id.startsWith(QLatin1String("ffmpeg_vaapi")) && c.id == QLatin1String("ffmpeg_vaapi")))
            return c.label;
    return id;
}

QList<EncoderChoice> EncoderProbe::probe(const QStringList &libobsVideoEncoders)
{
    work::GuiThreadCheck::expectWorker("EncoderProbe::probe");
    QList<EncoderChoice> choices = known();
    for (EncoderChoice &c : choices) {
        if (c.id == QLatin1String(EncoderSettings::kX264)) {
            c.available = libobsVideoEncoders.contains(c.id);
            if (!c.available)
                c.reason = tr("libobs's obs-x264 module is not loaded");
        } else if (c.id == QLatin1String("ffmpeg_nvenc")) {
            QLibrary cuda(QStringLiteral("cuda"), 1);
            if (!cuda.load()) {
                c.reason = tr("no NVIDIA driver (libcuda.so.1 is not installed)");
            } else if (const QString id = nvencId(libobsVideoEncoders); id.isEmpty()) {
                c.reason = tr("the NVIDIA driver is there but libobs found no GPU that encodes H.264");
            } else {
                c.id = id;
                c.available = true;
            }
        } else if (c.id == QLatin1String("ffmpeg_vaapi")) {
            const QStringList nodes = QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*")}, QDir::System);
            if (nodes.isEmpty()) {
                c.reason = tr("no GPU render device (/dev/dri/renderD128)");
                continue;
            }
            const QByteArray node = QStringLiteral("/dev/dri/%1").arg(nodes.first()).toUtf8();
            AVBufferRef *device = nullptr;
            if (const int err = av_hwdevice_ctx_create(&device, AV_HWDEVICE_TYPE_VAAPI, node.constData(), nullptr, 0); err < 0) {
                char text[AV_ERROR_MAX_STRING_SIZE] = {};
                av_strerror(err, text, sizeof text);
                c.reason = tr("no VAAPI driver opened on %1 (%2)").arg(QString::fromUtf8(node), QString::fromUtf8(text));
            } else if (const QString id = vaapiId(libobsVideoEncoders); id.isEmpty()) {
                c.reason = tr("VAAPI opened on %1 but libobs offers no VAAPI H.264 encoder there").arg(QString::fromUtf8(node));
            } else {
                c.id = id;
                c.available = true;
            }
            av_buffer_unref(&device);
        } else {
            c.available = libobsVideoEncoders.contains(c.id);
            if (!c.available)
                c.reason = tr("this libobs has no Quick Sync module (obs-qsv11)");
        }
    }
    return choices;
}

} // namespace shopcast::broadcast
