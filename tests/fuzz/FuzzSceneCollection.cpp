// Scene collection files (scenes.json).
#include "FuzzTarget.hpp"

#include "broadcast/SceneCollection.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto collection = shopcast::broadcast::SceneCollection::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (collection)
        (void)collection->toJson();
    return 0;
}
