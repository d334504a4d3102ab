#include "CsvReader.hpp"

#include "CsvCursor.hpp"

#include <QCoreApplication>
#include <QStringDecoder>

namespace shopcast::catalog {

std::optional<QString> CsvReader::decode(const QByteArray &bytes, QString *encoding, QString *error)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes.mid(3));
        if (!utf8.hasError())
            return text;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return utf16.decode(bytes.mid(2));
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError()) {
            *encoding = QStringLiteral("UTF-8");
            return text;
        }
    }
    // Not UTF-8: Chinese Excel writes GB18030 (a superset of GBK and GB2312).
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid()) {
        *error = CsvReader::tr("the file is not UTF-8 and this build cannot read GB18030");
        return std::nullopt;
    }
    QString text = gb.decode(bytes);
    if (gb.hasError()) {
        *error = CsvReader::tr("the file is neither UTF-8 nor GB18030 text");
        return std::nullopt;
    }
    *encoding = QStringLiteral("GB18030");
    return text;
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
