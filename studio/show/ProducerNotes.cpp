#include "ProducerNotes.hpp"

namespace shopcast::show {

QJsonObject ProducerNotes::Note::toJson() const
{
    return {{QStringLiteral("text"), text}, {QStringLiteral("from"), from}, {QStringLiteral("postedAtMs"), postedAtMs}};
}

ProducerNotes::ProducerNotes(QObject *parent)
    : QObject(parent)
{}

bool ProducerNotes::post(const QString &text, const QString &from, qint64 nowMs)
{
    // A note is one line on a banner: line breaks and control characters
    // from a phone keyboard would only break the layout.
    QString clean;
    clean.reserve(qMin(text.size(), kMaxChars));
    for (const QChar c : text) {
        if (clean.size() >= kMaxChars)
            break;
        clean.append(c.isSpace() ? QChar(u' ') : c.category() == QChar::Other_Control ? QChar() : c);
    }
    clean.remove(QChar());
    clean = clean.simplified();
    if (clean.isEmpty())
        return false;
    m_note = Note{clean, from.left(128), nowMs};
    emit changed();
    return true;
}

bool ProducerNotes::dismiss()
{
    if (!m_note)
        return false;
    m_note.reset();
    emit changed();
    return true;
}

} // namespace shopcast::show
