// Bilibili danmaku frames: whole, and as a stream split where the input says.
#include "FuzzTarget.hpp"

#include "chat/BilibiliCodec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using shopcast::chat::BilibiliCodec;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)BilibiliCodec::decode(bytes);
    if (size > 1) {
        const qsizetype split = qsizetype(data[0]) % qsizetype(size);
        QByteArray rest;
        (void)BilibiliCodec::decode(bytes.mid(1, split), &rest);
        (void)BilibiliCodec::decode(rest + bytes.mid(1 + split), &rest);
    }
    return 0;
}
