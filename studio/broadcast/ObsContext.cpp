#include "ObsContext.hpp"

#include "ObsBeautyFilter.hpp"
#include "ObsFrameTap.hpp"
#include "ObsOverlaySource.hpp"
#include "ObsPushService.hpp"

#include "work/GuiThreadCheck.hpp"
#include "work/Work.hpp"

#include <obs.h>
#include <obs-nix-platform.h>
#include <util/base.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <X11/Xlib.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>

namespace shopcast::broadcast {

namespace {

struct ModuleChoice
{
    const char *name;
    bool required;
};

// The encoders and outputs a show cannot go without are required;
// capture and effect modules are optional so a machine without PulseAudio or
// V4L2 still streams.
constexpr ModuleChoice kModules[] = {
    {"obs-x264", true},     {"obs-ffmpeg", true},       {"obs-outputs", true}, {"image-source", true},      {"text-freetype2", false},
    {"obs-filters", false}, {"obs-transitions", false}, {"linux-v4l2", false}, {"linux-pulseaudio", false}, {"linux-capture", false},
};

obs_video_info videoInfoFor(const CanvasSpec &canvas)
{
    obs_video_info ovi{};
    ovi.graphics_module = "libobs-opengl";
    ovi.fps_num = uint32_t(canvas.fps);
    ovi.fps_den = 1;
    ovi.base_width = ovi.output_width = uint32_t(canvas.widthPx);
    ovi.base_height = ovi.output_height = uint32_t(canvas.heightPx);
    ovi.output_format = VIDEO_FORMAT_NV12;
    ovi.adapter = 0;
    ovi.gpu_conversion = true;
    ovi.colorspace = VIDEO_CS_709;
    ovi.range = VIDEO_RANGE_PARTIAL;
    ovi.scale_type = OBS_SCALE_BICUBIC;
    return ovi;
}

QString videoResetError(int code)
{
    switch (code) {
    case OBS_VIDEO_NOT_SUPPORTED: return ObsContext::tr("the graphics adapter does not support the video settings");
    case OBS_VIDEO_INVALID_PARAM: return ObsContext::tr("invalid video parameters");
    case OBS_VIDEO_CURRENTLY_ACTIVE: return ObsContext::tr("video is in use by an active output");
    case OBS_VIDEO_MODULE_NOT_FOUND: return ObsContext::tr("the libobs-opengl graphics module was not found");
    default: return ObsContext::tr("libobs could not start video (OpenGL/EGL failed; is DISPLAY set and Mesa installed?)");
    }
}

} // namespace

std::unique_ptr<ObsContext> ObsContext::create(const ObsContextOptions &options, QString *error)
{
    if (obs_initialized()) {
        *error = ObsContext::tr("libobs is already running in this process");
        return nullptr;
    }
    std::unique_ptr<ObsContext> ctx(new ObsContext);
    ctx->m_verbose = options.verboseLog || qEnvironmentVariableIsSet("SHOPCAST_OBS_VERBOSE");
    base_set_log_handler(&ObsContext::logHandler, ctx.get());

    void *display = options.x11Display;
    if (!display) {
        display = XOpenDisplay(nullptr);
        if (!display) {
            *error = ObsContext::tr("cannot open the X display '%1': libobs renders through X (run under Xvfb when headless)")
                         .arg(qEnvironmentVariable("DISPLAY"));
            return nullptr;
        }
        ctx->m_ownedDisplay = display;
    }
    obs_set_nix_platform(OBS_NIX_PLATFORM_X11_EGL);
    obs_set_nix_platform_display(display);

    QDir().mkpath(options.configDir);
    if (!obs_startup(options.locale.toUtf8().constData(), QFile::encodeName(options.configDir).constData(), nullptr)) {
        *error = ObsContext::tr("obs_startup failed");
        return nullptr;
    }
    ctx->m_started = true;

    if (!ctx->resetVideo(options.canvas, error))
        return nullptr;
    const obs_audio_info oai{uint32_t(options.audioSampleRateHz), SPEAKERS_STEREO};
    if (!obs_reset_audio(&oai)) {
        *error = ObsContext::tr("libobs could not start audio");
        return nullptr;
    }
    if (!ctx->loadModules(options, error))
        return nullptr;
    return ctx;
}

ObsContext::~ObsContext()
{
    // A destination stopped while it connected may still be in force_stop,
    // holding its output: it must let go before libobs goes.
    waitForBlockingCalls();
    if (m_started) {
        obs_set_output_source(0, nullptr);
        obs_shutdown();
    }
    base_set_log_handler(nullptr, nullptr);
    if (m_ownedDisplay)
        XCloseDisplay(static_cast<Display *>(m_ownedDisplay));
}

void ObsContext::runBlocking(std::function<void()> job)
{
    // The studio's pool for calls that wait on something outside: a thread
    // per stuck call, so a second destination's stop does not queue behind
    // the first's unanswered handshake.
    work::Work::run(work::Pool::Blocking, [job = std::move(job)] {
        work::GuiThreadCheck::expectWorker("ObsContext::runBlocking");
        job();
    });
}

void ObsContext::waitForBlockingCalls()
{
    // Only libobs' calls run on that pool, so waiting for it is waiting for them.
    work::WorkPools::drain(work::Pool::Blocking, -1);
}

bool ObsContext::resetVideo(const CanvasSpec &canvas, QString *error)
{
    obs_video_info ovi = videoInfoFor(canvas);
    const int rc = obs_reset_video(&ovi);
    if (rc != OBS_VIDEO_SUCCESS) {
        *error = videoResetError(rc);
        return false;
    }
    m_canvas = canvas;
    return true;
}

bool ObsContext::loadModules(const ObsContextOptions &options, QString *error)
{
    for (const ModuleChoice &choice : kModules) {
        const QString binary = QDir(options.pluginDir).filePath(QString::fromLatin1(choice.name) + QStringLiteral(".so"));
        const QString data = QDir(options.dataDir).filePath(QStringLiteral("obs-plugins/") + QString::fromLatin1(choice.name));
        obs_module_t *module = nullptr;
        int rc = MODULE_FILE_NOT_FOUND;
        if (QFileInfo::exists(binary))
            rc = obs_open_module(&module, QFile::encodeName(binary).constData(), QFile::encodeName(data).constData());
        const bool ok = rc == MODULE_SUCCESS && obs_init_module(module);
        if (!ok) {
            if (choice.required) {
                *error = ObsContext::tr("required libobs module %1 could not be loaded from %2 (is the obs-studio package installed?)")
                             .arg(QString::fromLatin1(choice.name), binary);
                return false;
            }
            m_missingOptional.append(QString::fromLatin1(choice.name));
        }
    }
    obs_post_load_modules();
    ObsPushService::registerType();
    ObsOverlaySource::registerType();
    ObsBeautyFilter::registerType();
    ObsFrameTap::registerType();
    return true;
}

void ObsContext::addSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    std::lock_guard lock(m_secretsMutex);
    m_secrets.append(secret);
}

void ObsContext::removeSecret(const QString &secret)
{
    std::lock_guard lock(m_secretsMutex);
    m_secrets.removeOne(secret);
}

void ObsContext::logHandler(int level, const char *format, va_list args, void *param)
{
    auto *self = static_cast<ObsContext *>(param);
    if (level > LOG_WARNING && !(self && self->m_verbose))
        return;
    char buffer[4096];
    vsnprintf(buffer, sizeof buffer, format, args);
    QString message = QString::fromUtf8(buffer);
    if (self) {
        std::lock_guard lock(self->m_secretsMutex);
        for (const QString &secret : self->m_secrets)
            message.replace(secret, QStringLiteral("****"));
    }
    const char *tag = level <= LOG_ERROR ? "error" : level <= LOG_WARNING ? "warning" : "info";
    std::fprintf(stderr, "[libobs %s] %s\n", tag, message.toUtf8().constData());
}

} // namespace shopcast::broadcast
