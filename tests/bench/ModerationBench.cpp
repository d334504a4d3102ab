// Moderation on one core: 10,000 blocked terms against realistic mixed
// Chinese/English live-commerce comments. Matching alone, the whole pipeline
// (normalise, terms, spam rules, questions), latency per comment, the compiled
// set's memory and rebuild time, and in the same run a naive baseline
// (per-term substring search over the normalised text) with the ratio.
#include "BenchStats.hpp"

#include "moderation/Moderator.hpp"
#include "moderation/TextNormalizer.hpp"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QSysInfo>
#include <QThread>

#include <chrono>
#include <map>
#include <cstdio>

using namespace shopcast;
using namespace shopcast::moderation;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

QList<TermRule> makeTerms(QRandomGenerator &random)
{
    // The studio's default list, then merchant terms: 3 to 5 Chinese
    // characters (what a shared blocklist of competitors' shop names, scam
    // phrases and product knock-offs looks like), a fifth with a Latin tag.
    const QStringList latin{QStringLiteral("vx"),   QStringLiteral("wx"),    QStringLiteral("qq"),    QStringLiteral("tb"),    QStringLiteral("dy"),
                            QStringLiteral("free"), QStringLiteral("cheap"), QStringLiteral("click"), QStringLiteral("follow")};
    QList<TermRule> terms = ModerationRules::defaults().terms;
    QSet<QString> seen;
    while (terms.size() < 10'000) {
        QString t;
        const int n = 3 + int(random.bounded(3));
        for (int i = 0; i < n; ++i)
            t += QChar(char16_t(0x4e00 + random.bounded(0x51a5)));
        if (random.bounded(5) == 0)
            t += latin.at(int(random.bounded(int(latin.size()))));
        if (seen.contains(t))
            continue;
        seen.insert(t);
        terms.append(TermRule::fromText(t, random.bounded(10) == 0 ? Verdict::Hold : Verdict::Hide));
    }
    terms.append(TermRule::fromText(QStringLiteral("加*信"), Verdict::Hold));
    terms.append(TermRule::fromText(QStringLiteral("re:\\d{3}-\\d{4}-\\d{4}"), Verdict::Hide));
    return terms;
}

QList<chat::ChatEvent> makeComments(QRandomGenerator &random, int count)
{
    const QStringList talk{
        QStringLiteral("这个多少钱？"),     QStringLiteral("主播好漂亮"),       QStringLiteral("L码有吗，我160斤"),     QStringLiteral("什么时候发货呀"),
        QStringLiteral("已拍，求快点发"),   QStringLiteral("666666"),           QStringLiteral("保温杯能装开水吗"),     QStringLiteral("口红什么色号？显白吗"),
        QStringLiteral("包邮吗亲"),         QStringLiteral("支持七天无理由吗"), QStringLiteral("how much is the cup?"), QStringLiteral("love this 😍😍"),
        QStringLiteral("第一次来，关注了"), QStringLiteral("抽奖什么时候开始"), QStringLiteral("三号链接还有货吗"),     QStringLiteral("买了两个送人"),
        QStringLiteral("主播声音好好听"),   QStringLiteral("微笑着下单了"),     QStringLiteral("威海发货吗"),           QStringLiteral("信用卡可以付款吗")};
    const QStringList evasions{QStringLiteral("加 微 信 领券"), QStringLiteral("ｖｘ：shop888"), QStringLiteral("薇信号私聊"),
                               QStringLiteral("加微\u200b信"),  QStringLiteral("刷单兼职日结"),  QStringLiteral("www.cheap.top 更便宜"),
                               QStringLiteral("138 1234 5678")};
    QList<chat::ChatEvent> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        chat::ChatEvent e;
        e.platform = QStringLiteral("bench");
        e.id = QString::number(i);
        e.userId = QString::number(random.bounded(5000));
        e.userName = QStringLiteral("观众") + e.userId;
        // 5 % evasions and spam, the rest ordinary talk, each made unique.
        const bool evasion = random.bounded(20) == 0;
        e.text = (evasion ? evasions.at(int(random.bounded(int(evasions.size())))) : talk.at(int(random.bounded(int(talk.size()))))) + QStringLiteral(" ")
                 + QString::number(i % 97);
        if (evasion)
            e.extra.insert(QStringLiteral("evasion"), true);
        e.arrivedAtMs = qint64(i) * 2; // 500 comments a second
        out.append(e);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QRandomGenerator random(20261123); // seeded: the same terms and comments every run
    const QList<TermRule> terms = makeTerms(random);
    const QList<chat::ChatEvent> comments = makeComments(random, 200'000);
    ModerationRules rules = ModerationRules::defaults();
    rules.terms = terms;

    std::printf("machine: %s, %s, %d logical cores; one thread\n", qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::currentCpuArchitecture()),
                QThread::idealThreadCount());
    std::printf("terms: %lld (literal, 1 wildcard, 1 regex); comments: %lld (5 %% evasions)\n", static_cast<long long>(terms.size()),
                static_cast<long long>(comments.size()));

    // Rebuild after an edit: compile the whole set.
    std::vector<double> compileMs;
    std::shared_ptr<const CompiledRules> compiled;
    for (int i = 0; i < 5; ++i) {
        const auto start = Clock::now();
        compiled = CompiledRules::compile(rules);
        compileMs.push_back(secondsSince(start) * 1000);
    }
    std::printf("rebuild after an edit: median %.0f ms (first includes building the Han tables once)\n", bench::median(compileMs));
    std::printf("compiled term set: %.2f MiB of vectorscan databases\n", double(compiled->terms->databaseBytes()) / (1024.0 * 1024.0));
    if (!compiled->problems.isEmpty())
        std::printf("problems: %s\n", qPrintable(compiled->problems.join(QStringLiteral("; "))));

    // Matching alone: the comments normalised beforehand.
    const TextNormalizer normalizer(rules.normalizer);
    std::vector<NormalizedText> normalized;
    normalized.reserve(comments.size());
    for (const auto &c : comments)
        normalized.push_back(normalizer.normalize(c.text));
    TermMatcher::Scratch scratch;
    scratch.prepare(*compiled->terms);
    std::vector<double> matchRates;
    int matched = 0;
    for (int run = 0; run < 5; ++run) {
        matched = 0;
        const auto start = Clock::now();
        for (const NormalizedText &n : normalized)
            matched += compiled->terms->match(n, scratch).has_value();
        matchRates.push_back(double(normalized.size()) / secondsSince(start));
    }
    std::map<std::string, int> byForm;
    int talkMatched = 0;
    for (size_t i = 0; i < normalized.size(); ++i)
        if (const auto m = compiled->terms->match(normalized[i], scratch)) {
            ++byForm[m->form];
            talkMatched += comments.at(qsizetype(i)).extra.value(QStringLiteral("evasion")).toBool() ? 0 : 1;
        }
    std::printf("matching alone: median %.0f comments/s (%d of %zu matched a term: ", bench::median(matchRates), matched, normalized.size());
    for (const auto &[form, n] : byForm)
        std::printf("%s %d ", form.c_str(), n);
    std::printf("; %d of them ordinary talk)\n", talkMatched);

    // The whole pipeline, with per-comment latency.
    std::vector<double> pipelineRates;
    std::vector<double> latencyUs;
    int refused = 0;
    for (int run = 0; run < 5; ++run) {
        Moderator moderator(compiled);
        refused = 0;
        latencyUs.clear();
        latencyUs.reserve(comments.size());
        const auto start = Clock::now();
        for (const auto &c : comments) {
            const auto t0 = Clock::now();
            refused += moderator.moderate(c, c.arrivedAtMs).verdict != Verdict::Allow;
            latencyUs.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
        }
        pipelineRates.push_back(double(comments.size()) / secondsSince(start));
    }
    std::printf("whole pipeline: median %.0f comments/s; latency p50 %.2f us, p99 %.2f us, max %.1f us (%d of %lld not allowed)\n",
                bench::median(pipelineRates), bench::percentile(latencyUs, 0.5), bench::percentile(latencyUs, 0.99),
                *std::max_element(latencyUs.begin(), latencyUs.end()), refused, static_cast<long long>(comments.size()));

    // Naive baseline: every term's folded form searched in every folded comment.
    std::vector<std::string> folded;
    for (const TermRule &t : terms)
        if (t.kind == TermRule::Kind::Literal)
            folded.push_back(normalizer.fold(t.pattern));
    const int sample = 5000;
    std::vector<double> naiveRates;
    int naiveMatched = 0;
    for (int run = 0; run < 3; ++run) {
        naiveMatched = 0;
        const auto start = Clock::now();
        for (int i = 0; i < sample; ++i) {
            const std::string &text = normalized[size_t(i)].folded;
            for (const std::string &term : folded)
                if (!term.empty() && text.find(term) != std::string::npos) {
                    ++naiveMatched;
                    break;
                }
        }
        naiveRates.push_back(double(sample) / secondsSince(start));
    }
    int vsMatched = 0;
    for (int i = 0; i < sample; ++i)
        vsMatched += compiled->terms->match(normalized[size_t(i)], scratch).has_value();
    std::printf("naive baseline (per-term find on the folded text, first %d comments): median %.0f comments/s (%d matched; "
                "vectorscan matched %d, also through skeletons, pinyin, wildcard and regex)\n",
                sample, bench::median(naiveRates), naiveMatched, vsMatched);
    std::printf("ratio: matching %.0fx the naive baseline; whole pipeline %.0fx\n", bench::median(matchRates) / bench::median(naiveRates),
                bench::median(pipelineRates) / bench::median(naiveRates));
    return 0;
}
