#pragma once

#include "HanTables.hpp"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <string>
#include <vector>

struct USpoofChecker;

namespace shopcast::moderation {

// Which evasions the normaliser undoes; each can be switched off.
struct NormalizerOptions
{
    bool foldCase = true;                // NFKC + case fold: ｖｘ→vx, Ⓥ→v, zero-width and other invisibles gone
    bool traditionalToSimplified = true; // 微信號 → 微信号 (OpenCC t2s)
    bool stripSeparators = true;         // 加 微-信, 加·微·信 → 加微信 (only letters and digits are kept)
    bool foldRepeats = true;             // 加加微微信 → 加微信
    bool skeleton = true;                // Unicode TR39 confusables: Cyrillic х → x
    bool pinyin = true;                  // toneless pinyin key: 薇信, 威信 → |wei|xin|

    QJsonObject toJson() const;
    static NormalizerOptions fromJson(const QJsonObject &json);
    friend bool operator==(const NormalizerOptions &, const NormalizerOptions &) = default;
};

// The forms of one text that rules match against, all UTF-8.
struct NormalizedText
{
    std::string plain;    // NFKC + case fold only: links, phone numbers, regex rules, questions
    std::string folded;   // plain, simplified, letters and digits only, repeats folded: terms
    std::string skeleton; // TR39 skeleton of folded; empty when it cannot differ (ASCII and Han only)
    std::string pinyin;   // "|wei|xin|" for the Han characters of folded; empty without any
    std::u32string chars; // folded as code points (filled with pinyin)
    // For each byte of pinyin where a character's part starts ("|wei" or an
    // ASCII letter), that character's index in chars; -1 elsewhere.
    std::vector<int> pinyinCharIndex;
    int codePoints = 0;     // of the original text
    bool truncated = false; // only the first kMaxChars were normalised
};

// Turns a comment (or a blocked term: terms go through the same steps, so
// both sides agree) into the forms above. Uses ICU (NFKC case fold, uspoof
// skeletons) and the Han tables (OpenCC t2s, ICU pinyin); no hand-made tables.
// Not thread-safe: one per thread.
class TextNormalizer
{
public:
    // Longer texts are cut before normalising: a 1 MB comment costs what a
    // 4,000-character one does (and the length rule catches it anyway).
    static constexpr int kMaxChars = 4000;

    explicit TextNormalizer(NormalizerOptions options = {}, std::shared_ptr<const HanTables> tables = HanTables::standard());
    ~TextNormalizer();
    TextNormalizer(const TextNormalizer &) = delete;
    TextNormalizer &operator=(const TextNormalizer &) = delete;

    const NormalizerOptions &options() const { return m_options; }
    NormalizedText normalize(const QString &text) const;
    // The folded form of a term; for wildcard terms each literal piece.
    std::string fold(const QString &text) const { return normalize(text).folded; }
    std::string pinyinKey(const std::string &folded, std::vector<int> *charIndex = nullptr, std::u32string *chars = nullptr) const;
    std::string skeletonOf(const std::string &folded) const;

private:
    NormalizerOptions m_options;
    std::shared_ptr<const HanTables> m_tables;
    USpoofChecker *m_spoof = nullptr;
};

} // namespace shopcast::moderation
