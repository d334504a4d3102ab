#include "CatchQt.hpp"

#include "catalog/CsvCursor.hpp"
#include "catalog/CsvReader.hpp"
#include "catalog/SpreadsheetText.hpp"

#include <QStringEncoder>

#include <random>

using shopcast::catalog::CsvCursor;
using shopcast::catalog::CsvReader;
using shopcast::catalog::SpreadsheetText;

TEST_CASE("RFC 4180 quoting, quoted newlines and line numbers", "[csv]")
{
    const QByteArray text = "a,b,c\r\n"
                            "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                            "2,\"two\nlines\",z\r\n"
                            "\r\n"
                            "3, padded ,\" kept \"\n";
    const auto r = CsvReader::read(text);
    REQUIRE(r.error.isEmpty());
    CHECK(r.encoding == QStringLiteral("UTF-8"));
    REQUIRE(r.records.size() == 4);
    CHECK(r.records.at(1).fields == QStringList{QStringLiteral("1"), QStringLiteral("x, y"), QStringLiteral("say \"hi\"")});
    CHECK(r.records.at(2).fields.at(1) == QStringLiteral("two\nlines"));
    CHECK(r.records.at(2).line == 3);
    CHECK(r.records.at(3).line == 6); // the blank line is skipped, not renumbered
    CHECK(r.records.at(3).fields.at(1) == QStringLiteral("padded"));
    CHECK(r.records.at(3).fields.at(2) == QStringLiteral(" kept "));
}

TEST_CASE("encodings: UTF-8 BOM, GB18030, UTF-16 tab-separated", "[csv]")
{
    const QString chinese = QStringLiteral("商品编码,商品名称\nSC-1,保温杯\n");
    auto r = CsvReader::read(QByteArray("\xEF\xBB\xBF") + chinese.toUtf8());
    CHECK(r.encoding == QStringLiteral("UTF-8"));
    CHECK(r.records.at(0).fields.at(0) == QStringLiteral("商品编码"));

    // "商品编码" in GB18030 (what Excel on a Chinese Windows saves).
    const QByteArray gb("\xC9\xCC\xC6\xB7\xB1\xE0\xC2\xEB,\xB1\xA3\xCE\xC2\xB1\xAD\n");
    r = CsvReader::read(gb);
    REQUIRE(r.error.isEmpty());
    CHECK(r.encoding == QStringLiteral("GB18030"));
    CHECK(r.records.at(0).fields == QStringList{QStringLiteral("商品编码"), QStringLiteral("保温杯")});

    QByteArray utf16("\xFF\xFE");
    const QString tsv = QStringLiteral("sku\ttitle\nA\t杯子\n");
    utf16.append(reinterpret_cast<const char *>(tsv.utf16()), tsv.size() * 2);
    r = CsvReader::read(utf16);
    CHECK(r.encoding == QStringLiteral("UTF-16"));
    CHECK(r.delimiter == QLatin1Char('\t'));
    CHECK(r.records.at(1).fields == QStringList{QStringLiteral("A"), QStringLiteral("杯子")});
}

TEST_CASE("an unclosed quote is an error naming its line", "[csv]")
{
    const auto r = CsvReader::read("a,b\n1,2\n3,\"never closed\n4,5\n");
    CHECK(r.error.contains(QStringLiteral("line 3")));
}

namespace {

// The reader as first written, one character at a time: the rules the
// faster reader must keep. Each record comes with its first line's number.
QList<QStringList> referenceRecords(const QString &t, QChar delimiter, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        record.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.first().isEmpty()))
            records.append(QStringList{QString::number(recordLine)} + record);
        record.clear();
    };
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
            inQuotes = fieldWasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            recordLine = ++line;
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        *error = QStringLiteral("line %1: a quoted field is never closed").arg(recordLine);
        return records;
    }
    if (!field.isEmpty() || !record.isEmpty() || fieldWasQuoted)
        endRecord();
    return records;
}

// Text made of the characters that steer the rules (quotes, both
// delimiters, CR, LF, spaces) and plain ones.
QString randomText(std::mt19937 &random, int maxLength)
{
    const QString alphabet = QStringLiteral("ab ,\"\"\t\r\n\n中");
    QString text;
    const int length = int(random() % unsigned(maxLength));
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(qsizetype(random() % alphabet.size())));
    return text;
}

} // namespace

TEST_CASE("the reader keeps the one-character-at-a-time rules on random text", "[csv]")
{
    std::mt19937 random(20261204); // seeded: the same 3,000 texts on every run
    for (int round = 0; round < 3000; ++round) {
        const QString text = randomText(random, 40);
        INFO(text.toStdString());
        const auto r = CsvReader::read(text.toUtf8());
        QString expectedError;
        const QList<QStringList> expected = referenceRecords(text, r.delimiter, &expectedError);
        CHECK(r.error == expectedError);
        QList<QStringList> got;
        for (const CsvReader::Record &record : r.records)
            got.append(QStringList{QString::number(record.line)} + record.fields);
        CHECK(got == expected);
    }
}

TEST_CASE("a cursor fed in pieces reads what it reads from the whole text, records cut anywhere", "[csv]")
{
    // Seeded: the same 3,000 texts and cuts on every run.
    std::mt19937 random(4122026);
    for (int round = 0; round < 3000; ++round) {
        const QString text = randomText(random, 60);
        QList<QString> pieces;
        for (qsizetype at = 0; at < text.size();) {
            const qsizetype size = 1 + qsizetype(random() % 12);
            pieces.append(text.mid(at, size));
            at += size;
        }
        INFO(text.toStdString() << " in " << pieces.size() << " pieces");
        const auto records = [](CsvCursor &cursor) {
            QList<QStringList> all;
            CsvReader::Record record;
            while (cursor.next(&record))
                all.append(QStringList{QString::number(record.line)} + record.fields);
            return all;
        };
        CsvCursor whole(text);
        qsizetype given = 1;
        CsvCursor fed(pieces.value(0), [&] { return pieces.value(given++); });
        CHECK(records(fed) == records(whole));
        CHECK(fed.error() == whole.error());
        CHECK(fed.delimiter() == whole.delimiter());
    }
}

TEST_CASE("spreadsheet text: whole lines a piece at a time in UTF-8 and GB18030, an undecodable line found where it is", "[csv]")
{
    QString text;
    for (int i = 0; text.size() < 1'200'000; ++i)
        text += QStringLiteral("%1,保温杯 %1 号,¥129.00\r\n").arg(i);
    const auto piecesOf = [](const QByteArray &bytes, QString *encoding, QString *error) {
        SpreadsheetText decoded(bytes);
        QList<QString> pieces;
        for (QString piece = decoded.next(); !piece.isEmpty(); piece = decoded.next())
            pieces.append(piece);
        *encoding = decoded.encoding();
        *error = decoded.error();
        return pieces;
    };
    QString encoding;
    QString error;
    QStringEncoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    const QByteArray gb = gb18030.encode(text);
    for (const QByteArray &bytes : {text.toUtf8(), QByteArray("\xEF\xBB\xBF") + text.toUtf8(), gb}) {
        const QList<QString> pieces = piecesOf(bytes, &encoding, &error);
        CHECK(error.isEmpty());
        CHECK(encoding == (bytes == gb ? QStringLiteral("GB18030") : QStringLiteral("UTF-8")));
        CHECK(pieces.size() > 1); // over a piece's bytes: more than one
        bool wholeLines = true;
        for (qsizetype i = 0; i + 1 < pieces.size(); ++i)
            wholeLines = wholeLines && pieces.at(i).endsWith(QLatin1Char('\n'));
        CHECK(wholeLines);
        CHECK(pieces.join(QString()) == text);
    }
    // One byte on the last line that is neither UTF-8 nor GB18030: the
    // whole file is tried as GB18030, and the piece holding it fails.
    const QList<QString> pieces = piecesOf(text.toUtf8() + "\xFF\n", &encoding, &error);
    CHECK(encoding == QStringLiteral("GB18030"));
    CHECK(error == QStringLiteral("the file is neither UTF-8 nor GB18030 text"));
    CHECK(CsvReader::read(text.toUtf8() + "\xFF\n").error == error);
}
