// IRC lines: parse, and what parses must serialise and parse back the same.
#include "FuzzTarget.hpp"

#include "chat/IrcMessage.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto message = shopcast::chat::IrcMessage::parse(line);
    if (message) {
        (void)message->serialize();
        (void)message->tag(QStringLiteral("id"));
    }
    return 0;
}
