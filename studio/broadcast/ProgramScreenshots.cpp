#include "ProgramScreenshots.hpp"

#include "BroadcastSettings.hpp"
#include "ProgramView.hpp"

#include "work/Work.hpp"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>

namespace shopcast::broadcast {

ProgramScreenshots::ProgramScreenshots(ProgramView &program, const BroadcastSettings &settings, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_settings(settings)
{}

QString ProgramScreenshots::nextPath() const
{
    const QDir dir(m_settings.recordingDir);
    const QString stem = tr("Screenshot %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH-mm-ss")));
    QString path = dir.filePath(stem + QStringLiteral(".png"));
    for (int n = 2; QFileInfo::exists(path) || m_writing.contains(path); ++n)
        path = dir.filePath(QStringLiteral("%1 (%2).png").arg(stem).arg(n));
    return path;
}

void ProgramScreenshots::take()
{
    m_program.grabFrame(0, this, [this](const QImage &frame) {
        if (frame.isNull()) {
            emit message(tr("No screenshot: the program has no picture"), true);
            return;
        }
        const QString path = nextPath();
        m_writing.insert(path);
        work::Work::run(
            work::Pool::Media, this,
            [frame, path] {
                QDir().mkpath(QFileInfo(path).absolutePath());
                return frame.convertToFormat(QImage::Format_RGB32).save(path, "PNG");
            },
            [this, path](bool ok) {
                m_writing.remove(path);
                if (!ok) {
                    emit message(tr("The screenshot could not be written to %1").arg(path), true);
                    return;
                }
                emit saved(path);
                emit message(tr("Screenshot saved: %1").arg(path), false);
            });
    });
}

} // namespace shopcast::broadcast
