#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace shopcast::test {

// shopcast-cli run as a user runs it from a terminal: its exit status and
// what it printed. A run that outlasts the wait is killed and reads -1.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    static CliRun of(const QString &program, const QStringList &arguments, int timeoutMs = 60'000)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
};

} // namespace shopcast::test
