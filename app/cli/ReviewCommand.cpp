#include "ReviewCommand.hpp"

#include "CliReport.hpp"
#include "replay/AudienceRanking.hpp"
#include "catalog/ProductRepository.hpp"
#include "replay/ClipExporter.hpp"
#include "replay/HotProductPack.hpp"
#include "replay/ReportWriter.hpp"
#include "replay/ShowReview.hpp"
#include "storage/Database.hpp"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
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

// Parses --show/--db/--out and the command's own options into parser; 0
// when fine, else the exit code.
int parse(const QStringList &arguments, const QString &what, Arguments *a, QCommandLineParser &parser, const QList<QCommandLineOption> &more = {})
{
    parser.setApplicationDescription(what);
    parser.addOptions(more);
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
               std::optional<replay::ShowReview> *review, QCommandLineParser &parser, const QList<QCommandLineOption> &more = {})
{
    if (const int rc = parse(arguments, what, a, parser, more))
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

// Clips need every recording of the show where the studio wrote it down.
bool recordingsThere(const replay::ShowReview &review)
{
    for (const replay::RecordingSpan &r : review.summary.recordings)
        if (!r.exists) {
            CliReport::error(
                ReviewCommand::tr("the recording %1 is not there (moved? open the show in the studio's Show library to say where it is)").arg(r.recordedPath));
            return false;
        }
    return true;
}

// "\rwhat: 42% (2/5) title" on stderr as jobs progress.
replay::ClipExporter::Progress printProgress(const char *what, const QList<replay::ClipJob> &jobs)
{
    return [what, jobs, shown = -1](int job, double fraction) mutable {
        const int percent = int(100 * (job + fraction) / std::max<qsizetype>(1, jobs.size()));
        if (percent != shown) {
            shown = percent;
            std::fprintf(stderr, "\r%s: %3d%% (%d/%lld) %s", what, percent, job + 1, qint64(jobs.size()), jobs.at(job).title.toUtf8().constData());
        }
        return true;
    };
}

// Each file made, one per line on stdout, for a script to pick up.
void printWritten(const QStringList &written)
{
    for (const QString &path : written)
        std::printf("%s\n", path.toUtf8().constData());
}

} // namespace

int ReviewCommand::runReport(const QStringList &arguments)
{
    Arguments a;
    std::unique_ptr<storage::Database> db;
    std::optional<replay::ShowReview> review;
    QCommandLineParser parser;
    if (const int rc = openReview(arguments, tr("Writes a show's one-page HTML report (report.html with its charts)."), &a, &db, &review, parser); rc >= 0)
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
    QCommandLineParser parser;
    if (const int rc = openReview(arguments, tr("Cuts one clip per product pitch of a show by stream copy and writes chapters into its recording."), &a, &db,
                                  &review, parser);
        rc >= 0)
        return rc;
    QString error;
    if (!recordingsThere(*review))
        return 1;
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
    const bool ok = replay::ClipExporter::run(jobs, printProgress("clips", jobs), &written, &error);
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
    printWritten(written);
    return 0;
}

int ReviewCommand::runPack(const QStringList &arguments)
{
    Arguments a;
    std::unique_ptr<storage::Database> db;
    std::optional<replay::ShowReview> review;
    QCommandLineParser parser;
    const QCommandLineOption top(QStringLiteral("top"), tr("How many products (1–%1; default 5).").arg(replay::HotProductPack::kMaxTop), QStringLiteral("N"),
                                 QStringLiteral("5"));
    const QCommandLineOption by(QStringLiteral("by"), tr("Rank by gmv (all the show's sales of a product) or attributed (sold during or after its pitches)."),
                                QStringLiteral("gmv|attributed"), QStringLiteral("gmv"));
    if (const int rc = openReview(arguments,
                                  tr("Writes the hot-product pack for the second push: the top products of a show by GMV, each with its clip, its card as "
                                     "a PNG and a copy from its selling points, with an index.html."),
                                  &a, &db, &review, parser, {top, by});
        rc >= 0)
        return rc;
    replay::HotProductPack::Options options;
    bool ok = false;
    options.top = parser.value(top).toInt(&ok);
    if (!ok || options.top < 1 || options.top > replay::HotProductPack::kMaxTop) {
        CliReport::error(tr("--top must be a number from 1 to %1").arg(replay::HotProductPack::kMaxTop));
        return 2;
    }
    const std::optional<replay::HotProductPack::Ranking> ranking = replay::HotProductPack::rankingFromId(parser.value(by));
    if (!ranking) {
        CliReport::error(tr("--by must be gmv or attributed"));
        return 2;
    }
    options.ranking = *ranking;
    if (!recordingsThere(*review))
        return 1;
    QString error;
    QList<catalog::Product> catalog;
    if (!catalog::ProductRepository::allIn(db->connection(), catalog, &error)) {
        CliReport::error(error);
        return 1;
    }
    QList<replay::ClipJob> jobs;
    for (const replay::PackEntry &e : replay::HotProductPack::choose(*review, catalog, options, a.out))
        if (e.clip)
            jobs.append(*e.clip);
    QStringList written;
    ok = replay::HotProductPack::write(*review, catalog, options, a.out, printProgress("pack", jobs), &written, &error);
    if (!jobs.isEmpty())
        std::fputc('\n', stderr);
    if (!ok) {
        CliReport::error(error);
        return 1;
    }
    printWritten(written);
    return 0;
}

} // namespace shopcast::cli
