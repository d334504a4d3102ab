#include "CatchQt.hpp"
#include "PluginSettings.hpp"

#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "chat/ChatLog.hpp"
#include "chat/ChatFilterModel.hpp"
#include "chat/ChatModel.hpp"
#include "chat/CommentHub.hpp"
#include "chat/CommentPluginLoader.hpp"
#include "core/MonotonicClock.hpp"

#include "style/Tones.hpp"
#include <QAbstractItemModelTester>
#include <QColor>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace shopcast;
using chat::ChatEvent;

namespace {

ChatEvent comment(const QString &id, const QString &user, const QString &text, const QString &platform = QStringLiteral("twitch"))
{
    ChatEvent e;
    e.type = ChatEvent::Type::Comment;
    e.platform = platform;
    e.id = id;
    e.userId = user;
    e.userName = user;
    e.text = text;
    return e;
}

} // namespace

TEST_CASE("plugin loader: good, broken and duplicate plugins", "[chat][plugins]")
{
    QTemporaryDir junk;
    {
        QFile f(junk.filePath(QStringLiteral("libgarbage.so")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x7f'));
    }
    const auto result = chat::CommentPluginLoader::load(
        {QStringLiteral(SHOPCAST_PLUGIN_DIR), QStringLiteral(SHOPCAST_TEST_PLUGIN_DIR), junk.path(), QStringLiteral("/nonexistent/folder")});
    QStringList ids;
    for (const auto &p : result.plugins)
        ids.append(p.id);
    INFO(result.problems.join(QLatin1Char('\n')).toStdString());
    // Every plugin the project ships, then one "fixture" (the first of the two that claim it).
    CHECK(ids
          == QStringList{QStringLiteral("bilibili"), QStringLiteral("bridge"), QStringLiteral("rehearsal"), QStringLiteral("twitch"), QStringLiteral("fixture"),
                         QStringLiteral("fixture-settings")});
    const QString problems = result.problems.join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("second plugin with id 'fixture'")));
    CHECK(problems.contains(QStringLiteral("no id or version")));
    CHECK(problems.contains(QStringLiteral("is not a comment source plugin")));
    CHECK(problems.contains(QStringLiteral("libgarbage.so is not a Qt plugin")));
    CHECK(problems.contains(QStringLiteral("setting 'colour' has an unknown kind 'rainbow'")));
    CHECK(result.problems.size() == 5);
    // A loaded factory makes working sources.
    std::unique_ptr<chat::CommentSource> source(result.plugins.last().factory->create(nullptr));
    source->start();
    CHECK(source->state() == chat::CommentSource::State::Live);
}

TEST_CASE("hub: arrival order, arrival time, de-duplication and errors", "[chat][hub]")
{
    core::ManualClock clock;
    chat::CommentHub hub(clock);
    QSignalSpy accepted(&hub, &chat::CommentHub::accepted);
    QSignalSpy errors(&hub, &chat::CommentHub::sourceError);
    clock.setMs(1234);
    hub.ingest({comment(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("hi")),
                comment(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("yo")),
                comment(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("hi")), // the same message again
                comment(QStringLiteral("1"), QStringLiteral("z"), QStringLiteral("other platform"), QStringLiteral("bilibili")),
                ChatEvent::error(QStringLiteral("bilibili"), QStringLiteral("truncated packet"))});
    REQUIRE(accepted.count() == 1);
    const auto batch = accepted.first().first().value<QList<ChatEvent>>();
    REQUIRE(batch.size() == 3);
    CHECK(batch.at(0).text == QStringLiteral("hi"));
    CHECK(batch.at(1).text == QStringLiteral("yo"));
    CHECK(batch.at(2).platform == QStringLiteral("bilibili"));
    CHECK(batch.at(0).arrivedAtMs == 1234);
    CHECK(hub.counters().duplicates == 1);
    CHECK(errors.count() == 1);
    CHECK(hub.counters().accepted == 3);
    CHECK(hub.counters().errors == 1);
    CHECK(hub.counters().lastError == QStringLiteral("bilibili: truncated packet"));
    // After a reconnect the platform may replay recent messages: still dropped.
    hub.ingest({comment(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("yo"))});
    CHECK(hub.counters().duplicates == 2);
}

TEST_CASE("chat model: batched inserts, a capped ring buffer, deletions greyed", "[chat][model]")
{
    chat::ChatModel model(100, 1'000'000); // flushed by hand in this test
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ChatEvent> batch;
    for (int i = 0; i < 60; ++i)
        batch.append(comment(QString::number(i), QStringLiteral("u%1").arg(i % 5), QStringLiteral("msg %1").arg(i)));
    model.append(batch);
    CHECK(model.rowCount() == 0); // nothing until the flush
    model.flush();
    CHECK(model.rowCount() == 60);
    batch.clear();
    for (int i = 60; i < 130; ++i)
        batch.append(comment(QString::number(i), QStringLiteral("u%1").arg(i % 5), QStringLiteral("msg %1").arg(i)));
    model.append(batch);
    model.flush();
    CHECK(model.rowCount() == 100); // capped: the oldest 30 fell off
    CHECK(model.data(model.index(0), chat::ChatModel::TextRole).toString() == QStringLiteral("msg 30"));
    CHECK(model.data(model.index(99), chat::ChatModel::TextRole).toString() == QStringLiteral("msg 129"));
    CHECK(model.data(model.index(99)).toString() == QStringLiteral("u4: msg 129"));
    CHECK_FALSE(model.data(model.index(99), Qt::DecorationRole).value<QPixmap>().isNull()); // the platform badge

    ChatEvent del;
    del.type = ChatEvent::Type::Delete;
    del.platform = QStringLiteral("twitch");
    del.targetId = QStringLiteral("100");
    ChatEvent clearUser;
    clearUser.type = ChatEvent::Type::Clear;
    clearUser.platform = QStringLiteral("twitch");
    clearUser.targetId = QStringLiteral("u1");
    model.append({del, clearUser});
    model.flush();
    CHECK(model.rowCount() == 100);                                            // moderation changes rows, adds none
    CHECK(model.data(model.index(70), chat::ChatModel::DeletedRole).toBool()); // msg 100
    CHECK(model.data(model.index(71), chat::ChatModel::DeletedRole).toBool()); // msg 101, user u1
    CHECK_FALSE(model.data(model.index(72), chat::ChatModel::DeletedRole).toBool());
    // A burst bigger than the buffer keeps only the newest.
    batch.clear();
    for (int i = 0; i < 250; ++i)
        batch.append(comment(QStringLiteral("b%1").arg(i), QStringLiteral("x"), QStringLiteral("burst %1").arg(i)));
    model.append(batch);
    model.flush();
    CHECK(model.rowCount() == 100);
    CHECK(model.data(model.index(0), chat::ChatModel::TextRole).toString() == QStringLiteral("burst 150"));
}

TEST_CASE("chat log: batched writes on the storage writer, nothing lost at a clean shutdown", "[chat][log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.db"));
    QString error;
    auto db = storage::Database::open(path, &error);
    REQUIRE(db);
    {
        chat::ChatLog log(db->writer(), 7);
        for (int round = 0; round < 50; ++round) {
            QList<ChatEvent> batch;
            for (int i = 0; i < 200; ++i)
                batch.append(comment(QStringLiteral("%1-%2").arg(round).arg(i), QStringLiteral("u"), QStringLiteral("你好 %1").arg(i)));
            log.append(batch);
        }
        REQUIRE(db->writer().flush()); // a test may wait for what is still queued
        CHECK(log.written() == 10'000);
    }
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), MIN(text), MAX(show_id) FROM chat_log")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 10'000);
    CHECK(q.value(2).toInt() == 7);
}

namespace {

// Comments 0..count-1 as bridge JSON lines, spacingMs apart when not 0 (else
// without times), then the tail as it is.
bool writeNumberedCapture(const QString &path, int count, qint64 spacingMs, const QByteArray &tail = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i < count; ++i) {
        QJsonObject comment{{QStringLiteral("id"), QString::number(i)},
                            {QStringLiteral("userName"), QStringLiteral("观众%1").arg(i)},
                            {QStringLiteral("text"), QStringLiteral("第%1条").arg(i)}};
        if (spacingMs > 0)
            comment.insert(QStringLiteral("sentAtMs"), 1'763'800'000'000LL + i * spacingMs);
        f.write(QJsonDocument(comment).toJson(QJsonDocument::Compact) + '\n');
    }
    f.write(tail);
    return true;
}

} // namespace

TEST_CASE("rehearsal plugin replays a capture at the recorded pace, scaled", "[chat][rehearsal]")
{
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("capture.jsonl"));
    REQUIRE(writeNumberedCapture(capture, 20, 500, "broken line\n"));
    const auto plugins = chat::CommentPluginLoader::load({QStringLiteral(SHOPCAST_PLUGIN_DIR)});
    const auto rehearsal = std::find_if(plugins.plugins.cbegin(), plugins.plugins.cend(), [](const auto &p) { return p.id == QLatin1String("rehearsal"); });
    REQUIRE(rehearsal != plugins.plugins.cend());
    std::unique_ptr<chat::CommentSource> source(rehearsal->factory->create(nullptr));
    QString error;
    CHECK_FALSE(source->configure(QJsonObject{{QStringLiteral("file"), dir.filePath(QStringLiteral("missing.jsonl"))}}, &error));
    CHECK(error.contains(QStringLiteral("cannot read")));
    // 20 comments 0.5 s apart = 9.5 s recorded; at speed 20 that is ~0.5 s.
    // Without the metadata's defaults configure() says which are missing.
    CHECK_FALSE(source->configure(QJsonObject{{QStringLiteral("file"), capture}}, &error));
    CHECK(error.contains(QStringLiteral("loop")));
    REQUIRE(source->configure(
        test::normalizedSettings(QStringLiteral(SHOPCAST_PLUGIN_DIR), QStringLiteral("rehearsal"),
                                 {{QStringLiteral("file"), capture}, {QStringLiteral("protocol"), QStringLiteral("bridge")}, {QStringLiteral("speed"), 20.0}}),
        &error));
    core::SteadyClock clock;
    chat::CommentHub hub(clock);
    hub.addSource(source.get());
    QList<ChatEvent> received;
    QObject::connect(&hub, &chat::CommentHub::accepted, [&](const QList<ChatEvent> &events) { received += events; });
    QSignalSpy errors(&hub, &chat::CommentHub::sourceError);
    source->start();
    REQUIRE_EVENTUALLY((int(received.size())) == (20), 5000);
    CHECK(received.first().text == QStringLiteral("第0条"));
    CHECK(received.last().text == QStringLiteral("第19条"));
    CHECK(received.last().arrivedAtMs - received.first().arrivedAtMs >= 400); // paced, not dumped
    CHECK(errors.count() == 1);                                               // the broken line, reported
    REQUIRE_EVENTUALLY((source->state()) == (chat::CommentSource::State::Idle), 2000);
}

TEST_CASE("rehearsal plugin: a second rehearsal of the same capture reaches the chat again", "[chat][rehearsal]")
{
    // The hub drops a comment id it saw in the last 100,000: a host who
    // rehearses twice (each start is a new source) must not get an empty chat.
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("capture.jsonl"));
    REQUIRE(writeNumberedCapture(capture, 10, 0));
    const auto plugins = chat::CommentPluginLoader::load({QStringLiteral(SHOPCAST_PLUGIN_DIR)});
    const auto rehearsal = std::find_if(plugins.plugins.cbegin(), plugins.plugins.cend(), [](const auto &p) { return p.id == QLatin1String("rehearsal"); });
    REQUIRE(rehearsal != plugins.plugins.cend());
    core::SteadyClock clock;
    chat::CommentHub hub(clock);
    QList<ChatEvent> received;
    QObject::connect(&hub, &chat::CommentHub::accepted, [&](const QList<ChatEvent> &events) { received += events; });
    for (int run = 1; run <= 2; ++run) {
        std::unique_ptr<chat::CommentSource> source(rehearsal->factory->create(nullptr));
        QString error;
        REQUIRE(source->configure(
            test::normalizedSettings(
                QStringLiteral(SHOPCAST_PLUGIN_DIR), QStringLiteral("rehearsal"),
                {{QStringLiteral("file"), capture}, {QStringLiteral("protocol"), QStringLiteral("bridge")}, {QStringLiteral("ratePerSecond"), 1000.0}}),
            &error));
        hub.addSource(source.get());
        source->start();
        REQUIRE_EVENTUALLY((source->state()) == (chat::CommentSource::State::Idle), 5000);
        CHECK(int(received.size()) == 10 * run);
    }
    CHECK(hub.counters().duplicates == 0);
    CHECK(received.at(0).text == received.at(10).text);
    CHECK(received.at(0).id != received.at(10).id);
}

TEST_CASE("chat filter: text filter and the refused toggle, under the model tester", "[chat][filter]")
{
    chat::ChatModel model(100, 1'000'000);
    chat::ChatFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ChatEvent refused = comment(QStringLiteral("2"), QStringLiteral("x"), QStringLiteral("加微信"));
    refused.extra.insert(QStringLiteral("moderation"), QJsonObject{{QStringLiteral("verdict"), QStringLiteral("hold")}});
    model.append({comment(QStringLiteral("1"), QStringLiteral("李姐"), QStringLiteral("好看")), refused,
                  comment(QStringLiteral("3"), QStringLiteral("y"), QStringLiteral("多少钱"))});
    model.flush();
    CHECK(filter.rowCount() == 3);
    filter.setShowModerated(false);
    CHECK(filter.rowCount() == 2);
    filter.setText(QStringLiteral("李姐"));
    CHECK(filter.rowCount() == 1);
    filter.setText({});
    filter.setShowModerated(true);
    CHECK(filter.rowCount() == 3);
    CHECK(model.data(model.index(1), Qt::ForegroundRole).value<QColor>() == style::Tones::text(style::Tone::Muted));
}
