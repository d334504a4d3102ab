#include "CsvCursor.hpp"

namespace shopcast::catalog {

CsvCursor::CsvCursor(QString text)
    : m_text(std::move(text))
{
    const qsizetype firstEnd = m_text.indexOf(QLatin1Char('\n'));
    const QStringView firstLine = QStringView(m_text).left(firstEnd < 0 ? m_text.size() : firstEnd);
    m_delimiter = firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(',')) ? QLatin1Char('\t') : QLatin1Char(',');
}

bool CsvCursor::next(CsvReader::Record *record)
{
    // Plain characters are not copied one by one: a run of them is noted by
    // where it starts and becomes the field in one piece (most fields), or
    // is appended to m_field when a quote or CR splits the field.
    const QChar *text = m_text.constData();
    const qsizetype size = m_text.size();
    const char16_t delimiter = m_delimiter.unicode();
    qsizetype run = -1;
    bool inQuotes = false;
    bool quoted = false;
    const auto flush = [&](qsizetype end) {
        if (run >= 0)
            m_field.append(text + run, end - run);
        run = -1;
    };
    const auto endField = [&](qsizetype end) {
        if (m_field.isEmpty() && run >= 0) {
            const QStringView piece(text + run, end - run);
            record->fields.append(quoted ? piece.toString() : piece.trimmed().toString());
        } else {
            flush(end);
            record->fields.append(quoted ? m_field : m_field.trimmed());
            m_field.clear();
        }
        run = -1;
        quoted = false;
    };
    const auto blank = [&] { return record->fields.size() == 1 && record->fields.constFirst().isEmpty(); };
    record->fields.clear();
    record->line = m_line;
    m_field.clear();
    while (m_pos < size) {
        const char16_t c = text[m_pos].unicode();
        if (inQuotes) {
            if (c == u'"') {
                flush(m_pos);
                if (m_pos + 1 < size && text[m_pos + 1] == u'"') {
                    m_field.append(QLatin1Char('"'));
                    ++m_pos;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                if (run < 0)
                    run = m_pos;
            }
            ++m_pos;
            continue;
        }
        if (c == u'"' && m_field.trimmed().isEmpty() && (run < 0 || QStringView(text + run, m_pos - run).trimmed().isEmpty())) {
            m_field.clear();
            run = -1;
            inQuotes = quoted = true;
        } else if (c == delimiter) {
            endField(m_pos);
        } else if (c == u'\r') {
            flush(m_pos);
        } else if (c == u'\n') {
            endField(m_pos);
            ++m_pos;
            ++m_line;
            if (!blank())
                return true;
            record->fields.clear();
            record->line = m_line;
            continue;
        } else if (run < 0) {
            run = m_pos;
        }
        ++m_pos;
    }
    if (inQuotes) {
        m_error = CsvReader::tr("line %1: a quoted field is never closed").arg(record->line);
        return false;
    }
    if (!m_field.isEmpty() || run >= 0 || !record->fields.isEmpty() || quoted) {
        endField(size);
        return !blank();
    }
    return false;
}

} // namespace shopcast::catalog
