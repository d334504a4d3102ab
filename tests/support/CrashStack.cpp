#include "CrashStack.hpp"

#include "core/CrashReport.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace shopcast::test {

namespace {

struct Mapping
{
    quint64 start = 0;
    quint64 end = 0;
    quint64 offset = 0;
    QString file;
};

// pc: the faulting instruction itself, or a return address (which points
// after its call: the call is one byte before).
QString nameOf(const QList<Mapping> &maps, quint64 address, bool pc)
{
    for (const Mapping &m : maps) {
        if (address < m.start || address >= m.end || !m.file.startsWith(QLatin1Char('/')))
            continue;
        const quint64 inFile = address - (pc ? 0 : 1) - m.start + m.offset;
        QProcess addr2line;
        addr2line.start(QStringLiteral("addr2line"),
                        {QStringLiteral("-f"), QStringLiteral("-C"), QStringLiteral("-e"), m.file, QStringLiteral("0x") + QString::number(inFile, 16)});
        const bool ok = addr2line.waitForFinished(30'000);
        const QStringList said = QString::fromLocal8Bit(addr2line.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        const QString where = ok && said.size() >= 2 ? said.at(0) + QStringLiteral(" at ") + said.at(1) : QStringLiteral("?");
        return where + QStringLiteral(" (") + QFileInfo(m.file).fileName() + QStringLiteral(")");
    }
    return QStringLiteral("(no mapping)");
}

} // namespace

QString CrashStack::describe(const QString &profileDir)
{
    const QFileInfoList reports = QDir(core::CrashReport::folder(profileDir)).entryInfoList({QStringLiteral("crash-*.txt")}, QDir::Files, QDir::Time);
    if (reports.isEmpty())
        return {};
    QFile file(reports.first().filePath());
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1\n").arg(file.fileName());
    const QString text = QString::fromUtf8(file.read(4 * 1024 * 1024));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<Mapping> maps;
    QList<quint64> frames;
    static const QRegularExpression mapLine(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) \\S+ ([0-9a-f]+) \\S+ \\d+\\s*(.*)$"));
    QString section;
    quint64 faultingPc = 0;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("faulting instruction 0x")))
            faultingPc = line.mid(int(qstrlen("faulting instruction 0x"))).toULongLong(nullptr, 16);
        if (line == QStringLiteral("return addresses:") || line == QStringLiteral("symbols:") || line == QStringLiteral("maps:")) {
            section = line;
            continue;
        }
        if (section == QStringLiteral("return addresses:") && line.startsWith(QStringLiteral("0x")))
            frames.append(line.mid(2).toULongLong(nullptr, 16));
        else if (section == QStringLiteral("maps:")) {
            const QRegularExpressionMatch m = mapLine.match(line);
            if (m.hasMatch())
                maps.append({m.captured(1).toULongLong(nullptr, 16), m.captured(2).toULongLong(nullptr, 16), m.captured(3).toULongLong(nullptr, 16),
                             m.captured(4).trimmed()});
        }
    }
    QString out = lines.value(0) + QStringLiteral("\n(") + file.fileName() + QStringLiteral(")\n");
    // The handler's own frames and the kernel's trampoline come first: the
    // stack that matters starts at the faulting instruction (where known).
    const qsizetype first = std::max<qsizetype>(0, frames.indexOf(faultingPc));
    for (qsizetype i = first; i < frames.size(); ++i)
        out += QStringLiteral("#%1 %2\n").arg(i - first).arg(nameOf(maps, frames.at(i), frames.at(i) == faultingPc));
    return out;
}

} // namespace shopcast::test
