#include "StreamCommand.hpp"

#include "CliReport.hpp"
#include "core/UnixSignalWatcher.hpp"

#include "broadcast/Destination.hpp"
#include "broadcast/ObsEngine.hpp"
#include "broadcast/RecordingRemuxer.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/StreamReport.hpp"
#include "storage/Database.hpp"
#include "catalog/ProductRepository.hpp"
#include "core/StudioPaths.hpp"
#include "overlay/ProductCardRenderer.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace shopcast::cli {

using namespace shopcast::broadcast;

namespace {

// Waits on the event loop until the predicate holds or the timeout passes.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace

int StreamCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(StreamCommand::tr("Stream the scene to RTMP/RTMPS destinations and/or record it."));
    parser.addHelpOption();
    const QCommandLineOption destOption(QStringLiteral("dest"), StreamCommand::tr("Destination rtmp(s)://host[:port]/app/key (repeatable)."), StreamCommand::tr("URL"));
    const QCommandLineOption destFileOption(QStringLiteral("dest-file"), StreamCommand::tr("File with one destination URL per line (keeps keys off the command line)."), StreamCommand::tr("FILE"));
    const QCommandLineOption recordOption(QStringLiteral("record"), StreamCommand::tr("Record to PATH (MKV while recording, remuxed to MP4)."), StreamCommand::tr("PATH"));
    const QCommandLineOption canvasOption(QStringLiteral("canvas"), StreamCommand::tr("Canvas size, e.g. 1280x720 or 720x1280."), StreamCommand::tr("WxH"), QStringLiteral("1280x720"));
    const QCommandLineOption fpsOption(QStringLiteral("fps"), StreamCommand::tr("Frame rate: 30 or 60."), StreamCommand::tr("N"), QStringLiteral("30"));
    const QCommandLineOption durationOption(QStringLiteral("duration"), StreamCommand::tr("Stop after S seconds (default: until SIGINT/SIGTERM)."), StreamCommand::tr("S"));
    const QCommandLineOption bitrateOption(QStringLiteral("bitrate"), StreamCommand::tr("Video bitrate in kbps."), StreamCommand::tr("KBPS"), QStringLiteral("2500"));
    const QCommandLineOption collectionOption(QStringLiteral("scene-collection"), StreamCommand::tr("Scene collection JSON (default: the demo scene)."), StreamCommand::tr("FILE"));
    const QCommandLineOption dbOption(QStringLiteral("db"), StreamCommand::tr("Studio database with the catalog (for --product)."), StreamCommand::tr("PATH"));
    const QCommandLineOption productOption(QStringLiteral("product"), StreamCommand::tr("Show the product card of this SKU."), StreamCommand::tr("SKU"));
    const QCommandLineOption templateOption(QStringLiteral("template"), StreamCommand::tr("Product card template."), StreamCommand::tr("NAME"), QStringLiteral("light"));
    parser.addOptions({destOption, destFileOption, recordOption, canvasOption, fpsOption, durationOption, bitrateOption, collectionOption,
                       dbOption, productOption, templateOption});
    if (!parser.parse(arguments)) {
        CliReport::error(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }

    // --- validate everything before libobs starts ---------------------------
    QStringList errors;
    QList<Destination> destinations;
    for (const QString &url : parser.values(destOption)) {
        QString error;
        if (auto d = Destination::parse(url, &error))
            destinations.append(*d);
        else
            errors.append(StreamCommand::tr("--dest: %1").arg(error));
    }
    if (parser.isSet(destFileOption)) {
        QFile file(parser.value(destFileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            errors.append(StreamCommand::tr("--dest-file %1: %2").arg(file.fileName(), file.errorString()));
        } else {
            QStringList fileErrors;
            destinations += Destination::parseList(QString::fromUtf8(file.readAll()), &fileErrors);
            for (const QString &e : fileErrors)
                errors.append(StreamCommand::tr("--dest-file %1: %2").arg(file.fileName(), e));
        }
    }
    QString canvasError;
    auto canvas = CanvasSpec::parseSize(parser.value(canvasOption), &canvasError);
    if (!canvas)
        errors.append(StreamCommand::tr("--canvas: %1").arg(canvasError));
    bool ok = false;
    const int fps = parser.value(fpsOption).toInt(&ok);
    if (!ok || !CanvasSpec::isSupportedFps(fps))
        errors.append(StreamCommand::tr("--fps must be 30 or 60"));
    else if (canvas)
        canvas->fps = fps;
    double durationSec = -1;
    if (parser.isSet(durationOption)) {
        durationSec = parser.value(durationOption).toDouble(&ok);
        if (!ok || durationSec <= 0)
            errors.append(StreamCommand::tr("--duration must be a positive number of seconds"));
    }
    EncoderSettings encoder;
    encoder.videoBitrateKbps = parser.value(bitrateOption).toInt(&ok);
    if (!ok || encoder.videoBitrateKbps < 100 || encoder.videoBitrateKbps > 50000)
        errors.append(StreamCommand::tr("--bitrate must be between 100 and 50000 kbps"));
    const bool recording = parser.isSet(recordOption);
    if (destinations.isEmpty() && !recording && errors.isEmpty())
        errors.append(StreamCommand::tr("nothing to do: give at least one --dest, --dest-file or --record"));
    std::optional<SceneCollection> collection;
    if (parser.isSet(collectionOption)) {
        QFile file(parser.value(collectionOption));
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            errors.append(StreamCommand::tr("--scene-collection %1: %2").arg(file.fileName(), file.errorString()));
        else if (!(collection = SceneCollection::fromJson(file.readAll(), &error)))
            errors.append(StreamCommand::tr("--scene-collection %1: %2").arg(file.fileName(), error));
    }
    std::optional<catalog::Product> product;
    if (parser.isSet(productOption)) {
        if (!parser.isSet(dbOption)) {
            errors.append(StreamCommand::tr("--product needs --db with an existing studio database"));
        } else if (auto db = CliReport::openDatabase(parser.value(dbOption), true)) {
            product = catalog::ProductRepository(*db).findBySku(parser.value(productOption));
            if (!product)
                errors.append(StreamCommand::tr("--product: no product '%1' in %2").arg(parser.value(productOption), parser.value(dbOption)));
        } else {
            errors.append(StreamCommand::tr("--product: the studio database cannot be used"));
        }
        if (!overlay::ProductCardRenderer::isTemplate(parser.value(templateOption)))
            errors.append(StreamCommand::tr("--template must be one of: %1").arg(overlay::ProductCardRenderer::templates().join(QStringLiteral(", "))));
    }
    if (!errors.isEmpty()) {
        for (const QString &e : errors)
            CliReport::error(e);
        return 2;
    }
    if (!collection)
        collection = SceneCollection::demo(*canvas, core::StudioPaths::resourceDir());

    // --- run ----------------------------------------------------------------
    QTemporaryDir obsConfig;
    QString error;
    auto engine = ObsEngine::create(ObsEngine::defaultOptions(*canvas, obsConfig.path()), &error);
    if (!engine) {
        CliReport::error(error);
        return 1;
    }
    if (!engine->scenes().loadCollection(*collection, &error)) {
        CliReport::error(error);
        return 1;
    }

    if (product) {
        overlay::ProductCardState card;
        card.product = *product;
        const QImage image = overlay::ProductCardRenderer::render(card, parser.value(templateOption),
                                                                  overlay::ProductCardRenderer::defaultSize({canvas->widthPx, canvas->heightPx}));
        if (engine->program().setOverlayImage(QStringLiteral("product_card"), image) == 0)
            CliReport::error(StreamCommand::tr("warning: the scene has no product card overlay; --product shows nothing"));
    }

    StreamReport report;
    QObject::connect(&engine->program(), &ProgramView::firstFrameRendered, &engine->program(),
                     [&] { report.firstFrameMs = m_processClock.elapsed(); });
    QObject::connect(&engine->outputs(), &OutputControl::outputStateChanged, &engine->outputs(),
                     [](int, OutputState state, const QString &message) {
                         if (state == OutputState::Failed)
                             CliReport::error(StreamCommand::tr("destination failed: %1").arg(message));
                         else if (state == OutputState::Reconnecting)
                             CliReport::error(message);
                     });
    bool recordingDone = !recording;
    QObject::connect(&engine->outputs(), &OutputControl::recordingFinished, &engine->outputs(),
                     [&](const QString &path, const QString &recordError) {
                         recordingDone = true;
                         if (!recordError.isEmpty())
                             CliReport::error(recordError);
                         if (QFileInfo::exists(path))
                             report.recordingPath = path;
                     });

    QElapsedTimer streamClock;
    streamClock.start();
    if (!destinations.isEmpty() && !engine->outputs().startStreaming(destinations, encoder, &error)) {
        CliReport::error(error);
        if (!recording)
            return 1;
    }
    if (recording) {
        QFileInfo target(parser.value(recordOption));
        const QString mkv = target.dir().filePath(target.completeBaseName() + QStringLiteral(".mkv"));
        if (!engine->outputs().startRecording(mkv, encoder, &error)) {
            CliReport::error(error);
            recordingDone = true;
        }
    }
    if (!engine->outputs().isStreaming() && !engine->outputs().isRecording()) {
        CliReport::error(StreamCommand::tr("nothing could start"));
        return 1;
    }

    QEventLoop loop;
    core::UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &core::UnixSignalWatcher::terminationRequested, &loop, &QEventLoop::quit);
    if (durationSec > 0)
        QTimer::singleShot(int(durationSec * 1000), Qt::PreciseTimer, &loop, &QEventLoop::quit);
    // A run whose every output has died has nothing left to wait for.
    QObject::connect(&engine->outputs(), &OutputControl::streamingStopped, &loop, [&] {
        if (!engine->outputs().isRecording())
            loop.quit();
    });
    loop.exec();
    report.streamedMs = streamClock.elapsed();

    engine->outputs().stopStreaming();
    engine->outputs().stopRecording();
    if (!waitUntil([&] { return !engine->outputs().isStreaming(); }, 15000))
        CliReport::error(StreamCommand::tr("some destinations did not stop within 15 s"));
    if (!waitUntil([&] { return recordingDone; }, 60000))
        CliReport::error(StreamCommand::tr("the recording did not finish within 60 s"));

    report.stats = engine->outputs().stats();
    std::fputs(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
    return report.hasFailures(recording) ? 1 : 0;
}

} // namespace shopcast::cli
