#include "QuestionDetector.hpp"

#include <hs/hs.h>

#include <string>
#include <vector>

namespace shopcast::moderation {

QStringList QuestionDetector::defaultKeywords()
{
    return {QStringLiteral("多少钱"),   QStringLiteral("价格"),         QStringLiteral("怎么买"),   QStringLiteral("怎么拍"),     QStringLiteral("怎么下单"),
            QStringLiteral("在哪买"),   QStringLiteral("链接"),         QStringLiteral("几号链接"), QStringLiteral("有没有"),     QStringLiteral("还有吗"),
            QStringLiteral("有货吗"),   QStringLiteral("什么时候发货"), QStringLiteral("几天发货"), QStringLiteral("发什么快递"), QStringLiteral("包邮吗"),
            QStringLiteral("尺码"),     QStringLiteral("什么码"),       QStringLiteral("多大"),     QStringLiteral("能不能"),     QStringLiteral("可以吗"),
            QStringLiteral("能退"),     QStringLiteral("保质期"),       QStringLiteral("how much"), QStringLiteral("price"),      QStringLiteral("what size"),
            QStringLiteral("shipping"), QStringLiteral("in stock")};
}

QuestionDetector::QuestionDetector(const QStringList &keywords, const TextNormalizer &normalizer)
    : m_keywords(keywords)
{
    std::vector<std::string> folded;
    for (const QString &k : keywords) {
        std::string f = normalizer.fold(k);
        if (!f.empty())
            folded.push_back(std::move(f));
    }
    if (folded.empty())
        return;
    std::vector<const char *> pointers;
    std::vector<size_t> lengths;
    std::vector<unsigned> flags(folded.size(), HS_FLAG_SINGLEMATCH);
    std::vector<unsigned> ids(folded.size(), 0);
    for (const std::string &f : folded) {
        pointers.push_back(f.data());
        lengths.push_back(f.size());
    }
    hs_compile_error_t *error = nullptr;
    if (hs_compile_lit_multi(pointers.data(), flags.data(), ids.data(), lengths.data(), unsigned(folded.size()), HS_MODE_BLOCK, nullptr, &m_db, &error)
        != HS_SUCCESS) {
        hs_free_compile_error(error);
        m_db = nullptr;
        return;
    }
    if (hs_alloc_scratch(m_db, &m_scratch) != HS_SUCCESS)
        m_scratch = nullptr;
}

QuestionDetector::~QuestionDetector()
{
    if (m_scratch)
        hs_free_scratch(m_scratch);
    if (m_db)
        hs_free_database(m_db);
}

bool QuestionDetector::isQuestion(const NormalizedText &text) const
{
    // NFKC has already turned the full-width ？ into ?.
    if (text.plain.find('?') != std::string::npos)
        return true;
    // A yes/no question in Chinese ends with 吗 (or 呢) and needs no mark: 包邮吗, 有货吗.
    for (const char *particle : {"吗", "呢"})
        if (text.folded.size() > 3 && text.folded.compare(text.folded.size() - 3, 3, particle) == 0)
            return true;
    if (!m_db || !m_scratch || text.folded.empty())
        return false;
    bool found = false;
    hs_scan(
        m_db, text.folded.data(), unsigned(text.folded.size()), 0, m_scratch,
        [](unsigned, unsigned long long, unsigned long long, unsigned, void *context) {
            *static_cast<bool *>(context) = true;
            return 1; // one is enough
        },
        &found);
    return found;
}

} // namespace shopcast::moderation
