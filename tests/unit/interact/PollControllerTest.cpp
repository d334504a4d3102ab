// Polls: counting, the vote-change policy, keywords inside mixed text.
#include "CatchQt.hpp"

#include "core/MonotonicClock.hpp"
#include "interact/PollController.hpp"

#include <QJsonArray>
#include <QSignalSpy>

using namespace shopcast;
using interact::PollController;

namespace {
chat::ChatEvent vote(const QString &user, const QString &text)
{
    chat::ChatEvent e;
    e.platform = QStringLiteral("douyin");
    e.userId = user;
    e.text = text;
    return e;
}
QList<PollController::Option> colours()
{
    return {{QStringLiteral("红色"), {QStringLiteral("1"), QStringLiteral("红")}}, {QStringLiteral("蓝色"), {QStringLiteral("2"), QStringLiteral("蓝")}}};
}
} // namespace

TEST_CASE("poll: keywords inside mixed text, ambiguous comments count for neither", "[interact][poll]")
{
    core::ManualClock clock;
    PollController poll(clock);
    QString error;
    REQUIRE(poll.open(QStringLiteral("要哪个颜色？"), colours(), PollController::Policy::FirstVote, &error));
    CHECK(poll.optionFor(QStringLiteral("1")) == 0);
    CHECK(poll.optionFor(QStringLiteral("扣1扣1")) == 0);
    CHECK(poll.optionFor(QStringLiteral("11111")) == 0);
    CHECK(poll.optionFor(QStringLiteral("我要蓝色的")) == 1);
    CHECK(poll.optionFor(QStringLiteral("２")) == 1); // full-width
    CHECK(poll.optionFor(QStringLiteral("1和2都要")) == -1);
    CHECK(poll.optionFor(QStringLiteral("主播好")) == -1);
    poll.ingest({vote(QStringLiteral("a"), QStringLiteral("1")), vote(QStringLiteral("b"), QStringLiteral("红色！")),
                 vote(QStringLiteral("c"), QStringLiteral("2")), vote(QStringLiteral("d"), QStringLiteral("12")),
                 vote(QStringLiteral("e"), QStringLiteral("好看"))});
    CHECK(poll.counts() == QList<int>{2, 1});
    CHECK(poll.votes() == 3);
    poll.close();
    poll.ingest({vote(QStringLiteral("f"), QStringLiteral("1"))}); // closed: no more votes
    CHECK(poll.counts() == QList<int>{2, 1});
    CHECK(poll.result().value(QStringLiteral("voters")).toInt() == 3);
}

TEST_CASE("poll: first vote or last vote counts, as set", "[interact][poll]")
{
    QString error;
    core::ManualClock clock;
    PollController first(clock);
    REQUIRE(first.open(QStringLiteral("?"), colours(), PollController::Policy::FirstVote, &error));
    first.ingest(
        {vote(QStringLiteral("a"), QStringLiteral("1")), vote(QStringLiteral("a"), QStringLiteral("2")), vote(QStringLiteral("a"), QStringLiteral("2"))});
    CHECK(first.counts() == QList<int>{1, 0});
    PollController last(clock);
    REQUIRE(last.open(QStringLiteral("?"), colours(), PollController::Policy::LastVote, &error));
    QSignalSpy changed(&last, &PollController::changed);
    last.ingest(
        {vote(QStringLiteral("a"), QStringLiteral("1")), vote(QStringLiteral("a"), QStringLiteral("2")), vote(QStringLiteral("b"), QStringLiteral("2"))});
    CHECK(last.counts() == QList<int>{0, 2});
    CHECK(last.votes() == 2);
    CHECK(changed.count() == 1); // one redraw per batch
}

TEST_CASE("poll: 2 to 6 options, each with a label and its own keywords", "[interact][poll]")
{
    core::ManualClock clock;
    PollController poll(clock);
    QString error;
    CHECK_FALSE(poll.open(QStringLiteral("?"), {{QStringLiteral("a"), {QStringLiteral("1")}}}, PollController::Policy::FirstVote, &error));
    QList<PollController::Option> seven;
    for (int i = 0; i < 7; ++i)
        seven.append({QString::number(i), {QString::number(i)}});
    CHECK_FALSE(poll.open(QStringLiteral("?"), seven, PollController::Policy::FirstVote, &error));
    CHECK_FALSE(poll.open(QStringLiteral("?"), {{QStringLiteral("a"), {QStringLiteral("1")}}, {QStringLiteral("b"), {QStringLiteral("１")}}},
                          PollController::Policy::FirstVote, &error));
    CHECK(error.contains(QStringLiteral("two options")));
    CHECK_FALSE(
        poll.open(QStringLiteral("?"), {{QStringLiteral("a"), {}}, {QStringLiteral("b"), {QStringLiteral("2")}}}, PollController::Policy::FirstVote, &error));
    CHECK_FALSE(poll.hasPoll());
}

TEST_CASE("poll presets: the dock's text form, JSON for a plan slot, bad presets refused", "[interact][poll]")
{
    using interact::PollPreset;
    QString error;
    const QList<interact::PollOption> options = PollPreset::parseOptions(QStringLiteral("红色 = 1, 红\n\n蓝色=2,蓝 ,\n"));
    REQUIRE(options.size() == 2);
    CHECK(options.at(0).label == QStringLiteral("红色"));
    CHECK(options.at(0).keywords == QStringList{QStringLiteral("1"), QStringLiteral("红")});
    CHECK(options.at(1).keywords == QStringList{QStringLiteral("2"), QStringLiteral("蓝")});
    CHECK(PollPreset::parseOptions(PollPreset::formatOptions(options)) == options);

    PollPreset p{QStringLiteral("要哪个颜色?"), options, interact::PollPolicy::LastVote};
    const auto back = PollPreset::fromJson(p.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == p);
    core::ManualClock clock;
    PollController poll(clock);
    REQUIRE(poll.open(*back, &error));
    poll.ingest({vote(QStringLiteral("a"), QStringLiteral("1")), vote(QStringLiteral("a"), QStringLiteral("蓝色!"))});
    CHECK(poll.counts() == QList<int>{0, 1}); // the last vote counts, as the preset says

    QJsonObject bad = p.toJson();
    bad.insert(QStringLiteral("policy"), QStringLiteral("sometimes"));
    CHECK_FALSE(PollPreset::fromJson(bad, &error));
    CHECK(error.contains(QStringLiteral("policy")));
    bad = p.toJson();
    bad.insert(QStringLiteral("options"), QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("只有一个")}}});
    CHECK_FALSE(PollPreset::fromJson(bad, &error));
    CHECK_FALSE(PollPreset::fromJson(
        QJsonObject{{QStringLiteral("question"), QString(201, QLatin1Char('?'))}, {QStringLiteral("options"), p.toJson().value(QStringLiteral("options"))}},
        &error));
    // A huge options array is not read past what a poll can have.
    QJsonArray many;
    for (int i = 0; i < 10'000; ++i)
        many.append(QJsonObject{{QStringLiteral("label"), QString::number(i)}, {QStringLiteral("keywords"), QJsonArray{QString::number(i)}}});
    CHECK_FALSE(PollPreset::fromJson(QJsonObject{{QStringLiteral("options"), many}}, &error));
    CHECK(error.contains(QStringLiteral("2 to 6")));
}

TEST_CASE("poll: an open poll resumes from its snapshot, its votes counted again from the comments since it opened", "[interact][poll][resume]")
{
    core::ManualClock clock;
    clock.setMs(10'000);
    PollController before(clock);
    QString error;
    REQUIRE(before.open(QStringLiteral("要哪个颜色？"), colours(), PollController::Policy::LastVote, &error));
    CHECK(PollController(clock).openSnapshot().isEmpty()); // nothing open: nothing kept
    const QJsonObject snapshot = before.openSnapshot();

    auto at = [](chat::ChatEvent e, qint64 ms) {
        e.arrivedAtMs = ms;
        return e;
    };
    const QList<chat::ChatEvent> logged{at(vote(QStringLiteral("a"), QStringLiteral("1")), 9'000), // before it opened
                                        at(vote(QStringLiteral("b"), QStringLiteral("1")), 11'000), at(vote(QStringLiteral("b"), QStringLiteral("2")), 12'000),
                                        at(vote(QStringLiteral("c"), QStringLiteral("红色")), 13'000)};
    clock.setMs(60'000);
    PollController after(clock);
    QSignalSpy state(&after, &PollController::stateChanged);
    REQUIRE(after.resumeOpen(snapshot, logged, &error));
    CHECK(after.isOpen());
    CHECK(state.count() == 1);
    CHECK(after.question() == before.question());
    CHECK(after.options() == before.options());
    CHECK(after.counts() == QList<int>{1, 1});
    CHECK(after.openSnapshot() == snapshot);                 // it opened when it first did
    CHECK_FALSE(after.resumeOpen(snapshot, logged, &error)); // one poll at a time
    CHECK(error.contains(QStringLiteral("already")));

    PollController broken(clock);
    QJsonObject bad = snapshot;
    bad.insert(QStringLiteral("preset"), QJsonObject{{QStringLiteral("question"), QStringLiteral("?")}});
    CHECK_FALSE(broken.resumeOpen(bad, logged, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(broken.isOpen());
    bad = snapshot;
    bad.insert(QStringLiteral("openedAtMs"), 1e300); // no cast out of range
    CHECK_FALSE(broken.resumeOpen(bad, logged, &error));
    CHECK(error.contains(QStringLiteral("range")));
    CHECK_FALSE(broken.isOpen());
}
