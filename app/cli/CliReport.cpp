#include "CliReport.hpp"

#include "storage/Database.hpp"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace shopcast::cli {

void CliReport::error(const QString &text)
{
    std::fprintf(stderr, "shopcast-cli: %s\n", text.toUtf8().constData());
}

std::optional<int> CliReport::parse(QCommandLineParser &parser, const QStringList &arguments, int helpStatus)
{
    if (!parser.parse(arguments)) {
        error(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return helpStatus;
    }
    return std::nullopt;
}

std::unique_ptr<storage::Database> CliReport::openDatabase(const QString &path, bool mustExist)
{
    if (path.isEmpty()) {
        error(tr("no studio database given (--db PATH)"));
        return nullptr;
    }
    if (QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error(tr("%1: %2").arg(path, file.errorString()));
            return nullptr;
        }
        if (file.size() > 0 && !file.read(16).startsWith("SQLite format 3")) {
            error(tr("%1 is not a studio database (not SQLite)").arg(path));
            return nullptr;
        }
    } else if (mustExist) {
        error(tr("no studio database at %1").arg(path));
        return nullptr;
    }
    QString why;
    auto db = storage::Database::open(path, &why);
    if (!db)
        error(tr("%1: %2").arg(path, why));
    return db;
}

} // namespace shopcast::cli
