#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::catalog {

// Reads the CSV that merchants' spreadsheets export: UTF-8 with or without
// BOM, GB18030 (Excel on a Chinese Windows), UTF-16 with BOM ("Unicode text",
// tab-separated), RFC 4180 quoting with quoted newlines, CRLF or LF. Each
// record keeps the line it started on, for error messages.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };
    struct Result
    {
        QList<Record> records;
        QString encoding; // "UTF-8", "GB18030", "UTF-16"
        QChar delimiter;
        QString error; // set when the text could not be read at all
    };

    static Result read(const QByteArray &bytes);
    // The decoding step alone, for other spreadsheet text.
    static std::optional<QString> decode(const QByteArray &bytes, QString *encoding, QString *error);
};

} // namespace shopcast::catalog
