#pragma once

#include "Chapter.hpp"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace shopcast::replay {

// One clip to cut: a stretch of a recording, by stream copy.
struct ClipJob
{
    QString title;
    QString inputPath;
    qint64 startMs = 0; // in the recording
    qint64 endMs = 0;
    QString outputPath;
};

// Cuts clips out of a show's recording with libavformat by stream copy (no
// re-encode, so a clip costs about what copying its bytes costs). Stream copy
// can only start on a keyframe: a clip starts at the last keyframe at or
// before its chapter (at most one GOP — 2 s with the studio's encoder —
// early) and ends at its chapter's end. Files are written as .part and
// renamed, so a cancelled or failed export leaves no partial clip.
class ClipExporter : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<bool(int job, double fraction)>; // false: cancel

    explicit ClipExporter(QObject *parent = nullptr);
    ~ClipExporter() override;

    // One clip per recorded product pitch, named "<SKU> <title>.mp4" (made
    // safe for every file system; a second pitch of a product gets " (2)"),
    // and one per saved replay (a highlight), named as its file.
    static QList<ClipJob> jobsFor(const QList<Chapter> &chapters, const QString &outputDir);
    static QString safeFileName(const QString &name);
    // Runs on the calling thread; stops at the first failure.
    static bool run(const QList<ClipJob> &jobs, const Progress &progress, QStringList *written, QString *error);
    // Writes chapters into a recording's MP4 (a remux to itself; the file is
    // replaced only when the new one is complete).
    static bool writeChapters(const QString &recordingPath, const QList<Chapter> &chapters, QString *error);

    // The same on the media pool, for the GUI; finished comes back on this
    // object's thread. A cancel() any time before finished arrives leaves no
    // clip, even one after the last clip was cut. An exporter destroyed
    // mid-run cancels it (the run removes what it wrote) and is not called back.
    void start(const QList<ClipJob> &jobs);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int job, int jobs, double fraction);
    void finished(const QStringList &written, const QString &error, bool cancelled);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel; // the current run's
    bool m_running = false;
};

} // namespace shopcast::replay
