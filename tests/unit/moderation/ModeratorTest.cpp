// The whole pipeline on an injected clock: spam rules, escalation, local
// timeouts and bans, exempt staff, questions, hostile input, the rules file.
#include "CatchQt.hpp"

#include "moderation/Moderator.hpp"
#include "moderation/SpamDetector.hpp"
#include "moderation/TextNormalizer.hpp"

#include <QTemporaryDir>

using namespace shopcast;
using namespace shopcast::moderation;

namespace {

chat::ChatEvent comment(const QString &user, const QString &text)
{
    chat::ChatEvent e;
    e.platform = QStringLiteral("test");
    e.userId = user;
    e.userName = user;
    e.text = text;
    return e;
}

Moderator moderatorWith(const std::function<void(ModerationRules &)> &edit = {})
{
    ModerationRules rules = ModerationRules::defaults();
    if (edit)
        edit(rules);
    return Moderator(CompiledRules::compile(rules));
}

} // namespace

TEST_CASE("spam: links, contact details, caps, symbols, emoji and length", "[moderation][spam]")
{
    Moderator m = moderatorWith();
    qint64 t = 1'000'000;
    auto rule = [&](const QString &user, const QString &text) { return m.moderate(comment(user, text), t += 60'000).rule; };
    CHECK(rule(QStringLiteral("a"), QStringLiteral("看这里 http://spam.example/abc")) == QStringLiteral("spam:link"));
    CHECK(rule(QStringLiteral("b"), QStringLiteral("www.cheap.top 便宜")) == QStringLiteral("spam:link"));
    CHECK(rule(QStringLiteral("c"), QStringLiteral("去 https://item.taobao.com/x 下单")).isEmpty()); // allowlisted
    CHECK(rule(QStringLiteral("d"), QStringLiteral("我的电话 138-1234-5678")) == QStringLiteral("spam:contact"));
    CHECK(rule(QStringLiteral("e"), QStringLiteral("微信：shop_8888 有货")) == QStringLiteral("spam:contact"));
    CHECK(rule(QStringLiteral("f"), QStringLiteral("THIS IS THE BEST DEAL EVER BUY NOW")) == QStringLiteral("spam:caps"));
    CHECK(rule(QStringLiteral("g"), QStringLiteral("!!!!!!$$$$$$#####")) == QStringLiteral("spam:symbols"));
    CHECK(rule(QStringLiteral("h"), QStringLiteral("😀😀😀😀😀😀😀😀😀😀")) == QStringLiteral("spam:emoji"));
    CHECK(rule(QStringLiteral("i"), QString(400, QChar(0x597d))) == QStringLiteral("spam:length"));
    // Ordinary talk passes: a price, a size, a few emoji, an order number.
    for (const char *fine : {"这个多少钱？", "L码有吗", "好看😍😍", "订单号 20251123001 什么时候发货", "OK"})
        CHECK(rule(QStringLiteral("j"), QString::fromUtf8(fine)).isEmpty());
}

TEST_CASE("spam: repeating oneself and flooding, on the comment clock", "[moderation][spam]")
{
    Moderator m = moderatorWith([](ModerationRules &r) { r.spam.escalate = false; });
    const QString text = QStringLiteral("主播好");
    CHECK(m.moderate(comment(QStringLiteral("u"), text), 0).verdict == Verdict::Allow);
    CHECK(m.moderate(comment(QStringLiteral("u"), text), 30'000).rule == QStringLiteral("spam:repeat"));
    CHECK(m.moderate(comment(QStringLiteral("u"), text), 100'000).verdict == Verdict::Allow); // 70 s later: not a repeat
    // Flood: more than 6 comments within 10 s → timeout, and the user stays quiet until it ends.
    qint64 t = 200'000;
    for (int i = 0; i < 6; ++i)
        CHECK(m.moderate(comment(QStringLiteral("f"), QStringLiteral("第%1条").arg(i)), t += 1000).verdict == Verdict::Allow);
    const Decision flood = m.moderate(comment(QStringLiteral("f"), QStringLiteral("第七条")), t += 1000);
    CHECK(flood.verdict == Verdict::Timeout);
    CHECK(flood.rule == QStringLiteral("spam:flood"));
    CHECK(flood.untilMs == t + 300'000);
    CHECK(m.moderate(comment(QStringLiteral("f"), QStringLiteral("还在吗")), t + 60'000).rule == QStringLiteral("user:timeout"));
    CHECK(m.moderate(comment(QStringLiteral("f"), QStringLiteral("回来了")), t + 301'000).verdict == Verdict::Allow);
    // Slow and steady is fine.
    for (int i = 0; i < 20; ++i)
        CHECK(m.moderate(comment(QStringLiteral("s"), QStringLiteral("好%1").arg(i)), 1'000'000 + i * 5000).verdict == Verdict::Allow);
}

TEST_CASE("spam: what viewers are asked to type (a lottery's keyword, a vote) may be typed again, folded as terms are, and other repeats still count",
          "[moderation][spam]")
{
    Moderator m = moderatorWith();
    const auto say = [&m](const QString &user, const QString &text, qint64 atMs) { return m.moderate(comment(user, text), atMs); };
    // Without a lottery open, 抽奖 said again is a repeat like any other; the
    // third offence in ten minutes is a timeout.
    CHECK(say(QStringLiteral("a"), QStringLiteral("抽奖"), 0).verdict == Verdict::Allow);
    CHECK(say(QStringLiteral("a"), QStringLiteral("抽奖"), 5'000).rule == QStringLiteral("spam:repeat"));
    m.setRepeatable({QStringLiteral("抽奖"), QStringLiteral("1")});
    for (int i = 0; i < 5; ++i) {
        CHECK(say(QStringLiteral("b"), QStringLiteral("抽奖"), 20'000 + i * 5'000).verdict == Verdict::Allow);
        CHECK(say(QStringLiteral("c"), QStringLiteral(" 抽 奖 "), 20'000 + i * 5'000).verdict == Verdict::Allow); // the same once folded
        CHECK(say(QStringLiteral("d"), QStringLiteral("1"), 20'000 + i * 5'000).verdict == Verdict::Allow);
    }
    CHECK(say(QStringLiteral("e"), QStringLiteral("主播好"), 50'000).verdict == Verdict::Allow);
    CHECK(say(QStringLiteral("e"), QStringLiteral("主播好"), 52'000).rule == QStringLiteral("spam:repeat"));
    // Flooding stays flooding, keyword or not.
    qint64 t = 100'000;
    for (int i = 0; i < 6; ++i)
        CHECK(say(QStringLiteral("f"), QStringLiteral("抽奖"), t += 1000).verdict == Verdict::Allow);
    CHECK(say(QStringLiteral("f"), QStringLiteral("抽奖"), t += 1000).rule == QStringLiteral("spam:flood"));
    // Entries closed: repeats are repeats again, and new rules keep the list.
    m.setRules(CompiledRules::compile(ModerationRules::defaults()));
    CHECK(say(QStringLiteral("b"), QStringLiteral("抽奖"), 48'000).verdict == Verdict::Allow);
    m.setRepeatable({});
    CHECK(say(QStringLiteral("b"), QStringLiteral("抽奖"), 49'000).rule == QStringLiteral("spam:repeat"));
}

TEST_CASE("spam: repeat offenders escalate within the window, and not after it", "[moderation][spam][escalation]")
{
    Moderator m = moderatorWith([](ModerationRules &r) {
        r.spam.timeoutAfter = 3;
        r.spam.banAfter = 5;
        r.spam.timeoutMs = 60'000;
        r.spam.escalationWindowMs = 600'000;
    });
    const QString spam = QStringLiteral("兼职日结 刷单");
    qint64 t = 0;
    CHECK(m.moderate(comment(QStringLiteral("x"), spam + QStringLiteral("1")), t).verdict == Verdict::Hide);
    CHECK(m.moderate(comment(QStringLiteral("x"), spam + QStringLiteral("2")), t += 120'000).verdict == Verdict::Hide);
    const Decision third = m.moderate(comment(QStringLiteral("x"), spam + QStringLiteral("3")), t += 120'000);
    CHECK(third.verdict == Verdict::Timeout);
    CHECK(third.rule == QStringLiteral("term:刷单"));
    CHECK(third.detail.contains(QStringLiteral("offence 3")));
    t += 61'000;                                                                                                // timeout over
    CHECK(m.moderate(comment(QStringLiteral("x"), spam + QStringLiteral("4")), t).verdict == Verdict::Timeout); // 4th
    t += 61'000;
    CHECK(m.moderate(comment(QStringLiteral("x"), spam + QStringLiteral("5")), t).verdict == Verdict::Ban);
    CHECK(m.isBanned(Moderator::userKey(comment(QStringLiteral("x"), {}))));
    CHECK(m.moderate(comment(QStringLiteral("x"), QStringLiteral("我错了")), t + 1000).rule == QStringLiteral("user:banned"));
    m.unban(Moderator::userKey(comment(QStringLiteral("x"), {})));
    CHECK(m.moderate(comment(QStringLiteral("x"), QStringLiteral("我错了")), t + 2000).verdict == Verdict::Allow);

    // Offences spread wider than the window never add up.
    Moderator slow = moderatorWith();
    for (int i = 0; i < 10; ++i)
        CHECK(slow.moderate(comment(QStringLiteral("y"), spam + QString::number(i)), qint64(i) * 700'000).verdict == Verdict::Hide);
}

TEST_CASE("moderator: staff are exempt, gifts pass, held comments are not offences, questions are marked", "[moderation]")
{
    Moderator m = moderatorWith();
    chat::ChatEvent staff = comment(QStringLiteral("mod"), QStringLiteral("加微信领券"));
    staff.badges = {QStringLiteral("moderator/1")};
    CHECK(m.moderate(staff, 0).verdict == Verdict::Allow);
    chat::ChatEvent gift = comment(QStringLiteral("g"), QStringLiteral("加微信"));
    gift.type = chat::ChatEvent::Type::Gift;
    CHECK(m.moderate(gift, 0).verdict == Verdict::Allow);
    for (int i = 0; i < 10; ++i)
        CHECK(m.moderate(comment(QStringLiteral("h"), QStringLiteral("加微信 %1").arg(i)), qint64(i) * 2500).verdict == Verdict::Hold);
    const Decision q = m.moderate(comment(QStringLiteral("q"), QStringLiteral("这个 多 少 钱")), 0);
    CHECK(q.verdict == Verdict::Allow);
    CHECK(q.question);
    CHECK(m.moderate(comment(QStringLiteral("q2"), QStringLiteral("what size?")), 0).question);
    CHECK_FALSE(m.moderate(comment(QStringLiteral("q3"), QStringLiteral("主播好美")), 0).question);
}

TEST_CASE("moderator: hostile input always gets a verdict", "[moderation][bad-input]")
{
    Moderator m = moderatorWith();
    const QByteArray invalid("\xff\xfe\xc3\x28\xed\xa0\x80", 7);
    for (const QString &text : {QString(), QString::fromUtf8(invalid), QString(1'000'000, QChar(0x52a0)), QStringLiteral("\u0301\u0302\u0303"),
                                QStringLiteral("\u202e加微信\u202c"), QString(QChar(0xdc00)), QString(100'000, QChar(0x200b))}) {
        const Decision d = m.moderate(comment(QStringLiteral("z") + QString::number(text.size()), text), 0);
        CHECK(Verdicts::fromId(Verdicts::id(d.verdict)));
    }
    CHECK(m.moderate(comment(QStringLiteral("rtl"), QStringLiteral("\u202e加微信\u202c")), 5000).rule == QStringLiteral("term:加微信"));
    CHECK(m.moderate(comment(QStringLiteral("big"), QString(1'000'000, QChar(0x52a0))), 9000).rule == QStringLiteral("spam:length"));
}

TEST_CASE("rules file: round trip, broken and future files refused with the reason", "[moderation][rules]")
{
    ModerationRules rules = ModerationRules::defaults();
    rules.terms.append(TermRule::fromText(QStringLiteral("re:\\d{5}"), Verdict::Ban));
    rules.spam.floodMessages = 9;
    rules.spam.links.action = Verdict::Hold;
    rules.normalizer.pinyin = false;
    QStringList errors;
    const auto back = ModerationRules::fromJson(rules.toJson(), &errors);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(back);
    CHECK(errors.isEmpty());
    CHECK(back->terms == rules.terms);
    CHECK(back->spam.floodMessages == 9);
    CHECK(back->spam.links.action == Verdict::Hold);
    CHECK_FALSE(back->normalizer.pinyin);
    CHECK_FALSE(ModerationRules::fromJson("{\"version\": 99}", &errors));
    CHECK(errors.last().contains(QStringLiteral("99")));
    CHECK_FALSE(ModerationRules::fromJson("not json", &errors));
    errors.clear();
    const auto partial
        = ModerationRules::fromJson(R"({"version":1,"terms":[{"term":"ok","action":"hide"},{"term":"","action":"hide"},{"term":"x","action":"explode"}],
                                                      "spam":{"flood":{"messages":-3}}})",
                                    &errors);
    REQUIRE(partial);
    CHECK(partial->terms.size() == 1);
    CHECK(errors.size() == 3);
    CHECK(partial->spam.floodMessages == SpamSettings().floodMessages);
    QTemporaryDir dir;
    QString error;
    REQUIRE(rules.save(dir.filePath(QStringLiteral("m.json")), &error));
    CHECK(ModerationRules::load(dir.filePath(QStringLiteral("m.json")), &errors)->terms == rules.terms);
}

TEST_CASE("spam: users quiet longer than every window are forgotten but for having spoken, so memory follows who is talking", "[moderation][spam][memory]")
{
    SpamSettings settings;
    settings.firstTime.enabled = true;
    SpamDetector spam(settings);
    const TextNormalizer normalizer;
    const NormalizedText hello = normalizer.normalize(QStringLiteral("主播好"));
    auto say = [&](const QString &user, const NormalizedText &text, qint64 atMs) {
        const std::optional<SpamDetector::Hit> hit = spam.check(QStringLiteral("test\x1f") + user, QString(), text, atMs);
        return hit ? hit->rule : QString();
    };
    // A thousand viewers say hello once each: every first comment is held.
    for (int i = 0; i < 1000; ++i)
        CHECK(say(QString::number(i), hello, i) == QStringLiteral("spam:first-time"));
    CHECK(spam.trackedUsers() == 1000);
    CHECK(spam.seenUsers() == 1000);
    // Within the repeat window the same words are a repeat...
    CHECK(say(QStringLiteral("7"), hello, 30'000) == QStringLiteral("spam:repeat"));
    // ...and after every window the quiet ones are dropped at the next
    // sweep; the first comment rule still knows them.
    const qint64 later = settings.repeatWindowMs + 120'000;
    CHECK(say(QStringLiteral("new"), normalizer.normalize(QStringLiteral("在吗")), later) == QStringLiteral("spam:first-time"));
    CHECK(spam.trackedUsers() == 1);
    CHECK(spam.seenUsers() == 1001);
    CHECK(say(QStringLiteral("7"), hello, later + 1) == QString()); // not first, not a repeat (long ago)
    CHECK(spam.trackedUsers() == 2);
    // Flooding still counts: floodMessages comments in the window are fine, one more is not.
    for (int i = 1; i < settings.floodMessages; ++i)
        CHECK(say(QStringLiteral("7"), normalizer.normalize(QStringLiteral("第%1条").arg(i)), later + 2 + i) == QString());
    CHECK(say(QStringLiteral("7"), normalizer.normalize(QStringLiteral("又一条")), later + 100) == QStringLiteral("spam:flood"));
}

TEST_CASE(
    "spam: a comment forgets a bounded number of quiet users, and a room past the limit forgets its least recently heard, not the spammer who keeps talking",
    "[moderation][spam][memory]")
{
    SpamSettings settings;
    SpamDetector spam(settings);
    const TextNormalizer normalizer;
    const NormalizedText hello = normalizer.normalize(QStringLiteral("主播好"));
    const NormalizedText ad = normalizer.normalize(QStringLiteral("进群领券"));
    auto say = [&](const QString &user, const NormalizedText &text, qint64 atMs) {
        const std::optional<SpamDetector::Hit> hit = spam.check(QStringLiteral("test\x1f") + user, QString(), text, atMs);
        return hit ? hit->rule : QString();
    };
    // After a quiet spell, each comment forgets at most kForgetPerCheck of the
    // quiet ones: no comment pays for the whole room.
    const int quiet = 2 * SpamDetector::kForgetPerCheck + 500;
    for (int i = 0; i < quiet; ++i)
        say(QStringLiteral("q%1").arg(i), hello, i);
    const qint64 later = settings.repeatWindowMs + settings.floodWindowMs + 120'000;
    say(QStringLiteral("a"), hello, later);
    CHECK(spam.trackedUsers() == quiet - SpamDetector::kForgetPerCheck + 1);
    say(QStringLiteral("b"), hello, later + 1);
    say(QStringLiteral("c"), hello, later + 2);
    CHECK(spam.trackedUsers() == 3);

    // A spammer repeats the same ad every dozen seconds while more distinct
    // viewers than the table holds say hello, all within the repeat window
    // (four comments a millisecond).
    qint64 at = later + 10;
    CHECK(say(QStringLiteral("spammer"), ad, at) == QString());
    const int viewers = SpamDetector::kMaxUsers + 1000;
    for (int i = 0; i < viewers; ++i) {
        at += i % 4 == 0;
        if (i % 50'000 == 0)
            CHECK(say(QStringLiteral("spammer"), ad, at) == QStringLiteral("spam:repeat"));
        say(QStringLiteral("v%1").arg(i), hello, at);
    }
    REQUIRE(at - later < settings.repeatWindowMs);
    CHECK(spam.trackedUsers() == SpamDetector::kMaxUsers);
    // The spammer's record is kept, so the next ad is still a repeat, and so
    // is the latest viewers'; the first viewers, heard least recently, were
    // forgotten, so their hello again is a first word.
    CHECK(say(QStringLiteral("spammer"), ad, at) == QStringLiteral("spam:repeat"));
    CHECK(say(QStringLiteral("v%1").arg(viewers - 1), hello, at) == QStringLiteral("spam:repeat"));
    CHECK(say(QStringLiteral("v0"), hello, at) == QString());
}

TEST_CASE("spam: offences older than the escalation window are dropped, and a later offence starts the count again", "[moderation][spam][escalation][memory]")
{
    Moderator m = moderatorWith([](ModerationRules &r) {
        r.spam.timeoutAfter = 2;
        r.spam.banAfter = 0;
        r.spam.timeoutMs = 1'000;
        r.spam.escalationWindowMs = 60'000;
    });
    const QString spam = QStringLiteral("兼职日结 刷单");
    // Many offenders once each; long after, the sweep has dropped them all and
    // one of them offends twice: the second, not a stale first, times out.
    for (int i = 0; i < 500; ++i)
        CHECK(m.moderate(comment(QStringLiteral("o%1").arg(i), spam), i).verdict == Verdict::Hide);
    CHECK(m.moderate(comment(QStringLiteral("o1"), spam + QStringLiteral("再")), 200'000).verdict == Verdict::Hide);
    CHECK(m.moderate(comment(QStringLiteral("o1"), spam + QStringLiteral("又")), 201'000).verdict == Verdict::Timeout);
}

TEST_CASE("moderator: ended timeouts are forgotten within a minute of comment time, running ones are kept", "[moderation][memory]")
{
    Moderator m = moderatorWith();
    for (int i = 0; i < 500; ++i)
        m.timeout(QStringLiteral("test\x1fgone%1").arg(i), 10'000);
    m.timeout(QStringLiteral("test\x1fstill"), 10 * 60'000);
    CHECK(m.moderate(comment(QStringLiteral("gone1"), QStringLiteral("还在吗")), 5'000).verdict == Verdict::Hide);
    CHECK(m.timeoutUntil(QStringLiteral("test\x1fgone2")) == 10'000);
    // Past the end and past the next sweep: the ended timeouts are gone, the
    // running one stays and still hides its viewer.
    CHECK(m.moderate(comment(QStringLiteral("someone"), QStringLiteral("你好")), 70'000).verdict == Verdict::Allow);
    for (int i = 0; i < 500; ++i)
        CHECK(m.timeoutUntil(QStringLiteral("test\x1fgone%1").arg(i)) == 0);
    CHECK(m.timeoutUntil(QStringLiteral("test\x1fstill")) == 10 * 60'000);
    CHECK(m.moderate(comment(QStringLiteral("still"), QStringLiteral("你好")), 71'000).verdict == Verdict::Hide);
}
