#include "CsvReader.hpp"

#include "CsvCursor.hpp"
#include "SpreadsheetText.hpp"

namespace shopcast::catalog {

std::optional<QString> CsvReader::decode(const QByteArray &bytes, QString *encoding, QString *error)
{
    SpreadsheetText text(bytes);
    QString all = text.readAll();
    if (!text.error().isEmpty()) {
        *error = text.error();
        return std::nullopt;
    }
    *encoding = text.encoding();
    return all;
}

CsvReader::Result CsvReader::read(const QByteArray &bytes)
{
    Result result;
    auto text = decode(bytes, &result.encoding, &result.error);
    if (!text)
        return result;
    CsvCursor cursor(std::move(*text));
    result.delimiter = cursor.delimiter();
    Record record;
    while (cursor.next(&record))
        result.records.append(record);
    result.error = cursor.error();
    return result;
}

} // namespace shopcast::catalog
