#include "TextNormalizer.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>

namespace shopcast::moderation {

namespace {

void appendUtf8(std::string &out, char32_t c)
{
    char buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t *>(buffer), length, 4, UChar32(c), error);
    if (!error)
        out.append(buffer, size_t(length));
}

bool isLetterOrDigit(UChar32 c)
{
    const int32_t mask = U_GET_GC_MASK(c);
    return (mask & (U_GC_L_MASK | U_GC_N_MASK)) != 0;
}

} // namespace

QJsonObject NormalizerOptions::toJson() const
{
    return {{QStringLiteral("foldCase"), foldCase},
            {QStringLiteral("traditionalToSimplified"), traditionalToSimplified},
            {QStringLiteral("stripSeparators"), stripSeparators},
            {QStringLiteral("foldRepeats"), foldRepeats},
            {QStringLiteral("skeleton"), skeleton},
            {QStringLiteral("pinyin"), pinyin}};
}

NormalizerOptions NormalizerOptions::fromJson(const QJsonObject &json)
{
    NormalizerOptions o;
    o.foldCase = json.value(QStringLiteral("foldCase")).toBool(o.foldCase);
    o.traditionalToSimplified = json.value(QStringLiteral("traditionalToSimplified")).toBool(o.traditionalToSimplified);
    o.stripSeparators = json.value(QStringLiteral("stripSeparators")).toBool(o.stripSeparators);
    o.foldRepeats = json.value(QStringLiteral("foldRepeats")).toBool(o.foldRepeats);
    o.skeleton = json.value(QStringLiteral("skeleton")).toBool(o.skeleton);
    o.pinyin = json.value(QStringLiteral("pinyin")).toBool(o.pinyin);
    return o;
}

TextNormalizer::TextNormalizer(NormalizerOptions options, std::shared_ptr<const HanTables> tables)
    : m_options(options)
    , m_tables(std::move(tables))
{
    UErrorCode status = U_ZERO_ERROR;
    m_spoof = uspoof_open(&status);
    if (U_FAILURE(status))
        m_spoof = nullptr;
}

TextNormalizer::~TextNormalizer()
{
    if (m_spoof)
        uspoof_close(m_spoof);
}

NormalizedText TextNormalizer::normalize(const QString &text) const
{
    NormalizedText out;
    out.codePoints = int(text.size()); // UTF-16 units; close enough for a length rule, exact for the BMP
    QStringView input(text);
    if (input.size() > kMaxChars) {
        input = input.left(kMaxChars);
        out.truncated = true;
    }
    // Read-only alias: no copy of the comment.
    const icu::UnicodeString source(false, reinterpret_cast<const UChar *>(input.utf16()), int32_t(input.size()));
    icu::UnicodeString plain;
    if (m_options.foldCase) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_SUCCESS(status))
            plain = nfkcCf->normalize(source, status);
        if (U_FAILURE(status))
            plain = source;
    } else {
        plain = source;
    }
    plain.toUTF8String(out.plain);

    bool onlyAsciiOrHan = true;
    bool anyHan = false;
    char32_t previous = 0;
    for (int32_t i = 0; i < plain.length();) {
        UChar32 c = plain.char32At(i);
        i += U16_LENGTH(c);
        if (m_options.stripSeparators && !isLetterOrDigit(c))
            continue;
        if (m_options.traditionalToSimplified)
            c = UChar32(m_tables->simplified(char32_t(c)));
        if (m_options.foldRepeats && char32_t(c) == previous)
            continue;
        previous = char32_t(c);
        const bool han = m_tables->contains(char32_t(c));
        anyHan |= han;
        onlyAsciiOrHan &= han || c < 0x80;
        appendUtf8(out.folded, char32_t(c));
    }
    if (m_options.skeleton && !onlyAsciiOrHan)
        out.skeleton = skeletonOf(out.folded);
    if (m_options.pinyin && anyHan)
        out.pinyin = pinyinKey(out.folded, &out.pinyinCharIndex, &out.chars);
    return out;
}

std::string TextNormalizer::skeletonOf(const std::string &folded) const
{
    if (!m_spoof)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString skeleton;
    uspoof_getSkeletonUnicodeString(m_spoof, 0, icu::UnicodeString::fromUTF8(folded), skeleton, &status);
    if (U_FAILURE(status))
        return {};
    std::string out;
    skeleton.toUTF8String(out);
    return out;
}

std::string TextNormalizer::pinyinKey(const std::string &folded, std::vector<int> *charIndex, std::u32string *chars) const
{
    // Every Han character becomes "|syllable"; a run of them is closed with
    // "|", so a term's key only matches whole syllables: |wei|xin| is in
    // |wei|xin|hao| (威信号) but not in |wei|xiao| (微笑).
    std::string key;
    bool inHan = false;
    int index = 0;
    auto mark = [&] {
        if (charIndex) {
            charIndex->resize(key.size() + 1, -1);
            charIndex->back() = index;
        }
    };
    const auto *bytes = reinterpret_cast<const uint8_t *>(folded.data());
    const int32_t length = int32_t(folded.size());
    for (int32_t i = 0; i < length; ++index) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (chars)
            chars->push_back(c >= 0 ? char32_t(c) : U'\uFFFD');
        const std::string &syllable = c >= 0 ? m_tables->pinyin(char32_t(c)) : std::string();
        if (!syllable.empty()) {
            mark();
            key += '|';
            key += syllable;
            inHan = true;
            continue;
        }
        if (inHan)
            key += '|';
        inHan = false;
        if (c >= 0 && c < 0x80) {
            mark();
            key += char(c);
        }
    }
    if (inHan)
        key += '|';
    if (charIndex)
        charIndex->resize(key.size() + 1, -1);
    return key;
}

} // namespace shopcast::moderation
