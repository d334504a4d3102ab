#pragma once

#include <QByteArray>
#include <QHash>

#include <optional>

namespace shopcast::remote {

// The 场控 console's page, script and style, built into the studio (no
// asset comes from the internet: a show runs on whatever network the venue
// has). Served on the remote-control port by plain HTTP GET; each answer
// carries the headers that keep the page to itself: a strict
// Content-Security-Policy (its own script and style, a socket only to this
// studio), no framing, no sniffing, no referrer.
class ConsoleAssets
{
public:
    struct Asset
    {
        QByteArray contentType;
        QByteArray body;
    };

    ConsoleAssets();

    // "/" is the page; nullopt for anything else not built in.
    std::optional<Asset> find(const QByteArray &path) const;
    // A full HTTP/1.1 answer to a request head (method, path, Host). Only
    // GET and HEAD; an unknown path is 404, another method 405.
    QByteArray answer(const QByteArray &method, const QByteArray &target, const QByteArray &host) const;
    // The policy for a page served as host (host:port, checked by the caller).
    static QByteArray contentSecurityPolicy(const QByteArray &host);
    // A Host header a page may be given: a name, an IPv4 or bracketed IPv6 address, an optional port.
    static bool isPlainHost(const QByteArray &host);

private:
    QHash<QByteArray, Asset> m_assets;
};

} // namespace shopcast::remote
