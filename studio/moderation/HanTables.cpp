#include "HanTables.hpp"

#include <opencc/opencc.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <mutex>
#include <unordered_map>

namespace shopcast::moderation {

std::shared_ptr<const HanTables> HanTables::standard()
{
    static std::once_flag once;
    static std::shared_ptr<const HanTables> tables;
    std::call_once(once, [] {
        QString error;
        std::shared_ptr<HanTables> built = build(&error);
        if (!built) {
            qWarning("moderation: %s", qPrintable(error));
            built = std::make_shared<HanTables>(); // no conversions: the other steps still work
            built->m_simplified.assign(kLast - kFirst + 1, 0);
            built->m_pinyinIndex.assign(kLast - kFirst + 1, 0);
            built->m_syllables = {std::string()};
        }
        tables = std::move(built);
    });
    return tables;
}

std::unique_ptr<HanTables> HanTables::build(QString *error)
{
    auto t = std::make_unique<HanTables>();
    const size_t size = kLast - kFirst + 1;
    t->m_simplified.assign(size, 0);
    t->m_pinyinIndex.assign(size, 0);
    t->m_syllables = {std::string()};

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> toPinyin(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !toPinyin) {
        *error = QStringLiteral("ICU has no Han-Latin transliterator (%1)").arg(QString::fromLatin1(u_errorName(status)));
        return nullptr;
    }
    opencc_t t2s = opencc_open("t2s.json");
    t->m_hasOpenCC = t2s != reinterpret_cast<opencc_t>(-1);

    std::unordered_map<std::string, quint16> syllableIndex;
    for (char32_t c = kFirst; c <= kLast; ++c) {
        const size_t i = c - kFirst;
        icu::UnicodeString one{UChar32(c)};
        std::string utf8;
        one.toUTF8String(utf8);
        if (t->m_hasOpenCC) {
            if (char *converted = opencc_convert_utf8(t2s, utf8.data(), utf8.size())) {
                const icu::UnicodeString simple = icu::UnicodeString::fromUTF8(converted);
                opencc_convert_utf8_free(converted);
                if (simple.countChar32() == 1 && simple.char32At(0) != UChar32(c))
                    t->m_simplified[i] = char32_t(simple.char32At(0));
            }
        }
        icu::UnicodeString latin{UChar32(c)};
        toPinyin->transliterate(latin);
        std::string syllable;
        latin.toUTF8String(syllable);
        // A character ICU has no reading for comes back unchanged.
        if (syllable.empty() || static_cast<unsigned char>(syllable[0]) >= 0x80)
            continue;
        for (char &ch : syllable)
            ch = char(std::tolower(static_cast<unsigned char>(ch)));
        auto [it, added] = syllableIndex.try_emplace(syllable, quint16(t->m_syllables.size()));
        if (added)
            t->m_syllables.push_back(syllable);
        t->m_pinyinIndex[i] = it->second;
    }
    if (t->m_hasOpenCC)
        opencc_close(t2s);
    else
        *error = QStringLiteral("OpenCC's t2s.json was not found: Traditional characters are not folded");
    return t;
}

char32_t HanTables::simplified(char32_t c) const
{
    if (!contains(c))
        return c;
    const char32_t s = m_simplified[c - kFirst];
    return s ? s : c;
}

const std::string &HanTables::pinyin(char32_t c) const
{
    if (!contains(c))
        return m_syllables.front();
    return m_syllables[m_pinyinIndex[c - kFirst]];
}

} // namespace shopcast::moderation
