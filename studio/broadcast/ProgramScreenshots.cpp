#include "ProgramScreenshots.hpp"

#include "BroadcastSettings.hpp"
#include "CanvasSpec.hpp"
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
    // Both canvases asked at once, so that the two pictures are of the same moment.
    const QString path = nextPath();
    m_writing.insert(path);
    m_program.grabFrame(0, this, [this, path](const QImage &frame) {
        if (frame.isNull()) {
            m_writing.remove(path);
            emit message(tr("No screenshot: the program has no picture"), true);
            return;
        }
        write(frame, path);
    });
    const std::optional<CanvasSpec> second = m_program.secondCanvas();
    if (!second)
        return;
    // Named as the second canvas's recording is: the program's name and its size.
    const QString secondPath = path.chopped(4) + QLatin1Char('-') + second->sizeText() + QStringLiteral(".png");
    m_writing.insert(secondPath);
    m_program.grabSecondCanvasFrame(0, this, [this, secondPath](const QImage &frame) {
        if (frame.isNull()) {
            m_writing.remove(secondPath);
            emit message(tr("No screenshot of the second canvas: it has no picture"), true);
            return;
        }
        write(frame, secondPath);
    });
}

void ProgramScreenshots::write(const QImage &frame, const QString &path)
{
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
}

} // namespace shopcast::broadcast
