#pragma once

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace shopcast::moderation {

// Per-character lookups for Chinese characters, made once from the libraries
// that know them: OpenCC's t2s conversion (Traditional → Simplified) and
// ICU's "Han-Latin; Latin-ASCII" transliterator (toneless pinyin, the key
// that makes homophone swaps like 薇信/威信 match 微信). Building them takes a
// fraction of a second; a lookup is an array index, which keeps moderation at
// hundreds of thousands of comments a second. Immutable once built, so any
// number of threads share one.
class HanTables
{
public:
    static constexpr char32_t kFirst = 0x3400; // CJK Extension A ...
    static constexpr char32_t kLast = 0x9FFF;  // ... to the end of the unified block

    // Built on first use and shared (the data never changes).
    static std::shared_ptr<const HanTables> standard();
    static std::unique_ptr<HanTables> build(QString *error);

    bool contains(char32_t c) const { return c >= kFirst && c <= kLast; }
    char32_t simplified(char32_t c) const;
    // Toneless pinyin ("wei"), or empty for a character without a reading.
    const std::string &pinyin(char32_t c) const;
    bool hasOpenCC() const { return m_hasOpenCC; }

private:
    std::vector<char32_t> m_simplified; // 0: unchanged
    std::vector<quint16> m_pinyinIndex; // into m_syllables; 0 = none
    std::vector<std::string> m_syllables;
    bool m_hasOpenCC = false;
};

} // namespace shopcast::moderation
