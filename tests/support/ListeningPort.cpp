#include "ListeningPort.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace shopcast::test {

int listeningPort(qint64 pid)
{
    QSet<QString> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    static const QRegularExpression socket(QStringLiteral("socket:\\[(\\d+)\\]"));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget().isEmpty() ? QFile::symLinkTarget(fd.filePath()) : fd.symLinkTarget();
        const QRegularExpressionMatch m = socket.match(target);
        if (m.hasMatch())
            inodes.insert(m.captured(1));
    }
    for (const QString &table : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            // local_address rem_address st ... inode (10th field); 0A is LISTEN
            if (f.size() > 9 && f.at(3) == "0A" && inodes.contains(QString::fromLatin1(f.at(9))))
                return f.at(1).split(':').last().toInt(nullptr, 16);
        }
    }
    return 0;
}

} // namespace shopcast::test
