#include "IrcMessage.hpp"

#include <QCoreApplication>
#include <QHash>

namespace shopcast::chat {

namespace {

// Next atom from pos, skipping any run of spaces before it.
QStringView nextAtom(QStringView line, qsizetype &pos)
{
    while (pos < line.size() && line.at(pos) == QLatin1Char(' '))
        ++pos;
    const qsizetype start = pos;
    while (pos < line.size() && line.at(pos) != QLatin1Char(' '))
        ++pos;
    return line.mid(start, pos - start);
}

// IRCv3 tag keys: an optional client prefix '+', an optional vendor (a host
// name) and '/', then letters, digits and '-'.
bool validTagKey(QStringView key)
{
    if (key.startsWith(QLatin1Char('+')))
        key = key.mid(1);
    const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
    const QStringView vendor = slash < 0 ? QStringView() : key.left(slash);
    const QStringView name = slash < 0 ? key : key.mid(slash + 1);
    if (name.isEmpty() || (slash >= 0 && vendor.isEmpty()))
        return false;
    auto isAlnum = [](QChar c) { return c.unicode() < 128 && (c.isLetterOrNumber()); };
    for (QChar c : name)
        if (!isAlnum(c) && c != QLatin1Char('-'))
            return false;
    for (QChar c : vendor)
        if (!isAlnum(c) && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return false;
    return true;
}

// A command is a word of letters or a three-digit numeric.
bool validCommand(QStringView verb)
{
    bool letters = true;
    bool digits = verb.size() == 3;
    for (QChar c : verb) {
        letters &= c.unicode() < 128 && c.isLetter();
        digits &= c.unicode() < 128 && c.isDigit();
    }
    return letters || digits;
}

} // namespace

std::optional<QString> IrcMessage::tag(const QString &key) const
{
    for (const auto &[k, v] : tags)
        if (k == key)
            return v;
    return std::nullopt;
}

QString IrcMessage::unescapeTagValue(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\')) {
            out.append(c);
            continue;
        }
        if (++i >= value.size())
            break; // a trailing lone backslash is dropped
        switch (value.at(i).unicode()) {
        case ':': out.append(QLatin1Char(';')); break;
        case 's': out.append(QLatin1Char(' ')); break;
        case '\\': out.append(QLatin1Char('\\')); break;
        case 'r': out.append(QLatin1Char('\r')); break;
        case 'n': out.append(QLatin1Char('\n')); break;
        default: out.append(value.at(i)); break; // unknown escape: the character itself
        }
    }
    return out;
}

QString IrcMessage::escapeTagValue(QStringView value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (QChar c : value) {
        switch (c.unicode()) {
        case ';': out.append(QStringLiteral("\\:")); break;
        case ' ': out.append(QStringLiteral("\\s")); break;
        case '\\': out.append(QStringLiteral("\\\\")); break;
        case '\r': out.append(QStringLiteral("\\r")); break;
        case '\n': out.append(QStringLiteral("\\n")); break;
        default: out.append(c); break;
        }
    }
    return out;
}

std::optional<IrcMessage> IrcMessage::parse(QStringView line, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<IrcMessage> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // The budget first: nothing of an oversized line is looked at. (UTF-16
    // units here; a unit is at least one byte on the wire.)
    if (line.size() > kMaxLineBytes)
        return fail(IrcMessage::tr("the line is %1 characters long, over the %2-byte limit").arg(line.size()).arg(kMaxLineBytes));
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    IrcMessage m;
    qsizetype pos = 0;
    if (line.startsWith(QLatin1Char('@'))) {
        const QStringView tags = nextAtom(line, pos).mid(1);
        QHash<QString, qsizetype> seen; // key → its place in m.tags: repeated keys in linear time
        for (QStringView tag : tags.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype eq = tag.indexOf(QLatin1Char('='));
            const QStringView keyView = eq < 0 ? tag : tag.left(eq);
            if (keyView.isEmpty())
                return fail(IrcMessage::tr("a message tag has no name"));
            if (!validTagKey(keyView))
                return fail(IrcMessage::tr("'%1' is not a valid tag name").arg(keyView.left(40).toString()));
            const QString key = keyView.toString();
            const QString value = eq < 0 ? QString() : unescapeTagValue(tag.mid(eq + 1));
            // A repeated key: the last value wins, as the spec says.
            if (const auto it = seen.constFind(key); it != seen.constEnd()) {
                m.tags[*it].second = value;
                continue;
            }
            if (m.tags.size() >= kMaxTags)
                return fail(IrcMessage::tr("more than %1 message tags").arg(kMaxTags));
            seen.insert(key, m.tags.size());
            m.tags.append({key, value});
        }
    }
    qsizetype peek = pos;
    if (nextAtom(line, peek).startsWith(QLatin1Char(':')))
        m.source = nextAtom(line, pos).mid(1).toString();
    m.verb = nextAtom(line, pos).toString();
    if (m.verb.isEmpty())
        return fail(IrcMessage::tr("the line has no command"));
    if (!validCommand(m.verb))
        return fail(IrcMessage::tr("'%1' is not an IRC command").arg(m.verb.left(40)));
    while (true) {
        while (pos < line.size() && line.at(pos) == QLatin1Char(' '))
            ++pos;
        if (pos >= line.size())
            break;
        if (line.at(pos) == QLatin1Char(':')) {
            m.params.append(line.mid(pos + 1).toString());
            break;
        }
        m.params.append(nextAtom(line, pos).toString());
    }
    return m;
}

QString IrcMessage::serialize() const
{
    QString out;
    if (!tags.isEmpty()) {
        out.append(QLatin1Char('@'));
        for (int i = 0; i < tags.size(); ++i) {
            if (i > 0)
                out.append(QLatin1Char(';'));
            out.append(tags.at(i).first);
            if (!tags.at(i).second.isEmpty())
                out.append(QLatin1Char('=') + escapeTagValue(tags.at(i).second));
        }
        out.append(QLatin1Char(' '));
    }
    if (!source.isEmpty())
        out.append(QLatin1Char(':') + source + QLatin1Char(' '));
    out.append(verb);
    for (int i = 0; i < params.size(); ++i) {
        const QString &p = params.at(i);
        const bool last = i + 1 == params.size();
        const bool needsColon = p.isEmpty() || p.contains(QLatin1Char(' ')) || p.startsWith(QLatin1Char(':'));
        out.append(QLatin1Char(' '));
        if (last && needsColon)
            out.append(QLatin1Char(':'));
        out.append(p);
    }
    return out;
}

} // namespace shopcast::chat
