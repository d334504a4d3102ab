#include "ClipExporter.hpp"

#include "RecordingChapters.hpp"

#include "broadcast/RecordingRemuxer.hpp"
#include "work/Work.hpp"

#include <QDir>
#include <QFile>
#include <QHash>

namespace shopcast::replay {

ClipExporter::ClipExporter(QObject *parent)
    : QObject(parent)
{}

ClipExporter::~ClipExporter()
{
    cancel();
}

void ClipExporter::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

QString ClipExporter::safeFileName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isNull() || c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
            out.append(QLatin1Char('_'));
        else
            out.append(c);
    }
    out = out.simplified();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.isEmpty())
        out = QStringLiteral("clip");
    return out.left(120); // well inside a 255-byte name limit, even in CJK UTF-8
}

QList<ClipJob> ClipExporter::jobsFor(const QList<Chapter> &chapters, const QString &outputDir)
{
    QList<ClipJob> jobs;
    QHash<QString, int> seen;
    const QDir dir(outputDir);
    for (const Chapter &c : chapters) {
        // A pitch per product, and each saved replay (a highlight) as a clip beside them.
        if ((c.kind != ChapterKind::Product && c.kind != ChapterKind::Highlight) || !c.media || c.media->endMs <= c.media->startMs)
            continue;
        QString name = safeFileName(c.kind == ChapterKind::Highlight ? c.title : c.sku + QLatin1Char(' ') + c.title);
        const int n = ++seen[name];
        if (n > 1)
            name += QStringLiteral(" (%1)").arg(n);
        jobs.append({c.title, c.media->path, c.media->startMs, c.media->endMs, dir.filePath(name + QStringLiteral(".mp4"))});
    }
    return jobs;
}

bool ClipExporter::run(const QList<ClipJob> &jobs, const Progress &progress, QStringList *written, QString *error)
{
    for (int i = 0; i < jobs.size(); ++i) {
        const ClipJob &job = jobs.at(i);
        broadcast::RecordingRemuxer::Options options;
        options.startMs = job.startMs;
        options.endMs = job.endMs;
        if (progress)
            options.progress = [&progress, i](double fraction) { return progress(i, fraction); };
        if (!broadcast::RecordingRemuxer::remux(job.inputPath, job.outputPath, options, error))
            return false;
        written->append(job.outputPath);
        if (progress && !progress(i, 1.0)) {
            *error = tr("cancelled");
            return false;
        }
    }
    return true;
}

bool ClipExporter::writeChapters(const QString &recordingPath, const QList<Chapter> &chapters, QString *error)
{
    broadcast::RecordingRemuxer::Options options;
    options.chapters = RecordingChapters::forFile(recordingPath, chapters);
    if (options.chapters.isEmpty())
        return true;
    return broadcast::RecordingRemuxer::remux(recordingPath, recordingPath, options, error);
}

void ClipExporter::start(const QList<ClipJob> &jobs)
{
    if (m_running)
        return;
    m_running = true;
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelFlag;
    struct Outcome
    {
        QStringList written;
        QString error;
        bool cancelled = false;
    };
    work::Work::run(
        work::Pool::Media, this,
        [self = QPointer<ClipExporter>(this), jobs, cancelFlag] {
            Outcome outcome;
            QStringList &written = outcome.written;
            QString error;
            const bool ok = run(
                jobs,
                [self, cancelFlag, total = int(jobs.size())](int job, double fraction) {
                    if (self)
                        work::Work::post(self.data(), [self, job, total, fraction] { emit self->progress(job, total, fraction); });
                    return !cancelFlag->load();
                },
                &written, &error);
            const bool cancelled = !ok && cancelFlag->load();
            if (cancelled) {
                // Clips already finished in a cancelled run go too: the export
                // is all or nothing, as the user asked it to stop.
                for (const QString &path : std::as_const(written))
                    QFile::remove(path);
                written.clear();
            }
            outcome.error = ok ? QString() : error;
            outcome.cancelled = cancelled;
            return outcome;
        },
        [this, cancelFlag](const Outcome &outcome) {
            if (outcome.cancelled || !cancelFlag->load() || outcome.written.isEmpty()) {
                m_running = false;
                emit finished(outcome.written, outcome.error, outcome.cancelled);
                return;
            }
            // The user pressed cancel after the last clip was cut but before
            // they could see the export had finished: they asked for nothing,
            // so they get nothing, the same as a cancel one clip earlier.
            work::Work::run(
                work::Pool::Media, this,
                [written = outcome.written] {
                    for (const QString &path : written)
                        QFile::remove(path);
                    return true;
                },
                [this](bool) {
                    m_running = false;
                    emit finished({}, tr("cancelled"), true);
                });
        });
}

} // namespace shopcast::replay
