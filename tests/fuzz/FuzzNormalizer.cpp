// The moderation normaliser on any text (invalid UTF-8 included).
#include "FuzzTarget.hpp"

#include "moderation/TextNormalizer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const shopcast::moderation::TextNormalizer normalizer; // the tables are built once
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)normalizer.normalize(text);
    return 0;
}
