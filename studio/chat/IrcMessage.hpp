#pragma once

#include <QCoreApplication>

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
    Q_DECLARE_TR_FUNCTIONS(IrcMessage)
public:
    // IRCv3: at most 8191 bytes of tags (with '@' and the space) plus the
    // 512-byte RFC 1459 message; a longer line is refused before parsing.
    static constexpr qsizetype kMaxLineBytes = 8191 + 512;
    static constexpr int kMaxTags = 256;

    QList<QPair<QString, QString>> tags; // in wire order; a tag without value is ""
    QString source;                      // without the leading ':'
    QString verb;
    QStringList params;

    std::optional<QString> tag(const QString &key) const;

    // error says what is wrong with a line that cannot be a message: longer
    // than kMaxLineBytes, more than kMaxTags tags, a tag key that is not
    // [+][vendor/]name of letters, digits and '-', no command, or a command
    // that is neither letters nor three digits.
    static std::optional<IrcMessage> parse(QStringView line, QString *error = nullptr);
    QString serialize() const;

    static QString unescapeTagValue(QStringView value);
    static QString escapeTagValue(QStringView value);

    friend bool operator==(const IrcMessage &, const IrcMessage &) = default;
};

} // namespace shopcast::chat
