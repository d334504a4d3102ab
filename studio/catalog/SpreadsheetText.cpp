#include "SpreadsheetText.hpp"

#include <QStringDecoder>

#include <vector>

namespace shopcast::catalog {

namespace {

// Where the piece from `from` ends: after the last newline byte within
// pieceBytes (in UTF-8 and GB18030 that byte is never part of a character,
// so a piece decodes on its own), after the first one past it when a line is
// longer than a piece, or at the end of the file.
qsizetype pieceEndOf(const QByteArray &bytes, qsizetype from, qsizetype pieceBytes)
{
    if (bytes.size() - from <= pieceBytes)
        return bytes.size();
    const qsizetype newline = bytes.lastIndexOf('\n', from + pieceBytes - 1);
    if (newline >= from)
        return newline + 1;
    const qsizetype later = bytes.indexOf('\n', from + pieceBytes);
    return later < 0 ? bytes.size() : later + 1;
}

// Valid UTF-8 from `from` to the end, a piece at a time into one scratch
// buffer: the check costs a decode's time, none of its memory.
bool isUtf8(const QByteArray &bytes, qsizetype from, qsizetype pieceBytes)
{
    std::vector<QChar> scratch;
    while (from < bytes.size()) {
        const qsizetype end = pieceEndOf(bytes, from, pieceBytes);
        const QByteArrayView piece(bytes.constData() + from, end - from);
        scratch.resize(size_t(piece.size()) + 1);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        utf8.appendToBuffer(scratch.data(), piece);
        if (utf8.hasError())
            return false;
        from = end;
    }
    return true;
}

} // namespace

SpreadsheetText::SpreadsheetText(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    if (m_bytes.startsWith("\xFF\xFE") || m_bytes.startsWith("\xFE\xFF")) {
        m_encoding = QStringLiteral("UTF-16");
        m_decoder = std::make_unique<QStringDecoder>(m_bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_pos = 2;
        m_wholeAtOnce = true;
        return;
    }
    const qsizetype bom = m_bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (isUtf8(m_bytes, bom, kPieceBytes)) {
        m_encoding = QStringLiteral("UTF-8");
        m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        m_pos = bom;
        return;
    }
    // Not UTF-8: Chinese Excel writes GB18030 (a superset of GBK and GB2312).
    m_decoder = std::make_unique<QStringDecoder>("GB18030", QStringDecoder::Flag::Stateless);
    if (!m_decoder->isValid()) {
        m_error = tr("the file is not UTF-8 and this build cannot read GB18030");
        m_pos = m_bytes.size();
        return;
    }
    m_encoding = QStringLiteral("GB18030");
}

SpreadsheetText::~SpreadsheetText() = default;

QString SpreadsheetText::next()
{
    if (!m_error.isEmpty() || m_pos >= m_bytes.size())
        return {};
    const qsizetype end = m_wholeAtOnce ? m_bytes.size() : pieceEndOf(m_bytes, m_pos, kPieceBytes);
    QString text = m_decoder->decode(QByteArrayView(m_bytes.constData() + m_pos, end - m_pos));
    m_pos = end;
    if (m_decoder->hasError() && m_encoding == QLatin1String("GB18030")) {
        m_error = tr("the file is neither UTF-8 nor GB18030 text");
        return {};
    }
    return text;
}

QString SpreadsheetText::readAll()
{
    QString all;
    for (QString piece = next(); !piece.isEmpty(); piece = next())
        all += piece;
    return all;
}

} // namespace shopcast::catalog
