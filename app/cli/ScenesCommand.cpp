#include "ScenesCommand.hpp"

#include "CliReport.hpp"

#include "broadcast/SceneCollectionImport.hpp"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace shopcast::cli {

using broadcast::SceneCollectionImport;

int ScenesCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == QLatin1String("import-obs"))
        return runImport(rest);
    if (sub == QLatin1String("list-obs"))
        return runList(rest);
    CliReport::error(tr("usage: shopcast-cli scenes import-obs FILE --out COLLECTION.json | scenes list-obs [--obs-config DIR]"));
    return 2;
}

int ScenesCommand::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Write the studio's scene collection here (scenes.json of a profile)."), tr("FILE"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Replace the file at --out if there is one."));
    parser.addOption(outOption);
    parser.addOption(forceOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("An OBS scene collection (~/.config/obs-studio/basic/scenes/NAME.json)"));
    if (const std::optional<int> stop = CliReport::parse(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outOption)) {
        CliReport::error(tr("usage: shopcast-cli scenes import-obs FILE --out COLLECTION.json"));
        return 2;
    }
    const QString in = parser.positionalArguments().constFirst();
    const QString out = parser.value(outOption);
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(in).absoluteFilePath()) {
        CliReport::error(tr("--out names the OBS file itself; the import never changes it"));
        return 2;
    }
    if (QFileInfo::exists(out) && !parser.isSet(forceOption)) {
        CliReport::error(tr("%1 exists; give --force to replace it").arg(out));
        return 2;
    }
    QString error;
    const std::optional<SceneCollectionImport::Result> result = SceneCollectionImport::fromFile(in, SceneCollectionImport::studioInputKinds(), &error);
    if (!result) {
        CliReport::error(tr("%1: %2").arg(in, error));
        return 1;
    }
    QDir().mkpath(QFileInfo(out).absolutePath());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(result->collection.toJson()) < 0 || !file.commit()) {
        CliReport::error(tr("%1 cannot be written: %2").arg(out, file.errorString()));
        return 1;
    }
    std::printf("%s\n", qPrintable(tr("imported %1 scenes and %2 sources into %3").arg(result->report.scenes).arg(result->report.sources).arg(out)));
    for (const QString &line : result->report.lines())
        std::printf("%s\n", qPrintable(line));
    return 0;
}

int ScenesCommand::runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption configOption(QStringLiteral("obs-config"), tr("OBS's config folder (default %1).").arg(SceneCollectionImport::obsConfigDir()),
                                          tr("DIR"));
    parser.addOption(configOption);
    if (const std::optional<int> stop = CliReport::parse(parser, arguments))
        return *stop;
    const QString dir = parser.isSet(configOption) ? parser.value(configOption) : SceneCollectionImport::obsConfigDir();
    const QList<SceneCollectionImport::Found> found = SceneCollectionImport::findCollections(dir);
    if (found.isEmpty()) {
        CliReport::error(tr("no OBS scene collections in %1").arg(dir));
        return 1;
    }
    for (const SceneCollectionImport::Found &f : found)
        std::printf("%s\t%s\n", qPrintable(f.name), qPrintable(f.path));
    return 0;
}

} // namespace shopcast::cli
