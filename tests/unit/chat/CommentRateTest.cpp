#include "chat/CommentRate.hpp"

#include <catch2/catch.hpp>

using shopcast::chat::CommentRate;

TEST_CASE("comment rate: a busy room's minute is counted in full, past the chat's 5,000 rows", "[chat][rate]")
{
    CommentRate rate;
    for (qint64 ms = 0; ms < 7000; ++ms) // 1,000 a second for 7 s
        rate.add(ms);
    CHECK(rate.lastMinute(6999) == 7000);
    CHECK(rate.lastMinute(59'999) == 7000);
    // (0 s, 60 s]: the first second has left the window.
    CHECK(rate.lastMinute(60'000) == 6000);
    CHECK(rate.lastMinute(66'999) == 0);
}

TEST_CASE("comment rate: a bucket a minute old is reused, not added to", "[chat][rate]")
{
    CommentRate rate;
    rate.add(5'000, 10);
    rate.add(65'000, 3); // the same bucket, a minute later
    CHECK(rate.lastMinute(65'000) == 3);
    rate.add(64'999);
    CHECK(rate.lastMinute(65'500) == 4);
    CHECK(rate.lastMinute(1'000) == 0); // nothing stamped in (-59 s, 1 s]: the buckets hold later seconds
}

TEST_CASE("comment rate: times before the clock's zero fall in their own seconds", "[chat][rate]")
{
    CommentRate rate;
    rate.add(-1);
    rate.add(-1000);
    rate.add(-1001);
    CHECK(rate.lastMinute(-1001) == 1); // only -1001 is in the second before -1 s
    CHECK(rate.lastMinute(-1) == 3);
}
