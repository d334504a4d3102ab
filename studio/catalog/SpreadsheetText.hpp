#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QStringDecoder;

namespace shopcast::catalog {

// The text of a spreadsheet export, decoded a piece at a time: UTF-8 with or
// without BOM, GB18030 (Excel on a Chinese Windows), UTF-16 with BOM. A
// piece is whole lines, about kPieceBytes of the file, so a reader can work
// on the first lines while the rest is still bytes: a 32 MB export decoded
// at once took 0.2–0.4 s (mostly fresh memory) before its first line could
// be read. UTF-8 is checked over the whole file first (into a small scratch
// buffer), because a file that is not UTF-8 is read as GB18030 from its start.
class SpreadsheetText
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetText)
public:
    static constexpr qsizetype kPieceBytes = 1024 * 1024;

    explicit SpreadsheetText(QByteArray bytes);
    ~SpreadsheetText();
    SpreadsheetText(const SpreadsheetText &) = delete;
    SpreadsheetText &operator=(const SpreadsheetText &) = delete;

    QString encoding() const { return m_encoding; } // "UTF-8", "GB18030", "UTF-16"
    // Set when the file cannot be read as text, at once or at the piece
    // that fails (GB18030 is checked as it is decoded).
    QString error() const { return m_error; }

    // The next piece; empty at the end of the text or on an error.
    QString next();
    // Everything not read yet.
    QString readAll();

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
    QString m_encoding;
    QString m_error;
    bool m_wholeAtOnce = false; // UTF-16: its newline bytes are no line ends
    std::unique_ptr<QStringDecoder> m_decoder;
};

} // namespace shopcast::catalog
