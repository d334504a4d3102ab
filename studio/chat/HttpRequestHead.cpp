#include "HttpRequestHead.hpp"

#include <QList>

namespace shopcast::chat {

std::optional<HttpRequestHead> HttpRequestHead::parse(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    HttpRequestHead r;
    r.headerBytes = end + 4;
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    r.target = first.value(1);
    for (qsizetype i = 1; i < lines.size() && r.headers.size() < kMaxHeaders; ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    return r;
}

} // namespace shopcast::chat
