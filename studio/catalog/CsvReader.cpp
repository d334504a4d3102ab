#include "CsvReader.hpp"

#include <QCoreApplication>
#include <QStringDecoder>

namespace shopcast::catalog {

namespace {} // namespace

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
    const auto text = decode(bytes, &result.encoding, &result.error);
    if (!text)
        return result;

    const qsizetype firstEnd = text->indexOf(QLatin1Char('\n'));
    const QString firstLine = text->left(firstEnd < 0 ? text->size() : firstEnd);
    result.delimiter = (firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(','))) ? QLatin1Char('\t') : QLatin1Char(',');
    const QChar delimiter = result.delimiter;

    Record record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    record.line = 1;
    auto endField = [&] {
        record.fields.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            result.records.append(record);
        record = Record{};
    };
    const QString &t = *text;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < t.size() && t.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            record.line = ++line;
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        result.error = CsvReader::tr("line %1: a quoted field is never closed").arg(record.line);
        return result;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return result;
}

} // namespace shopcast::catalog
