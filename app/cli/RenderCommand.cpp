#include "RenderCommand.hpp"

#include "CliReport.hpp"

#include "broadcast/ObsEngine.hpp"
#include "broadcast/SceneCollection.hpp"

#include <QCommandLineParser>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace shopcast::cli {

using namespace broadcast;

namespace {

// A scene collection is a few kilobytes; anything past this is not one.
constexpr qint64 kMaxCollectionBytes = 16 * 1024 * 1024;

} // namespace

int RenderCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RenderCommand::tr("Render one frame of a scene, with its filters, to PNG."));
    parser.addHelpOption();
    const QCommandLineOption collectionOption(QStringLiteral("scene-collection"), RenderCommand::tr("The scene collection (JSON) to render."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption sceneOption(QStringLiteral("scene"), RenderCommand::tr("The scene to render (default: the collection's current one)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption canvasOption(QStringLiteral("canvas"), RenderCommand::tr("Canvas size (default 1280x720)."), QStringLiteral("WxH"),
                                          QStringLiteral("1280x720"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          RenderCommand::tr("Frames to let pass before the one written, for sources that load (default 10)."),
                                          QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption outOption(QStringLiteral("out"), RenderCommand::tr("The PNG to write."), QStringLiteral("PNG"));
    parser.addOptions({collectionOption, sceneOption, canvasOption, framesOption, outOption});
    if (const auto stop = CliReport::parse(parser, arguments))
        return *stop;

    // --- validate everything before libobs starts ---------------------------
    QStringList errors;
    if (!parser.isSet(collectionOption))
        errors.append(RenderCommand::tr("--scene-collection is required"));
    if (!parser.isSet(outOption))
        errors.append(RenderCommand::tr("--out is required"));
    QString canvasError;
    const auto canvas = CanvasSpec::parseSize(parser.value(canvasOption), &canvasError);
    if (!canvas)
        errors.append(RenderCommand::tr("--canvas: %1").arg(canvasError));
    bool ok = false;
    const int frames = parser.value(framesOption).toInt(&ok);
    if (!ok || frames < 0 || frames > 600)
        errors.append(RenderCommand::tr("--frames must be from 0 to 600"));
    std::optional<SceneCollection> collection;
    if (parser.isSet(collectionOption)) {
        QFile file(parser.value(collectionOption));
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            errors.append(RenderCommand::tr("--scene-collection %1: %2").arg(file.fileName(), file.errorString()));
        else if (file.size() > kMaxCollectionBytes)
            errors.append(
                RenderCommand::tr("--scene-collection %1: larger than %2 MiB, not a scene collection").arg(file.fileName()).arg(kMaxCollectionBytes >> 20));
        else if (!(collection = SceneCollection::fromJson(file.readAll(), &error)))
            errors.append(RenderCommand::tr("--scene-collection %1: %2").arg(file.fileName(), error));
    }
    if (collection && parser.isSet(sceneOption)) {
        QString error;
        if (!collection->setCurrentScene(parser.value(sceneOption), &error))
            errors.append(RenderCommand::tr("--scene: %1").arg(error));
    }
    if (!errors.isEmpty()) {
        for (const QString &e : errors)
            CliReport::error(e);
        return 2;
    }

    // --- render ---------------------------------------------------------------
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
    for (const QString &warning : engine->scenes().unavailableFilters())
        CliReport::error(RenderCommand::tr("warning: %1").arg(warning));
    QImage frame;
    bool answered = false;
    // The tool's own event loop, as `stream` runs it: it ends with the frame
    // or after a minute.
    QObject receiver;
    engine->program().grabFrame(frames, &receiver, [&](const QImage &grabbed) {
        frame = grabbed;
        answered = true;
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(60'000, &receiver, [] { QCoreApplication::exit(1); });
    QCoreApplication::exec();
    if (!answered || frame.isNull()) {
        CliReport::error(RenderCommand::tr("libobs composed no frame within a minute"));
        return 1;
    }
    if (!frame.convertToFormat(QImage::Format_RGB32).save(parser.value(outOption), "PNG")) {
        CliReport::error(RenderCommand::tr("--out %1: the PNG could not be written").arg(parser.value(outOption)));
        return 1;
    }
    std::printf("%s\n", qPrintable(RenderCommand::tr("wrote %1 (%2x%3, scene '%4')")
                                       .arg(parser.value(outOption))
                                       .arg(frame.width())
                                       .arg(frame.height())
                                       .arg(engine->scenes().collection().currentScene())));
    return 0;
}

} // namespace shopcast::cli
