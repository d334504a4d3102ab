#include "core/Shards.hpp"

#include <catch2/catch.hpp>

#include <QHash>
#include <QString>

#include <unordered_set>

using shopcast::core::Shards;

TEST_CASE("shards: a key always lands in the same shard, keys spread over all of them, and the size is theirs together", "[core][shards]")
{
    Shards<QHash<QString, int>, 16> table;
    const auto shardOf = [&](const QString &key) -> QHash<QString, int> & { return table.of(qHash(key, size_t(7))); };
    for (int i = 0; i < 10'000; ++i)
        shardOf(QStringLiteral("u%1").arg(i))[QStringLiteral("u%1").arg(i)] = i;
    CHECK(table.size() == 10'000);
    // Found again through the same shard.
    for (int i = 0; i < 10'000; i += 997)
        CHECK(shardOf(QStringLiteral("u%1").arg(i)).value(QStringLiteral("u%1").arg(i), -1) == i);
    // Spread: no shard empty, none with more than twice its share.
    Shards<std::unordered_set<size_t>, 16> hashes;
    for (size_t i = 0; i < 16'000; ++i) {
        const size_t h = qHash(QStringLiteral("u%1").arg(i), size_t(7));
        hashes.of(h).insert(h);
    }
    for (size_t s = 0; s < 16; ++s) {
        // Find shard s through a key that lands there.
        size_t probe = 0;
        while ((probe >> (sizeof(size_t) * 8 - 16)) % 16 != s)
            probe += size_t(1) << (sizeof(size_t) * 8 - 16);
        const size_t inShard = hashes.of(probe).size();
        CHECK(inShard > 0);
        CHECK(inShard < 2 * 16'000 / 16);
    }
    table.clear();
    CHECK(table.size() == 0);
}
