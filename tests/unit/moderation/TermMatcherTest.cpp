// Blocked terms: thousands of them in one scan, wildcards and regexes, each
// action, and the false positives that cost sales.
#include "CatchQt.hpp"

#include "moderation/TermMatcher.hpp"

#include <QRandomGenerator>

using namespace shopcast::moderation;

namespace {

struct Matcher
{
    TextNormalizer normalizer;
    QStringList errors; // before the matcher: compiling fills it
    std::shared_ptr<const TermMatcher> matcher;
    TermMatcher::Scratch scratch;

    explicit Matcher(const QList<TermRule> &rules)
        : matcher(TermMatcher::compile(rules, normalizer, &errors))
    {
        REQUIRE(scratch.prepare(*matcher));
    }
    std::optional<TermMatcher::Match> match(const QString &text) { return matcher->match(normalizer.normalize(text), scratch); }
};

} // namespace

TEST_CASE("terms: 微信 catches its evasions and leaves shop talk alone", "[moderation][terms]")
{
    Matcher m({TermRule::fromText(QStringLiteral("微信"), Verdict::Hide), TermRule::fromText(QStringLiteral("vx"), Verdict::Hold)});
    INFO(m.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(m.errors.isEmpty());
    for (const char *evasion : {"加微信", "加 微 信", "加微\u200b信", "薇信", "威信", "微信號", "加·微·信", "加微微信信"}) {
        INFO(evasion);
        const auto hit = m.match(QString::fromUtf8(evasion));
        REQUIRE(hit);
        CHECK(hit->ruleId == QStringLiteral("term:微信"));
    }
    CHECK(m.match(QStringLiteral("ｖｘ"))->ruleId == QStringLiteral("term:vx"));
    CHECK(m.match(QStringLiteral("v\u0445"))->form == std::string("skeleton")); // Cyrillic х
    CHECK(m.match(QStringLiteral("薇信"))->form == std::string("pinyin"));
    for (const char *fine : {"微笑", "信用卡", "威海发货吗", "微波炉好用吗", "相信我", "这个多少钱？", "vivo手机能用吗"}) {
        INFO(fine);
        CHECK_FALSE(m.match(QString::fromUtf8(fine)));
    }
}

TEST_CASE("terms: 10,000 terms in one database, the most severe rule wins", "[moderation][terms]")
{
    QList<TermRule> rules;
    QRandomGenerator random(42); // a fixed seed: the same terms every run
    for (int i = 0; i < 10'000; ++i) {
        QString term;
        for (int c = 0; c < 3 + int(random.bounded(3)); ++c)
            term += QChar(char16_t(0x4e00 + random.bounded(0x5000)));
        term += QString::number(i); // unique
        rules.append(TermRule::fromText(term, Verdict::Hide));
    }
    rules.append(TermRule::fromText(QStringLiteral("代刷"), Verdict::Hold));
    rules.append(TermRule::fromText(QStringLiteral("刷单"), Verdict::Ban));
    rules.append(TermRule::fromText(QStringLiteral("骗子"), Verdict::Timeout));
    Matcher m(rules);
    REQUIRE(m.errors.isEmpty());
    CHECK(m.matcher->databaseBytes() > 0);
    CHECK(m.match(QStringLiteral("前缀") + rules.at(1234).pattern + QStringLiteral("后缀"))->rule == 1234);
    CHECK(m.match(rules.at(9999).pattern)->rule == 9999);
    // Several rules match: ban > timeout > hide > hold.
    const auto both = m.match(QStringLiteral("代刷 刷单 骗子"));
    REQUIRE(both);
    CHECK(both->action == Verdict::Ban);
    CHECK(both->ruleId == QStringLiteral("term:刷单"));
    CHECK(m.match(QStringLiteral("代刷"))->action == Verdict::Hold);
    CHECK(m.match(QStringLiteral("骗子"))->action == Verdict::Timeout);
    CHECK_FALSE(m.match(QStringLiteral("今天的直播真好看")));
}

TEST_CASE("terms: wildcards and regular expressions, broken rules are named and left out", "[moderation][terms]")
{
    Matcher m({TermRule::fromText(QStringLiteral("加*信"), Verdict::Hold), TermRule::fromText(QStringLiteral("淘?店"), Verdict::Hide),
               TermRule::fromText(QStringLiteral("re:\\d{3}-\\d{4}"), Verdict::Hide), TermRule::fromText(QStringLiteral("re:(unclosed"), Verdict::Hide),
               TermRule::fromText(QStringLiteral("re:a*"), Verdict::Hide), TermRule::fromText(QStringLiteral("***"), Verdict::Hide),
               TermRule::fromText(QStringLiteral("!!!"), Verdict::Hide)});
    REQUIRE(m.errors.size() == 4);
    CHECK(m.errors.join(QLatin1Char('\n')).contains(QStringLiteral("(unclosed")));
    CHECK(m.errors.join(QLatin1Char('\n')).contains(QStringLiteral("empty text")));
    CHECK(m.errors.join(QLatin1Char('\n')).contains(QStringLiteral("match everything")));
    CHECK(m.errors.join(QLatin1Char('\n')).contains(QStringLiteral("no letters or digits")));
    CHECK(m.match(QStringLiteral("加我的微信"))->ruleId == QStringLiteral("term:加*信"));
    CHECK(m.match(QStringLiteral("加信")));                           // * is zero or more
    CHECK_FALSE(m.match(QStringLiteral("加一二三四五六七八九十信"))); // but at most 8
    CHECK(m.match(QStringLiteral("去淘宝店看看"))->ruleId == QStringLiteral("term:淘?店"));
    CHECK_FALSE(m.match(QStringLiteral("淘店")));
    CHECK(m.match(QStringLiteral("call 555-1234"))->ruleId == QStringLiteral("regex:\\d{3}-\\d{4}"));
    CHECK(m.match(QStringLiteral("call ５５５-１２３４"))); // regexes see the NFKC text
}

TEST_CASE("term lists: text and CSV, every bad line reported, good lines kept", "[moderation][terms]")
{
    QStringList errors;
    const auto text = TermList::parse("# comment\n加微信\n\n vx \nre:\\d{11}\n", false, Verdict::Hide, &errors);
    CHECK(errors.isEmpty());
    REQUIRE(text.size() == 3);
    CHECK(text.at(1).pattern == QStringLiteral("vx"));
    CHECK(text.at(2).kind == TermRule::Kind::Regex);
    const auto csv = TermList::parse("\xEF\xBB\xBFterm,action\n加微信,hold\n\"a,b\",ban\nbad,explode\n\xff\xfe,hide\n", true, Verdict::Hide, &errors);
    REQUIRE(csv.size() == 2);
    CHECK(csv.at(0).action == Verdict::Hold);
    CHECK(csv.at(1).pattern == QStringLiteral("a,b"));
    CHECK(csv.at(1).action == Verdict::Ban);
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).startsWith(QStringLiteral("line 4:")));
    CHECK(errors.at(1).startsWith(QStringLiteral("line 5: not UTF-8")));
    errors.clear();
    const auto roundTrip = TermList::parse(TermList::toCsv(csv), true, Verdict::Hide, &errors);
    CHECK(errors.isEmpty());
    CHECK(roundTrip == csv);
}
