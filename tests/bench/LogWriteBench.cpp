// Issue #26's writer figure: a real room at 6x is ~5,400 allowed comments a
// second into the chat log plus ~6,000 verdicts into the moderation log, and
// the 40-minute soak's writer fell 8,000 jobs behind. This measures what the
// studio's repositories (ChatLog, ModerationLog through the StorageWriter)
// cost per comment, against a baseline in the same run: the same rows put into
// the same schema by a bare sqlite3 loop (one prepared statement per table,
// UTF-8 made up front, a transaction per 100 ms of the room) — the floor any
// code over SQLite has. Medians of --runs alternating runs.
#include "BenchStats.hpp"

#include "pluginapi/ChatEvent.hpp"
#include "chat/ChatLog.hpp"
#include "moderation/ModerationLog.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>

using namespace shopcast;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kBatch = 50; // comments per relay batch, as the show bench sends them

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

QList<chat::ChatEvent> makeComments(int count)
{
    const QStringList texts{
        QStringLiteral("这个保温杯多少钱"), QStringLiteral("主播好漂亮"), QStringLiteral("已下单，什么时候发货？"),    QStringLiteral("扣1"),
        QStringLiteral("有没有蓝色的"),     QStringLiteral("福袋福袋"),   QStringLiteral("316不锈钢的吗？能装开水吗"), QStringLiteral("链接在哪里")};
    QList<chat::ChatEvent> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        chat::ChatEvent e;
        e.type = chat::ChatEvent::Type::Comment;
        e.platform = QStringLiteral("bridge");
        e.id = QStringLiteral("m%1").arg(i);
        const int user = int((qint64(i) * 7919) % 300'000);
        e.userId = QStringLiteral("u%1").arg(user);
        e.userName = QStringLiteral("观众%1").arg(user);
        e.text = texts.at(i % texts.size());
        e.sentAtMs = 1'000'000 + i / 5;
        e.arrivedAtMs = e.sentAtMs + 20;
        out.append(e);
    }
    return out;
}

struct Result
{
    double wallSec = 0;
    double cpuSec = 0;
};

// The studio's repositories. refusedEvery 0: each comment to both logs (the
// per-row comparison with the baseline); N: as a show writes a room since
// session 24, one comment in N refused (its verdict to the moderation log),
// the rest allowed (to the chat log only).
Result runStudio(const QList<chat::ChatEvent> &comments, const QString &path, int refusedEvery)
{
    QString error;
    auto db = storage::Database::open(path, &error);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        std::exit(1);
    }
    chat::ChatLog chatLog(db->writer(), 1);
    moderation::ModerationLog moderationLog(*db);
    qint64 expected = 0;
    const double cpu0 = cpuSeconds();
    const auto start = Clock::now();
    for (qsizetype i = 0; i < comments.size(); i += kBatch) {
        QList<chat::ChatEvent> allowed;
        QList<moderation::ModerationLog::Entry> audit;
        for (qsizetype j = i; j < std::min(i + kBatch, comments.size()); ++j) {
            const bool refused = refusedEvery > 0 && j % refusedEvery == 0;
            if (refusedEvery == 0 || refused)
                audit.append({comments.at(j),
                              refused ? moderation::Decision{moderation::Verdict::Hide, QStringLiteral("spam:flood"), QString()} : moderation::Decision{},
                              QStringLiteral("auto")});
            if (!refused)
                allowed.append(comments.at(j));
        }
        moderationLog.append(1, audit);
        chatLog.append(allowed);
        expected += allowed.size();
    }
    if (!db->writer().flush(600'000)) {
        std::fprintf(stderr, "the writer failed\n");
        std::exit(1);
    }
    Result r{std::chrono::duration<double>(Clock::now() - start).count(), cpuSeconds() - cpu0};
    if (chatLog.written() != expected) {
        std::fprintf(stderr, "chat log wrote %lld of %lld\n", chatLog.written(), expected);
        std::exit(1);
    }
    return r;
}

// The floor: the same rows, the same schema, bare sqlite3.
Result runBare(const QList<chat::ChatEvent> &comments, const QString &path)
{
    QString error;
    { // the schema and pragmas the studio's database has
        auto db = storage::Database::open(path, &error);
        if (!db) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
            std::exit(1);
        }
    }
    struct Row
    {
        QByteArray platform, id, userId, userName, text;
        qint64 sentAtMs, arrivedAtMs;
    };
    std::vector<Row> rows;
    rows.reserve(size_t(comments.size()));
    for (const chat::ChatEvent &e : comments)
        rows.push_back({e.platform.toUtf8(), e.id.toUtf8(), e.userId.toUtf8(), e.userName.toUtf8(), e.text.toUtf8(), e.sentAtMs, e.arrivedAtMs});
    sqlite3 *raw = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &raw) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite3_open failed\n");
        std::exit(1);
    }
    sqlite3_exec(raw, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    sqlite3_stmt *chat = nullptr;
    sqlite3_stmt *audit = nullptr;
    sqlite3_prepare_v2(raw,
                       "INSERT INTO chat_log (show_id, type, platform, msg_id, user_id, user_name, text, target_id, sent_at_ms, arrived_at_ms,"
                       " extra) VALUES (1, 'comment', ?, ?, ?, ?, ?, '', ?, ?, '{}')",
                       -1, &chat, nullptr);
    sqlite3_prepare_v2(raw,
                       "INSERT INTO moderation_log (show_id, platform, msg_id, user_id, user_name, text, verdict, rule, detail, decided_by,"
                       " arrived_at_ms, logged_at) VALUES (1, ?, ?, ?, ?, ?, 'allow', '', '', 'auto', ?, '2026-12-05T00:00:00.000Z')",
                       -1, &audit, nullptr);
    const auto text = [](sqlite3_stmt *s, int i, const QByteArray &b) { sqlite3_bind_text(s, i, b.constData(), int(b.size()), SQLITE_STATIC); };
    const double cpu0 = cpuSeconds();
    const auto start = Clock::now();
    // A transaction per ~100 ms of a 6x room, as the writer's batch window gathers.
    constexpr size_t kPerTransaction = 540;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i % kPerTransaction == 0)
            sqlite3_exec(raw, i == 0 ? "BEGIN" : "COMMIT; BEGIN", nullptr, nullptr, nullptr);
        const Row &r = rows[i];
        text(audit, 1, r.platform);
        text(audit, 2, r.id);
        text(audit, 3, r.userId);
        text(audit, 4, r.userName);
        text(audit, 5, r.text);
        sqlite3_bind_int64(audit, 6, r.arrivedAtMs);
        text(chat, 1, r.platform);
        text(chat, 2, r.id);
        text(chat, 3, r.userId);
        text(chat, 4, r.userName);
        text(chat, 5, r.text);
        sqlite3_bind_int64(chat, 6, r.sentAtMs);
        sqlite3_bind_int64(chat, 7, r.arrivedAtMs);
        if (sqlite3_step(audit) != SQLITE_DONE || sqlite3_step(chat) != SQLITE_DONE) {
            std::fprintf(stderr, "insert failed: %s\n", sqlite3_errmsg(raw));
            std::exit(1);
        }
        sqlite3_reset(audit);
        sqlite3_reset(chat);
    }
    sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
    Result r{std::chrono::duration<double>(Clock::now() - start).count(), cpuSeconds() - cpu0};
    sqlite3_finalize(chat);
    sqlite3_finalize(audit);
    sqlite3_close(raw);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("comments"), QStringLiteral("Comments a run writes (each to both logs)."), QStringLiteral("N"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each side, alternating."), QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    const int count = std::max(1000, parser.value(QStringLiteral("comments")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    const QList<chat::ChatEvent> comments = makeComments(count);
    QTemporaryDir dir;
    std::vector<double> studioWall, studioCpu, bareWall, bareCpu, roomWall, roomCpu;
    for (int run = 0; run < runs; ++run) {
        const QString studioPath = dir.filePath(QStringLiteral("studio-%1.db").arg(run));
        const QString barePath = dir.filePath(QStringLiteral("bare-%1.db").arg(run));
        const QString roomPath = dir.filePath(QStringLiteral("room-%1.db").arg(run));
        const Result s = runStudio(comments, studioPath, 0);
        const Result b = runBare(comments, barePath);
        const Result r = runStudio(comments, roomPath, 10);
        for (const QString &path : {studioPath, barePath, roomPath})
            QFile::remove(path);
        studioWall.push_back(s.wallSec);
        studioCpu.push_back(s.cpuSec);
        bareWall.push_back(b.wallSec);
        bareCpu.push_back(b.cpuSec);
        roomWall.push_back(r.wallSec);
        roomCpu.push_back(r.cpuSec);
        std::printf("run %d: studio %.2f s (cpu %.2f s), bare sqlite3 %.2f s (cpu %.2f s), room %.2f s (cpu %.2f s)\n", run + 1, s.wallSec, s.cpuSec, b.wallSec,
                    b.cpuSec, r.wallSec, r.cpuSec);
    }
    const double sw = bench::median(studioWall), sc = bench::median(studioCpu), bw = bench::median(bareWall), bc = bench::median(bareCpu);
    const double rw = bench::median(roomWall), rc = bench::median(roomCpu);
    std::printf("\nmachine: %s, %d cores; %d comments a run, each to the chat log and the moderation log; medians of %d runs\n",
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), count, runs);
    std::printf("| path | wall s | CPU s | comments/s (both logs) | CPU µs a comment |\n|---|---|---|---|---|\n");
    std::printf("| studio (ChatLog + ModerationLog, writer) | %.2f | %.2f | %.0f | %.1f |\n", sw, sc, count / sw, sc * 1e6 / count);
    std::printf("| bare sqlite3 (baseline) | %.2f | %.2f | %.0f | %.1f |\n", bw, bc, count / bw, bc * 1e6 / count);
    std::printf("| ratio studio / bare | %.2fx | %.2fx | | |\n", sw / bw, sc / bc);
    std::printf("| studio, a room as the show writes it (1 in 10 refused: its verdict to the audit; the rest to the chat log) | %.2f | %.2f | %.0f | "
                "%.1f |\n",
                rw, rc, count / rw, rc * 1e6 / count);
    return 0;
}
