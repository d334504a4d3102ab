#include "ProcessStacks.hpp"

#include <QProcess>
#include <QStandardPaths>

namespace shopcast::test {

QString ProcessStacks::describe(qint64 pid, qsizetype maxBytes)
{
    const QString gdb = QStandardPaths::findExecutable(QStringLiteral("gdb"));
    if (gdb.isEmpty())
        return QStringLiteral("(no thread stacks: gdb is not installed)\n");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // -nx: no user's .gdbinit; a stack deeper than 40 frames is a loop, the
    // top says enough.
    p.start(gdb, {QStringLiteral("-nx"), QStringLiteral("-batch"), QStringLiteral("-p"), QString::number(pid), QStringLiteral("-ex"),
                  QStringLiteral("set pagination off"), QStringLiteral("-ex"), QStringLiteral("thread apply all bt 40")});
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        return QStringLiteral("(no thread stacks: gdb did not finish in 2 minutes)\n");
    }
    QByteArray out = p.readAll();
    if (out.size() > maxBytes)
        out = out.left(maxBytes) + "\n... (cut at " + QByteArray::number(maxBytes) + " bytes)\n";
    return QString::fromLocal8Bit(out);
}

} // namespace shopcast::test
