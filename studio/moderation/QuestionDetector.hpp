#pragma once

#include "TextNormalizer.hpp"

#include <QStringList>

#include <memory>

struct hs_database;
struct hs_scratch;

namespace shopcast::moderation {

// Finds the buyers' questions in the flood: a question mark (either width), a
// comment ending in the question particle 吗 or 呢, or one of the keywords merchants hear all day (多少钱, 怎么买, 有没有, 什么时候
// 发货, 尺码, 包邮 ...), matched on the folded text so 多 少 钱 and 多少錢 count.
class QuestionDetector
{
public:
    static QStringList defaultKeywords();

    QuestionDetector(const QStringList &keywords, const TextNormalizer &normalizer);
    ~QuestionDetector();
    QuestionDetector(const QuestionDetector &) = delete;
    QuestionDetector &operator=(const QuestionDetector &) = delete;

    // Not thread-safe (one scratch): one detector per moderating thread.
    bool isQuestion(const NormalizedText &text) const;
    const QStringList &keywords() const { return m_keywords; }

private:
    QStringList m_keywords;
    hs_database *m_db = nullptr;
    hs_scratch *m_scratch = nullptr;
};

} // namespace shopcast::moderation
