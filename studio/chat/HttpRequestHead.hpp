#pragma once

#include <QByteArray>
#include <QHash>

#include <optional>

namespace shopcast::chat {

// The head of an HTTP/1.1 request (method, target, headers) as the bridge
// reads it from a peek: nothing is consumed, so a WebSocket upgrade can be
// handed on untouched. Empty until the blank line that ends the head.
struct HttpRequestHead
{
    static constexpr int kMaxHeaders = 100;

    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // lower-case names; more than kMaxHeaders are ignored
    qsizetype headerBytes = 0;             // the head's length with its blank line

    static std::optional<HttpRequestHead> parse(const QByteArray &data);
};

} // namespace shopcast::chat
