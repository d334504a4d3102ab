#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace shopcast::storage {
class Database;
}

namespace shopcast::cli {

// What every shopcast-cli command shares: one line per problem on stderr,
// always "shopcast-cli: …", and one way to open the studio database that
// says why it cannot (no file, not SQLite, a newer schema) in that form.
class CliReport
{
    Q_DECLARE_TR_FUNCTIONS(CliReport)
public:
    static void error(const QString &text);
    // mustExist: a command that reads a studio (review, plan, overlay)
    // refuses a path with no database instead of making an empty one.
    static std::unique_ptr<storage::Database> openDatabase(const QString &path, bool mustExist);
    // Parses a command's arguments: nothing when the command goes on; the
    // exit status when it must stop — 2 after saying what was wrong, the
    // helpStatus after printing --help.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, int helpStatus = 0);
};

} // namespace shopcast::cli
