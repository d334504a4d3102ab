// The normaliser undoes each class of evasion, and leaves ordinary shop talk alone.
#include "CatchQt.hpp"

#include "moderation/TextNormalizer.hpp"

using namespace shopcast::moderation;

namespace {
std::string folded(const TextNormalizer &n, const QString &text)
{
    return n.normalize(text).folded;
}
bool contains(const std::string &haystack, const char *needle)
{
    return haystack.find(needle) != std::string::npos;
}
} // namespace

TEST_CASE("normaliser: every evasion class folds to the plain term", "[moderation][normalizer]")
{
    const TextNormalizer n;
    const std::string target = folded(n, QStringLiteral("加微信"));
    CHECK(target == "加微信");
    // separators and noise between characters
    for (const char *s : {"加 微 信", "加 微-信", "加·微·信", "加_微*信", "加\t微\n信", "加。微，信", "加🙂微🙂信"})
        CHECK(folded(n, QString::fromUtf8(s)) == target);
    // zero-width and other invisible characters
    CHECK(folded(n, QStringLiteral("加微\u200b信")) == target);
    CHECK(folded(n, QStringLiteral("加\u2060微\ufeff信")) == target);
    // full-width and styled letters, case
    CHECK(folded(n, QStringLiteral("ＶＸ")) == "vx");
    CHECK(folded(n, QStringLiteral("VX")) == "vx");
    CHECK(folded(n, QStringLiteral("ⓥⓧ")) == "vx");
    CHECK(folded(n, QStringLiteral("𝐯𝐱")) == "vx");
    // Traditional → Simplified
    CHECK(folded(n, QStringLiteral("微信號")) == folded(n, QStringLiteral("微信号")));
    CHECK(folded(n, QStringLiteral("加微信，購買")) == folded(n, QStringLiteral("加微信购买")));
    // repeats
    CHECK(folded(n, QStringLiteral("加加加微微信信信")) == target);
    CHECK(folded(n, QStringLiteral("vvvxxx")) == "vx");
}

TEST_CASE("normaliser: look-alike letters share a skeleton, homophones share a pinyin key", "[moderation][normalizer]")
{
    const TextNormalizer n;
    // Cyrillic х and е in "vх" / "wеchat": only the skeleton shows them for what they are.
    const NormalizedText cyrillic = n.normalize(QStringLiteral("v\u0445"));
    CHECK(cyrillic.folded != "vx");
    CHECK(cyrillic.skeleton == n.skeletonOf("vx"));
    CHECK(n.normalize(QStringLiteral("w\u0435chat")).skeleton == n.skeletonOf("wechat"));
    // Plain ASCII and Han text: no skeleton work at all.
    CHECK(n.normalize(QStringLiteral("加微信 vx")).skeleton.empty());

    const std::string key = n.pinyinKey(n.fold(QStringLiteral("微信")));
    CHECK(key == "|wei|xin|");
    CHECK(contains(n.normalize(QStringLiteral("薇信")).pinyin, key.c_str()));
    CHECK(contains(n.normalize(QStringLiteral("威信号")).pinyin, key.c_str()));
    CHECK(contains(n.normalize(QStringLiteral("加为新")).pinyin, key.c_str()));
    // Whole syllables only: 微笑 (wei xiao) and 威海 (wei hai) do not contain |wei|xin|.
    CHECK_FALSE(contains(n.normalize(QStringLiteral("微笑")).pinyin, key.c_str()));
    CHECK_FALSE(contains(n.normalize(QStringLiteral("威海发货吗")).pinyin, key.c_str()));
    CHECK_FALSE(contains(n.normalize(QStringLiteral("信用卡")).pinyin, key.c_str()));
}

TEST_CASE("normaliser: each step can be switched off", "[moderation][normalizer]")
{
    NormalizerOptions off;
    off.foldCase = off.traditionalToSimplified = off.stripSeparators = off.foldRepeats = off.skeleton = off.pinyin = false;
    const TextNormalizer n(off);
    const NormalizedText t = n.normalize(QStringLiteral("加 微 信號 ＶＸ v\u0445"));
    CHECK(contains(t.folded, "加 微 信號"));
    CHECK(contains(t.folded, "ＶＸ"));
    CHECK(t.skeleton.empty());
    CHECK(t.pinyin.empty());
    CHECK(NormalizerOptions::fromJson(off.toJson()) == off);
}

TEST_CASE("normaliser: hostile input gives a result, never a hang", "[moderation][normalizer][bad-input]")
{
    const TextNormalizer n;
    CHECK(n.normalize(QString()).folded.empty());
    CHECK(n.normalize(QStringLiteral("\u0301\u0301\u0301\u0308")).folded.empty());           // only combining marks
    CHECK(n.normalize(QStringLiteral("\u202e\u202d加\u2066微\u2069信")).folded == "加微信"); // bidi overrides
    const QByteArray invalid("\xff\xfe\xc3\x28 ok", 7);
    CHECK(n.normalize(QString::fromUtf8(invalid)).folded == "ok"); // replacement characters are no letters
    const NormalizedText huge = n.normalize(QString(1'000'000, QLatin1Char('a')));
    CHECK(huge.truncated);
    CHECK(huge.codePoints == 1'000'000);
    CHECK(huge.folded == "a");
    const NormalizedText lone = n.normalize(QString(QChar(0xd800))); // a lone surrogate
    CHECK(lone.folded.empty());
}
