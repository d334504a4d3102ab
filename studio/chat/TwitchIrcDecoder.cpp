#include "TwitchIrcDecoder.hpp"

#include "IrcMessage.hpp"

#include "work/GuiThreadCheck.hpp"

#include <QCoreApplication>

namespace shopcast::chat {

namespace {

const QString kPlatform = QStringLiteral("twitch");

QString nickOf(const QString &source)
{
    const qsizetype bang = source.indexOf(QLatin1Char('!'));
    return bang < 0 ? source : source.left(bang);
}

} // namespace

ChatEvent TwitchIrcDecoder::decodeLine(QStringView line)
{
    // A live source parses on its decode strand; the watchdog test counts this.
    work::GuiThreadCheck::expectWorker("TwitchIrcDecoder::decodeLine");
    if (line.size() > kMaxLineLength)
        return ChatEvent::error(kPlatform, TwitchIrcDecoder::tr("line of %1 characters is longer than any IRC message; dropped").arg(line.size()));
    QString why;
    const auto m = IrcMessage::parse(line, &why);
    if (!m)
        return ChatEvent::error(kPlatform, TwitchIrcDecoder::tr("not an IRC message: %1").arg(why));

    ChatEvent e;
    e.platform = kPlatform;
    e.id = m->tag(QStringLiteral("id")).value_or(QString());
    e.userId = m->tag(QStringLiteral("user-id")).value_or(QString());
    e.sentAtMs = m->tag(QStringLiteral("tmi-sent-ts")).value_or(QString()).toLongLong();
    const QString display = m->tag(QStringLiteral("display-name")).value_or(QString());
    e.userName = display.isEmpty() ? nickOf(m->source) : display;
    const QString badges = m->tag(QStringLiteral("badges")).value_or(QString());
    if (!badges.isEmpty())
        e.badges = badges.split(QLatin1Char(','), Qt::SkipEmptyParts);

    if (m->verb == QLatin1String("PRIVMSG")) {
        if (m->params.size() < 2)
            return ChatEvent::error(kPlatform, TwitchIrcDecoder::tr("PRIVMSG without text"));
        e.type = ChatEvent::Type::Comment;
        e.text = m->params.at(1);
        // "/me" messages arrive as CTCP ACTION.
        if (e.text.startsWith(QStringLiteral("\x01"
                                             "ACTION "))
            && e.text.endsWith(QLatin1Char('\x01'))) {
            e.text = e.text.mid(8, e.text.size() - 9);
            e.extra.insert(QStringLiteral("action"), true);
        }
        if (const auto emotes = m->tag(QStringLiteral("emotes")); emotes && !emotes->isEmpty())
            e.extra.insert(QStringLiteral("emotes"), *emotes);
        if (const auto bits = m->tag(QStringLiteral("bits")))
            e.extra.insert(QStringLiteral("bits"), bits->toInt());
        e.extra.insert(QStringLiteral("channel"), m->params.at(0));
        return e;
    }
    if (m->verb == QLatin1String("CLEARMSG")) {
        e.type = ChatEvent::Type::Delete;
        e.targetId = m->tag(QStringLiteral("target-msg-id")).value_or(QString());
        e.userName = m->tag(QStringLiteral("login")).value_or(QString());
        e.text.clear();
        if (e.targetId.isEmpty())
            return ChatEvent::error(kPlatform, TwitchIrcDecoder::tr("CLEARMSG without target-msg-id"));
        return e;
    }
    if (m->verb == QLatin1String("CLEARCHAT")) {
        e.type = ChatEvent::Type::Clear;
        e.targetId = m->tag(QStringLiteral("target-user-id")).value_or(QString());
        e.userName = m->params.size() > 1 ? m->params.at(1) : QString();
        if (const auto ban = m->tag(QStringLiteral("ban-duration")))
            e.extra.insert(QStringLiteral("banSeconds"), ban->toInt());
        return e;
    }
    if (m->verb == QLatin1String("USERNOTICE")) {
        const QString kind = m->tag(QStringLiteral("msg-id")).value_or(QString());
        const bool gift = kind.contains(QLatin1String("gift")) || kind == QLatin1String("sub") || kind == QLatin1String("resub");
        e.type = gift ? ChatEvent::Type::Gift : ChatEvent::Type::Event;
        e.text = m->params.size() > 1 ? m->params.at(1) : QString();
        e.extra.insert(QStringLiteral("event"), kind);
        e.extra.insert(QStringLiteral("systemMessage"), m->tag(QStringLiteral("system-msg")).value_or(QString()));
        return e;
    }
    // PING, RECONNECT, JOIN, numerics...: the connection handles them.
    e.type = ChatEvent::Type::Event;
    e.extra.insert(QStringLiteral("event"), m->verb.toLower());
    if (!m->params.isEmpty())
        e.extra.insert(QStringLiteral("params"), m->params.join(QLatin1Char(' ')));
    return e;
}

} // namespace shopcast::chat
