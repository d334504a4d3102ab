#pragma once

#include <QCoreApplication>

#include "CanvasSpec.hpp"

#include <QString>
#include <QStringList>

#include <functional>

#include <memory>
#include <mutex>

namespace shopcast::broadcast {

struct ObsContextOptions
{
    CanvasSpec canvas;
    QString pluginDir;          // where obs-x264.so and friends live
    QString dataDir;            // holds libobs/ and obs-plugins/<module>/
    QString configDir;          // module configuration written by libobs
    void *x11Display = nullptr; // the UI's Display*; null opens a private one
    bool verboseLog = false;
    // The language of libobs's own texts (filter and source settings): "zh-CN", "en-US".
    QString locale = QStringLiteral("en-US");
    int audioSampleRateHz = 48000;
};

// Owns the process-wide libobs state in the order OBS Studio uses: platform and
// display, obs_startup, video, audio, then a chosen module list (loading all
// modules aborts without OBS's own window). Destroyed last, after every source,
// encoder and output is released.
class ObsContext
{
    Q_DECLARE_TR_FUNCTIONS(ObsContext)
public:
    static std::unique_ptr<ObsContext> create(const ObsContextOptions &options, QString *error);
    ~ObsContext();

    ObsContext(const ObsContext &) = delete;
    ObsContext &operator=(const ObsContext &) = delete;

    bool resetVideo(const CanvasSpec &canvas, QString *error);
    const CanvasSpec &canvas() const { return m_canvas; }
    const QStringList &missingOptionalModules() const { return m_missingOptional; }

    // Stream keys registered here are masked in everything libobs logs.
    void addSecret(const QString &secret);
    void removeSecret(const QString &secret);

    // A libobs call that can block for as long as a server takes to answer
    // (force_stop joins an output's connect thread) runs here, never on the
    // GUI thread. The job must hold its own references; libobs is not shut
    // down before every such job has returned.
    void runBlocking(std::function<void()> job);
    // Before encoders go: an output a job still holds must not outlive them.
    void waitForBlockingCalls();

private:
    ObsContext() = default;
    bool loadModules(const ObsContextOptions &options, QString *error);
    static void logHandler(int level, const char *format, va_list args, void *param);

    CanvasSpec m_canvas;
    void *m_ownedDisplay = nullptr;
    bool m_started = false;
    bool m_verbose = false;
    QStringList m_missingOptional;
    std::mutex m_secretsMutex;
    QStringList m_secrets;
};

} // namespace shopcast::broadcast
