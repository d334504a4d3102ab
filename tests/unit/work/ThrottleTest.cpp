// The throttle behind the docks' live counts: the first change shows at once,
// a burst of changes shows once more with its last value, and an update
// that asks again from inside itself does not run twice.
#include "CatchQt.hpp"

#include "work/Throttle.hpp"

#include <QTest>

using namespace shopcast::work;

TEST_CASE("throttle: the first request runs at once, a burst inside the interval once at its end with the last value", "[work]")
{
    int value = 0;
    QList<int> shown;
    Throttle throttle(50, [&] { shown.append(value); });

    value = 1;
    throttle.request();
    CHECK(shown == QList<int>{1});
    // The timer can only fire from the event loop, which does not run here:
    // however slow the machine, these all land inside the interval.
    for (value = 2; value <= 100; ++value)
        throttle.request();
    --value;
    CHECK(shown == QList<int>{1});
    REQUIRE_EVENTUALLY(shown.size() == 2, 5'000);
    CHECK(shown == QList<int>{1, 100});
    // Nothing asked since: the interval that follows the last run ends without one.
    QTest::qWait(200);
    CHECK(throttle.runs() == 2);
    // After a quiet interval the next request runs at once again.
    value = 7;
    throttle.request();
    CHECK(shown == QList<int>{1, 100, 7});
}

TEST_CASE("throttle: a request made by the update itself waits for the interval", "[work]")
{
    int calls = 0;
    Throttle *self = nullptr;
    Throttle throttle(20, [&] {
        if (++calls == 1)
            self->request();
    });
    self = &throttle;
    throttle.request();
    CHECK(calls == 1);
    REQUIRE_EVENTUALLY(calls == 2, 5'000);
    QTest::qWait(100);
    CHECK(calls == 2);
}
