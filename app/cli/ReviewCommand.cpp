#include "ReviewCommand.hpp"

#include "CliReport.hpp"
#include "replay/AudienceRanking.hpp"
#include "replay/ClipExporter.hpp"
#include "replay/ReportWriter.hpp"
#include "replay/ShowReview.hpp"
#include "storage/Database.hpp"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <memory>

namespace shopcast::cli {

namespace {

struct Arguments
{
    qint64 showId = 0;
    QString db;
    QString out;
};

// Parses --show/--db/--out; 0 when fine, else the exit code.
int parse(const QStringList &arguments, const QString &what, Arguments *a)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(what);
    parser.addHelpOption();
    const QCommandLineOption show(QStringLiteral("show"), ReviewCommand::tr("The show's id (shopcast-cli lists none; the studio's Show library shows them)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption db(QStringLiteral("db"), ReviewCommand::tr("The studio database (studio.db)."), QStringLiteral("PATH"));
    const QCommandLineOption out(QStringLiteral("out"), ReviewCommand::tr("The folder to write to (made if missing)."), QStringLiteral("DIR"));
    parser.addOptions({show, db, out});
    if (const auto stop = CliReport::parse(parser, arguments, -1))
        return *stop;
    bool ok = false;
    a->showId = parser.value(show).toLongLong(&ok);
    if (!ok || a->showId <= 0 || parser.value(db).isEmpty() || parser.value(out).isEmpty()) {
        CliReport::error(ReviewCommand::tr("--show ID (a positive number), --db PATH and --out DIR are required"));
        return 2;
    }
    a->db = parser.value(db);
    a->out = parser.value(out);
    return 0;
}

// Both commands: their arguments, the database and the show's review.
// Returns -1 to go on, else the exit code.
int openReview(const QStringList &arguments, const QString &what, Arguments *a, std::unique_ptr<storage::Database> *db,
               std::optional<replay::ShowReview> *review)
{
    if (const int rc = parse(arguments, what, a))
        return rc < 0 ? 0 : rc;
    *db = CliReport::openDatabase(a->db, true);
    if (!*db)
        return 1;
    QString error;
    *review = replay::ShowReview::load(**db, a->showId, &error);
    if (!*review) {
        CliReport::error(error);
        return 1;
    }
    return -1;
}

} // namespace

int ReviewCommand::runReport(const QStringList &arguments)
{
    Arguments a;
    std::unique_ptr<storage::Database> db;
    std::optional<replay::ShowReview> review;
    if (const int rc = openReview(arguments, tr("Writes a show's one-page HTML report (report.html with its charts)."), &a, &db, &review); rc >= 0)
        return rc;
    QString error;
    const QList<replay::AudienceMember> audience = replay::AudienceRanking::forShow(*db, a.showId, 50, &error);
    if (!replay::ReportWriter::write(*review, audience, a.out, &error)) {
        CliReport::error(error);
        return 1;
    }
    std::fprintf(stderr, "report: %s\n", QDir(a.out).filePath(QStringLiteral("report.html")).toUtf8().constData());
    return 0;
}

int ReviewCommand::runClips(const QStringList &arguments)
{
    Arguments a;
    std::unique_ptr<storage::Database> db;
    std::optional<replay::ShowReview> review;
    if (const int rc
        = openReview(arguments, tr("Cuts one clip per product pitch of a show by stream copy and writes chapters into its recording."), &a, &db, &review);
        rc >= 0)
        return rc;
    QString error;
    for (const replay::RecordingSpan &r : review->summary.recordings)
        if (!r.exists) {
            CliReport::error(tr("the recording %1 is not there (moved? open the show in the studio's Show library to say where it is)").arg(r.recordedPath));
            return 1;
        }
    const QList<replay::ClipJob> jobs = replay::ClipExporter::jobsFor(review->chapters, a.out);
    if (jobs.isEmpty()) {
        CliReport::error(tr("show %1 has no recorded product pitch to cut").arg(a.showId));
        return 1;
    }
    if (!QDir().mkpath(a.out)) {
        CliReport::error(tr("cannot create %1").arg(a.out));
        return 1;
    }
    QStringList written;
    int shownPercent = -1;
    const bool ok = replay::ClipExporter::run(
        jobs,
        [&](int job, double fraction) {
            const int percent = int(100 * (job + fraction) / jobs.size());
            if (percent != shownPercent) {
                shownPercent = percent;
                std::fprintf(stderr, "\rclips: %3d%% (%d/%lld) %s", percent, job + 1, qint64(jobs.size()), jobs.at(job).title.toUtf8().constData());
            }
            return true;
        },
        &written, &error);
    std::fputc('\n', stderr);
    if (!ok) {
        CliReport::error(error);
        return 1;
    }
    for (const replay::RecordingSpan &r : review->summary.recordings)
        if (!replay::ClipExporter::writeChapters(r.path, review->chapters, &error)) {
            CliReport::error(error);
            return 1;
        }
    for (const QString &path : std::as_const(written))
        std::printf("%s\n", path.toUtf8().constData());
    return 0;
}

} // namespace shopcast::cli
