// The heap trimmer: freed pages that malloc keeps between live blocks go
// back to the system, the trim runs off the calling thread, and a trim asked
// for while one runs is not queued behind it.
#include "CatchQt.hpp"

#include "work/HeapTrimmer.hpp"

#include <QSignalSpy>
#include <QThread>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SHOPCAST_OWN_ALLOCATOR 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || !defined(__GLIBC__)
#define SHOPCAST_OWN_ALLOCATOR 1
#endif

using namespace shopcast::work;

TEST_CASE("heap trimmer: freed pages held below a live block leave the resident set, trimmed on a pool thread", "[work][heap]")
{
#if defined(SHOPCAST_OWN_ALLOCATOR)
    WARN("only glibc's malloc keeps freed pages this way (a sanitizer brings its own allocator): not checked");
#else
    constexpr qint64 kMiB = 1024 * 1024;
    // 48 MiB of small blocks, written so that they are resident; all freed but
    // the last: what is free now sits below a live block, where free() can
    // never shrink the heap, as in a studio that has run for hours.
    std::vector<char *> blocks(12'288);
    for (char *&block : blocks) {
        block = static_cast<char *>(std::malloc(4'000));
        if (block)
            std::memset(block, 0x5a, 4'000);
    }
    REQUIRE(std::find(blocks.begin(), blocks.end(), nullptr) == blocks.end());
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i)
        std::free(blocks[i]);
    const qint64 before = HeapTrimmer::residentBytes();
    REQUIRE(before > 48 * kMiB);

    HeapTrimmer trimmer(0);
    QSignalSpy trimmed(&trimmer, &HeapTrimmer::trimmed);
    trimmer.trimNow();
    trimmer.trimNow(); // one is running: not a second behind it
    REQUIRE(trimmed.wait(30'000));
    QTest::qWait(50);
    CHECK(trimmed.count() == 1);
    CHECK(trimmer.trims() == 1);
    CHECK(trimmed.first().first().toLongLong() > 32 * kMiB);
    CHECK(trimmer.releasedBytes() == trimmed.first().first().toLongLong());
    CHECK(HeapTrimmer::residentBytes() < before - 32 * kMiB);
    std::free(blocks.back());
#endif
}

TEST_CASE("heap trimmer: a period of 0 never trims, a period trims on its own", "[work][heap]")
{
    HeapTrimmer never(0);
    never.start();
    QTest::qWait(100);
    CHECK(never.trims() == 0);

    HeapTrimmer often(20);
    QSignalSpy trimmed(&often, &HeapTrimmer::trimmed);
    often.start();
    REQUIRE(trimmed.wait(30'000));
    REQUIRE_EVENTUALLY(often.trims() >= 2, 30'000);
}
