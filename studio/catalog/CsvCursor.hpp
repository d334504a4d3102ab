#pragma once

#include "CsvReader.hpp"

#include <QString>

#include <functional>

namespace shopcast::catalog {

// CSV records one at a time from decoded text (CsvReader's rules: RFC 4180
// quotes, quoted newlines, CR ignored, unquoted fields trimmed, blank lines
// skipped), so a caller turns each record into its own value and lets it go.
// A 200,000-line order export held as records before any order was made cost
// a quarter of a gigabyte and most of its reading time (BENCHMARKS.md, sales).
class CsvCursor
{
public:
    // More text after `text`, a piece at a time (empty: no more), so the
    // first records are read before the rest of a file is decoded. A piece
    // may end inside a record: the record is read again with the next one.
    using More = std::function<QString()>;

    // The delimiter: a tab when the first line has tabs and no comma.
    explicit CsvCursor(QString text, More more = {});
    QChar delimiter() const { return m_delimiter; }
    // The next non-blank record into *record (its buffers reused); false at
    // the end of the text, or on an error (then error() says where).
    bool next(CsvReader::Record *record);
    QString error() const { return m_error; }

private:
    enum class Scan { Record, Blank, NeedMore, End };
    Scan scan(CsvReader::Record *record);

    QString m_text;
    More m_more;
    bool m_exhausted = false; // m_more gave its last piece
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_field; // a field made of pieces (quotes, doubled quotes, CRs)
    QString m_error;
};

} // namespace shopcast::catalog
