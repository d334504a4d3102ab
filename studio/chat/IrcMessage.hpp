#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::chat {

// One IRC line with IRCv3 message tags: @tags :source VERB params :trailing.
// Parsing follows RFC 1459 (runs of spaces separate atoms) and the IRCv3 tag
// escaping rules; it is checked against the ircdocs parser-tests suite.
struct IrcMessage
{
    QList<QPair<QString, QString>> tags; // in wire order; a tag without value is ""
    QString source;                      // without the leading ':'
    QString verb;
    QStringList params;

    std::optional<QString> tag(const QString &key) const;

    // error says what is wrong with a line that cannot be a message.
    static std::optional<IrcMessage> parse(QStringView line, QString *error = nullptr);
    QString serialize() const;

    static QString unescapeTagValue(QStringView value);
    static QString escapeTagValue(QStringView value);

    friend bool operator==(const IrcMessage &, const IrcMessage &) = default;
};

} // namespace shopcast::chat
