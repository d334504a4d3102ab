#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>
#include <QTest>

// Lets Catch2 print Qt strings in failed assertions.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace shopcast::test {
// Runs the event loop until the condition holds or the time is up; the
// condition's value at the end.
template<typename Condition>
bool eventually(Condition condition, int timeoutMs)
{
    (void)QTest::qWaitFor(condition, timeoutMs); // the condition is read again: it may come true at the deadline
    return bool(condition());
}
} // namespace shopcast::test

// Catch2's REQUIRE/CHECK over a condition that comes true as events are
// processed. Qt's QTRY_* macros must not be used under Catch: on failure
// they only return from the function, and the test case passes.
#define REQUIRE_EVENTUALLY(condition, timeoutMs) REQUIRE(::shopcast::test::eventually([&] { return bool(condition); }, timeoutMs))
#define CHECK_EVENTUALLY(condition, timeoutMs) CHECK(::shopcast::test::eventually([&] { return bool(condition); }, timeoutMs))
