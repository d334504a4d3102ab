// Twitch IRC lines into chat events.
#include "FuzzTarget.hpp"

#include "chat/TwitchIrcDecoder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)shopcast::chat::TwitchIrcDecoder::decodeLine(line);
    return 0;
}
