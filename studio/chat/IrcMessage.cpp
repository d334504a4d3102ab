#include "IrcMessage.hpp"

#include <QCoreApplication>

namespace shopcast::chat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IrcMessage", text);
}

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
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    IrcMessage m;
    qsizetype pos = 0;
    if (line.startsWith(QLatin1Char('@'))) {
        const QStringView tags = nextAtom(line, pos).mid(1);
        for (QStringView tag : tags.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype eq = tag.indexOf(QLatin1Char('='));
            const QString key = (eq < 0 ? tag : tag.left(eq)).toString();
            if (key.isEmpty())
                return fail(tr("a message tag has no name"));
            const QString value = eq < 0 ? QString() : unescapeTagValue(tag.mid(eq + 1));
            // A repeated key: the last value wins, as the spec says.
            bool replaced = false;
            for (auto &[k, v] : m.tags)
                if (k == key) {
                    v = value;
                    replaced = true;
                }
            if (!replaced)
                m.tags.append({key, value});
        }
    }
    qsizetype peek = pos;
    if (nextAtom(line, peek).startsWith(QLatin1Char(':')))
        m.source = nextAtom(line, pos).mid(1).toString();
    m.verb = nextAtom(line, pos).toString();
    if (m.verb.isEmpty())
        return fail(tr("the line has no command"));
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
