#include "ConsoleAssets.hpp"

#include <QFile>

namespace shopcast::remote {

namespace {

QByteArray load(const QString &name)
{
    QFile file(QStringLiteral(":/shopcast/console/") + name);
    // Built in: a missing one is a build fault the tests catch.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray response(const QByteArray &status, const QByteArray &headers, const QByteArray &body, bool withBody)
{
    return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
           + "\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n" + (withBody ? body : QByteArray());
}

} // namespace

ConsoleAssets::ConsoleAssets()
{
    m_assets.insert("/", {"text/html; charset=utf-8", load(QStringLiteral("index.html"))});
    m_assets.insert("/console.js", {"text/javascript; charset=utf-8", load(QStringLiteral("console.js"))});
    m_assets.insert("/console.css", {"text/css; charset=utf-8", load(QStringLiteral("console.css"))});
}

std::optional<ConsoleAssets::Asset> ConsoleAssets::find(const QByteArray &path) const
{
    const auto it = m_assets.constFind(path == "/index.html" ? QByteArray("/") : path);
    if (it == m_assets.constEnd())
        return std::nullopt;
    return *it;
}

bool ConsoleAssets::isPlainHost(const QByteArray &host)
{
    if (host.isEmpty() || host.size() > 255)
        return false;
    for (const char c : host) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray ConsoleAssets::contentSecurityPolicy(const QByteArray &host)
{
    // 'self' covers ws: of the same host in CSP 3; the explicit source is for
    // browsers that read CSP 2.
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws://" + host
           + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

QByteArray ConsoleAssets::answer(const QByteArray &method, const QByteArray &target, const QByteArray &host) const
{
    const QByteArray text = "text/plain; charset=utf-8\r\n";
    if (method != "GET" && method != "HEAD")
        return response("405 Method Not Allowed", "Allow: GET, HEAD\r\nContent-Type: " + text, "the console is read with GET\n", true);
    if (!isPlainHost(host))
        return response("400 Bad Request", "Content-Type: " + text, "a Host header is needed\n", true);
    const int query = target.indexOf('?');
    const std::optional<Asset> asset = find(query < 0 ? target : target.left(query));
    if (!asset)
        return response("404 Not Found", "Content-Type: " + text,
                        "ShopCast Studio remote control: obs-websocket 5 (RPC 1) on this port; the producer's console at /\n", method == "GET");
    return response("200 OK",
                    "Content-Type: " + asset->contentType + "\r\nCache-Control: no-cache\r\nContent-Security-Policy: " + contentSecurityPolicy(host)
                        + "\r\nX-Frame-Options: DENY\r\n",
                    asset->body, method == "GET");
}

} // namespace shopcast::remote
