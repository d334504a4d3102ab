// The bridge: an HTTP request head, then the body as bridge JSON.
#include "FuzzTarget.hpp"

#include "chat/BridgeCodec.hpp"
#include "chat/HttpRequestHead.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto head = shopcast::chat::HttpRequestHead::parse(bytes);
    const QByteArray body = head ? bytes.mid(head->headerBytes) : bytes;
    for (const QByteArray &line : body.split('\n'))
        (void)shopcast::chat::BridgeCodec::decode(line, shopcast::chat::BridgeCodec::relayedPlatforms());
    return 0;
}
