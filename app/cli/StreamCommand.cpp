#include "StreamCommand.hpp"

#include "CliReport.hpp"
#include "core/UnixSignalWatcher.hpp"

#include "broadcast/BroadcastController.hpp"
#include "broadcast/BroadcastSettings.hpp"
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
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace shopcast::cli {

using namespace shopcast::broadcast;

int StreamCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(StreamCommand::tr("Stream the scene to RTMP/RTMPS destinations and/or record it."));
    parser.addHelpOption();
    const QCommandLineOption destOption(QStringLiteral("dest"), StreamCommand::tr("Destination rtmp(s)://host[:port]/app/key (repeatable)."),
                                        StreamCommand::tr("URL"));
    const QCommandLineOption destFileOption(
        QStringLiteral("dest-file"), StreamCommand::tr("File with one destination URL per line (keeps keys off the command line)."), StreamCommand::tr("FILE"));
    const QCommandLineOption recordOption(QStringLiteral("record"), StreamCommand::tr("Record to PATH (MKV while recording, remuxed to MP4)."),
                                          StreamCommand::tr("PATH"));
    const QCommandLineOption canvasOption(QStringLiteral("canvas"), StreamCommand::tr("Canvas size, e.g. 1280x720 or 720x1280."), StreamCommand::tr("WxH"),
                                          QStringLiteral("1280x720"));
    const QCommandLineOption fpsOption(QStringLiteral("fps"), StreamCommand::tr("Frame rate: 30 or 60."), StreamCommand::tr("N"), QStringLiteral("30"));
    const QCommandLineOption durationOption(QStringLiteral("duration"), StreamCommand::tr("Stop after S seconds (default: until SIGINT/SIGTERM)."),
                                            StreamCommand::tr("S"));
    const QCommandLineOption bitrateOption(QStringLiteral("bitrate"), StreamCommand::tr("Video bitrate in kbps."), StreamCommand::tr("KBPS"),
                                           QStringLiteral("2500"));
    const QCommandLineOption collectionOption(QStringLiteral("scene-collection"), StreamCommand::tr("Scene collection JSON (default: the demo scene)."),
                                              StreamCommand::tr("FILE"));
    const QCommandLineOption dbOption(QStringLiteral("db"), StreamCommand::tr("Studio database with the catalog (for --product)."), StreamCommand::tr("PATH"));
    const QCommandLineOption productOption(QStringLiteral("product"), StreamCommand::tr("Show the product card of this SKU."), StreamCommand::tr("SKU"));
    const QCommandLineOption templateOption(QStringLiteral("template"), StreamCommand::tr("Product card template."), StreamCommand::tr("NAME"),
                                            QStringLiteral("light"));
    const QCommandLineOption secondCanvasOption(
        QStringLiteral("second-canvas"), StreamCommand::tr("A second canvas of this size from the same sources, e.g. 720x1280."), StreamCommand::tr("WxH"));
    const QCommandLineOption secondDestOption(QStringLiteral("second-dest"), StreamCommand::tr("Destination of the second canvas (repeatable)."),
                                              StreamCommand::tr("URL"));
    const QCommandLineOption secondSceneOption(
        QStringLiteral("second-scene"), StreamCommand::tr("Scene of the second canvas (default: the collection's, else the program's scene laid out for it)."),
        StreamCommand::tr("NAME"));
    const QCommandLineOption recordCanvasOption(QStringLiteral("record-canvas"), StreamCommand::tr("What --record records: program, second or both."),
                                                StreamCommand::tr("WHICH"), QStringLiteral("program"));
    parser.addOptions({destOption, destFileOption, recordOption, canvasOption, fpsOption, durationOption, bitrateOption, collectionOption, dbOption,
                       productOption, templateOption, secondCanvasOption, secondDestOption, secondSceneOption, recordCanvasOption});
    if (const auto stop = CliReport::parse(parser, arguments))
        return *stop;

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
    std::optional<CanvasSpec> secondCanvas;
    if (parser.isSet(secondCanvasOption)) {
        QString error;
        secondCanvas = CanvasSpec::parseSize(parser.value(secondCanvasOption), &error);
        if (!secondCanvas)
            errors.append(StreamCommand::tr("--second-canvas: %1").arg(error));
    }
    for (const QString &url : parser.values(secondDestOption)) {
        QString error;
        if (!secondCanvas)
            errors.append(StreamCommand::tr("--second-dest needs --second-canvas"));
        else if (auto d = Destination::parse(url, &error)) {
            d->setCanvas(1);
            destinations.append(*d);
        } else
            errors.append(StreamCommand::tr("--second-dest: %1").arg(error));
    }
    if (parser.isSet(secondSceneOption) && !parser.isSet(secondCanvasOption))
        errors.append(StreamCommand::tr("--second-scene needs --second-canvas"));
    const QString recordCanvas = parser.value(recordCanvasOption);
    const RecordedCanvas recorded = recordCanvas == QLatin1String("second") ? RecordedCanvas::Second
                                    : recordCanvas == QLatin1String("both") ? RecordedCanvas::Both
                                                                            : RecordedCanvas::Program;
    if (recordCanvas != QLatin1String("program") && recordCanvas != QLatin1String("second") && recordCanvas != QLatin1String("both"))
        errors.append(StreamCommand::tr("--record-canvas must be program, second or both"));
    else if (recorded != RecordedCanvas::Program && !parser.isSet(secondCanvasOption))
        errors.append(StreamCommand::tr("--record-canvas %1 needs --second-canvas").arg(recordCanvas));
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
    if (secondCanvas && ok)
        secondCanvas->fps = fps;
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
    if (secondCanvas) {
        QString error;
        QString scene = parser.isSet(secondSceneOption) ? parser.value(secondSceneOption) : collection->secondCanvasScene();
        if (scene.isEmpty()) {
            // The program's scene laid out for the second canvas, as the studio does when it is turned on.
            scene = QStringLiteral("%1 (%2)").arg(collection->currentScene(), secondCanvas->sizeText());
            if (!collection->addSceneForCanvas(collection->currentScene(), scene, *canvas, *secondCanvas, &error)) {
                CliReport::error(StreamCommand::tr("--second-canvas: %1").arg(error));
                return 2;
            }
        }
        if (!collection->setSecondCanvasScene(scene, &error)) {
            CliReport::error(StreamCommand::tr("--second-scene: %1").arg(error));
            return 2;
        }
    }

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
    if (secondCanvas && !engine->program().setSecondCanvas(secondCanvas, &error)) {
        CliReport::error(StreamCommand::tr("--second-canvas: %1").arg(error));
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

    // The same controller as the studio's Start buttons: the destinations as
    // saved entries with their keys, reconnects, messages, the recording.
    BroadcastSettings settings;
    settings.canvas = *canvas;
    settings.encoder = encoder;
    settings.secondCanvas = secondCanvas;
    settings.recordedCanvas = recorded;
    QHash<QString, QString> keys;
    for (int i = 0; i < destinations.size(); ++i) {
        const DestinationEntry entry{QStringLiteral("cli-%1").arg(i), destinations.at(i).server(), destinations.at(i).server(), true,
                                     destinations.at(i).canvas()}; // named by its URL (without the key), as given
        settings.destinations.append(entry);
        keys.insert(entry.secretKey(), destinations.at(i).streamKey());
    }
    BroadcastController controller(
        engine->outputs(), settings,
        [keys](const QList<DestinationEntry> &, const std::function<void(const BroadcastController::Keys &)> &answer) { answer(keys); },
        [] { return QDateTime::currentDateTime(); });

    StreamReport report;
    QObject::connect(&engine->program(), &ProgramView::firstFrameRendered, &engine->program(), [&] { report.firstFrameMs = m_processClock.elapsed(); });
    QObject::connect(&controller, &BroadcastController::message, &controller, [](const QString &text, bool) { CliReport::error(text); });
    bool recordingDone = !recording;
    QObject::connect(&engine->outputs(), &OutputControl::recordingFinished, &engine->outputs(), [&](const QString &path, const QString &) {
        recordingDone = true;
        if (QFileInfo::exists(path))
            report.recordingPath = path;
    });

    QElapsedTimer streamClock;
    streamClock.start();
    if (!destinations.isEmpty()) {
        controller.startStreaming(); // the keys are at hand: it starts now
        if (!controller.isStreaming() && !recording)
            return 1;
    }
    if (recording) {
        QFileInfo target(parser.value(recordOption));
        controller.startRecordingTo(target.dir().filePath(target.completeBaseName() + QStringLiteral(".mkv")));
        recordingDone = !controller.isRecording();
    }
    if (!controller.isStreaming() && !controller.isRecording()) {
        CliReport::error(StreamCommand::tr("nothing could start"));
        return 1;
    }

    // The run, then the stop, as steps on the application's own loop:
    // the outputs stop; the streams let go (15 s at most) and the recording
    // becomes its MP4 (60 s at most); then the figures.
    QCoreApplication *app = QCoreApplication::instance();
    bool stopping = false;
    QTimer streamDeadline;
    QTimer recordingDeadline;
    streamDeadline.setSingleShot(true);
    recordingDeadline.setSingleShot(true);
    const auto finishIfDone = [&] {
        if (!stopping || controller.isStreaming() || !recordingDone)
            return;
        streamDeadline.stop();
        recordingDeadline.stop();
        app->exit(0);
    };
    const auto stop = [&] {
        if (stopping)
            return;
        stopping = true;
        report.streamedMs = streamClock.elapsed();
        controller.stopStreaming();
        controller.stopRecording();
        streamDeadline.start(15'000);
        recordingDeadline.start(60'000);
        QTimer::singleShot(0, app, finishIfDone);
    };
    QObject::connect(&streamDeadline, &QTimer::timeout, app, [&] {
        CliReport::error(StreamCommand::tr("some destinations did not stop within 15 s"));
        if (recordingDone)
            app->exit(0);
    });
    QObject::connect(&recordingDeadline, &QTimer::timeout, app, [&] {
        CliReport::error(StreamCommand::tr("the recording did not finish within 60 s"));
        app->exit(0);
    });
    QObject::connect(&engine->outputs(), &OutputControl::streamingStopped, app, [&] {
        // A run whose every output has died has nothing left to wait for.
        if (!stopping && !controller.isRecording())
            stop();
        finishIfDone();
    });
    QObject::connect(
        &engine->outputs(), &OutputControl::recordingFinished, app, [&] { finishIfDone(); }, Qt::QueuedConnection);
    core::UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &core::UnixSignalWatcher::terminationRequested, app, stop);
    if (durationSec > 0)
        QTimer::singleShot(int(durationSec * 1000), Qt::PreciseTimer, app, stop);
    QCoreApplication::exec();
    if (!stopping)
        report.streamedMs = streamClock.elapsed();

    report.stats = engine->outputs().stats();
    std::fputs(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
    return report.hasFailures(recording) ? 1 : 0;
}

} // namespace shopcast::cli
