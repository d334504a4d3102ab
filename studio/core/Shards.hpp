#pragma once

#include <array>
#include <cstddef>

namespace shopcast::core {

// A hash table kept as kCount tables, each key's picked by its hash. Tables of
// a whole room's viewers live on the GUI thread, and a table that grows
// rehashes every entry in one go: 30–90 ms at a few hundred thousand viewers
// in the show benchmark, a visible stall mid-show. A shard grows on its own,
// a kCount-th of that at a time. The caller hashes (a seeded hash of its own,
// independent of the one inside the table) and works on the shard.
template<typename Table, std::size_t kCount = 64>
class Shards
{
public:
    Table &of(std::size_t hash) { return m_shards[pick(hash)]; }
    const Table &of(std::size_t hash) const { return m_shards[pick(hash)]; }

    std::size_t size() const
    {
        std::size_t total = 0;
        for (const Table &t : m_shards)
            total += std::size_t(t.size());
        return total;
    }
    void clear()
    {
        for (Table &t : m_shards)
            t = Table();
    }

private:
    // The high bits: a table inside may bucket by the low ones.
    static std::size_t pick(std::size_t hash) { return (hash >> (sizeof(std::size_t) * 8 - 16)) % kCount; }

    std::array<Table, kCount> m_shards;
};

} // namespace shopcast::core
