#include "Destination.hpp"

#include <QCoreApplication>

namespace shopcast::broadcast {

namespace {} // namespace

std::optional<Destination> Destination::fromFields(const QString &server, const QString &key, QString *error)
{
    QString s = server.trimmed();
    const QString k = key.trimmed();
    if (k.isEmpty())
        return parse(s, error);
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    // The key pasted at the end of the server as well: it must not stay there
    // (studio.json keeps the server in clear).
    if (s.endsWith(QLatin1Char('/') + k))
        s.chop(k.size() + 1);
    return parse(s + QLatin1Char('/') + k, error);
}

std::optional<Destination> Destination::parse(const QString &input, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Destination> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString url = input.trimmed();
    if (url.isEmpty())
        return fail(Destination::tr("destination URL is empty"));
    for (QChar c : url) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return fail(Destination::tr("destination URL contains spaces or control characters"));
    }

    Destination d;
    const int schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return fail(Destination::tr("destination URL must start with rtmp:// or rtmps://"));
    const QString scheme = url.left(schemeEnd).toLower();
    if (scheme == QLatin1String("rtmp"))
        d.m_tls = false;
    else if (scheme == QLatin1String("rtmps"))
        d.m_tls = true;
    else
        return fail(Destination::tr("unsupported scheme '%1': use rtmp:// or rtmps://").arg(scheme));

    const QString rest = url.mid(schemeEnd + 3);
    const int slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash + 1);
    if (authority.isEmpty())
        return fail(Destination::tr("destination URL has no host"));
    if (authority.contains(QLatin1Char('@')))
        return fail(Destination::tr("credentials in the host part are not supported; put them in the stream key"));

    QString host = authority;
    d.m_port = d.m_tls ? 443 : 1935;
    int portSep = -1;
    if (authority.startsWith(QLatin1Char('['))) { // IPv6 literal
        const int close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(Destination::tr("unterminated IPv6 address in destination URL"));
        host = authority.left(close + 1);
        if (close + 1 < authority.size()) {
            if (authority.at(close + 1) != QLatin1Char(':'))
                return fail(Destination::tr("unexpected text after IPv6 address"));
            portSep = close + 1;
        }
    } else {
        portSep = authority.lastIndexOf(QLatin1Char(':'));
        if (portSep >= 0)
            host = authority.left(portSep);
    }
    if (portSep >= 0) {
        bool ok = false;
        const int port = authority.mid(portSep + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(Destination::tr("port '%1' is not a number from 1 to 65535").arg(authority.mid(portSep + 1)));
        d.m_port = port;
    }
    if (host.isEmpty())
        return fail(Destination::tr("destination URL has no host"));
    d.m_host = host;

    // The key starts after the last '/' that comes before any query string.
    const int query = path.indexOf(QLatin1Char('?'));
    const QString pathPart = query < 0 ? path : path.left(query);
    const int keySep = pathPart.lastIndexOf(QLatin1Char('/'));
    if (keySep <= 0)
        return fail(Destination::tr("destination URL needs an application and a stream key: rtmp://host/app/key"));
    const QString app = path.left(keySep);
    d.m_key = path.mid(keySep + 1);
    if (d.m_key.isEmpty())
        return fail(Destination::tr("destination URL has no stream key after the application '%1'").arg(app));

    d.m_server = scheme + QLatin1String("://") + authority + QLatin1Char('/') + app;
    return d;
}

QList<Destination> Destination::parseList(const QString &text, QStringList *errors)
{
    QList<Destination> result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString error;
        if (auto d = parse(line, &error))
            result.append(*d);
        else if (errors)
            errors->append(Destination::tr("line %1: %2").arg(i + 1).arg(error));
    }
    return result;
}

QString Destination::redact(QString text) const
{
    if (!m_key.isEmpty())
        text.replace(m_key, QStringLiteral("****"));
    return text;
}

} // namespace shopcast::broadcast
