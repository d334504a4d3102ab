#include "CsvCursor.hpp"

namespace shopcast::catalog {

CsvCursor::CsvCursor(QString text, More more)
    : m_text(std::move(text))
    , m_more(std::move(more))
    , m_exhausted(!m_more)
{
    // The first line decides the delimiter: it is read whole first.
    while (!m_exhausted && !m_text.contains(QLatin1Char('\n'))) {
        const QString piece = m_more();
        m_exhausted = piece.isEmpty();
        m_text += piece;
    }
    const qsizetype firstEnd = m_text.indexOf(QLatin1Char('\n'));
    const QStringView firstLine = QStringView(m_text).left(firstEnd < 0 ? m_text.size() : firstEnd);
    m_delimiter = firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(',')) ? QLatin1Char('\t') : QLatin1Char(',');
}

bool CsvCursor::next(CsvReader::Record *record)
{
    for (;;) {
        const qsizetype start = m_pos;
        const int line = m_line;
        switch (scan(record)) {
        case Scan::Record: return true;
        case Scan::Blank: continue;
        case Scan::End: return false;
        case Scan::NeedMore:
            // The text ended inside a record: with the next piece (or
            // knowing there is none), the record is read again from its start.
            if (const QString piece = m_more(); piece.isEmpty()) {
                m_exhausted = true;
                m_pos = start;
            } else {
                m_text.remove(0, start);
                m_text += piece;
                m_pos = 0;
            }
            m_line = line;
            continue;
        }
    }
}

CsvCursor::Scan CsvCursor::scan(CsvReader::Record *record)
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
            return blank() ? Scan::Blank : Scan::Record;
        } else if (run < 0) {
            run = m_pos;
        }
        ++m_pos;
    }
    if (!m_exhausted)
        return Scan::NeedMore;
    if (inQuotes) {
        m_error = CsvReader::tr("line %1: a quoted field is never closed").arg(record->line);
        return Scan::End;
    }
    if (!m_field.isEmpty() || run >= 0 || !record->fields.isEmpty() || quoted) {
        endField(size);
        return blank() ? Scan::End : Scan::Record;
    }
    return Scan::End;
}

} // namespace shopcast::catalog
