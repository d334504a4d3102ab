// The action registry on its own: what it lists, how it checks a caller's
// parameters and rights, and that every invocation is reported once.
#include "CatchQt.hpp"

#include "actions/ActionRegistry.hpp"

#include <QJsonArray>
#include <QSignalSpy>

using namespace shopcast::actions;

namespace {

ActionSpec makeSpec(const char *id, QList<ActionParam> params = {}, Permission permission = Permission::Producer)
{
    return ActionSpec{QLatin1String(id), "test", "label", QStringLiteral("icon"), std::move(params), permission, QStringLiteral("Ctrl+K")};
}

} // namespace

TEST_CASE("actions: listed in the order added, with a schema a client can read", "[actions]")
{
    ActionRegistry registry;
    int runs = 0;
    auto handler = [&](const QJsonObject &, const Caller &) {
        ++runs;
        return ActionResult::done();
    };
    REQUIRE(registry.add(makeSpec("b.second", {{QStringLiteral("n"), ActionParam::Type::Integer, true, QStringLiteral("count"), 1, 10}}), handler));
    REQUIRE(registry.add(makeSpec("a.first"), handler));
    CHECK_FALSE(registry.add(makeSpec("a.first"), handler)); // one id, one action
    CHECK_FALSE(registry.add(makeSpec(""), handler));
    const QList<ActionSpec> list = registry.actions();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).id == QStringLiteral("b.second"));
    CHECK(list.at(1).id == QStringLiteral("a.first"));
    const QJsonArray schema = registry.schema();
    REQUIRE(schema.size() == 2);
    const QJsonObject first = schema.at(0).toObject();
    CHECK(first.value(QStringLiteral("permission")).toString() == QStringLiteral("producer"));
    CHECK(first.value(QStringLiteral("defaultKeys")).toString() == QStringLiteral("Ctrl+K"));
    const QJsonObject n = first.value(QStringLiteral("params")).toArray().at(0).toObject();
    CHECK(n.value(QStringLiteral("type")).toString() == QStringLiteral("integer"));
    CHECK(n.value(QStringLiteral("required")).toBool());
    CHECK(n.value(QStringLiteral("minimum")).toDouble() == 1);
    CHECK(n.value(QStringLiteral("maximum")).toDouble() == 10);
    CHECK(runs == 0);
}

TEST_CASE("actions: parameters are checked against the schema before the handler runs", "[actions]")
{
    ActionRegistry registry;
    QJsonObject seen;
    registry.add(makeSpec("x.do", {{QStringLiteral("n"), ActionParam::Type::Integer, true, {}, 1, 10},
                                   {QStringLiteral("name"), ActionParam::Type::String, false, {}, 0, 0, 8},
                                   {QStringLiteral("on"), ActionParam::Type::Boolean, false, {}},
                                   {QStringLiteral("preset"), ActionParam::Type::Object, false, {}, 0, 0, 64}}),
                 [&](const QJsonObject &p, const Caller &) {
                     seen = p;
                     return ActionResult::done();
                 });
    const auto refused = [&](const QJsonObject &params) { return registry.invoke(QStringLiteral("x.do"), params, Origin::Remote); };
    CHECK(refused({}).error.contains(QStringLiteral("needs the parameter \"n\"")));
    CHECK(refused({{QStringLiteral("n"), QStringLiteral("3")}}).error.contains(QStringLiteral("must be a number")));
    CHECK(refused({{QStringLiteral("n"), 2.5}}).error.contains(QStringLiteral("whole number")));
    CHECK(refused({{QStringLiteral("n"), 11}}).error.contains(QStringLiteral("from 1 to 10")));
    CHECK(refused({{QStringLiteral("n"), 1}, {QStringLiteral("name"), QStringLiteral("123456789")}}).error.contains(QStringLiteral("longer than 8")));
    CHECK(refused({{QStringLiteral("n"), 1}, {QStringLiteral("on"), 1}}).error.contains(QStringLiteral("true or false")));
    CHECK(refused({{QStringLiteral("n"), 1}, {QStringLiteral("colour"), 1}}).error.contains(QStringLiteral("no parameter \"colour\"")));
    CHECK(refused({{QStringLiteral("n"), 1}, {QStringLiteral("preset"), QJsonObject{{QStringLiteral("t"), QString(100, QLatin1Char('x'))}}}})
              .error.contains(QStringLiteral("larger than 64 bytes")));
    CHECK(seen.isEmpty()); // not one refused call reached the handler
    const ActionResult ok = registry.invoke(QStringLiteral("x.do"), {{QStringLiteral("n"), 10}, {QStringLiteral("on"), true}}, Origin::Remote);
    CHECK(ok.ok);
    CHECK(seen.value(QStringLiteral("n")).toInt() == 10);
    CHECK(registry.invoke(QStringLiteral("no.such"), Origin::Dock).error.contains(QStringLiteral("no action \"no.such\"")));
}

TEST_CASE("actions: a caller without the rights, or an action not allowed now, is refused with the reason", "[actions]")
{
    ActionRegistry registry;
    bool allowed = false;
    int runs = 0;
    registry.add(makeSpec("out.stream", {}, Permission::Host), [&](const QJsonObject &, const Caller &) {
        ++runs;
        return ActionResult::done();
    });
    registry.add(
        makeSpec("show.thing"),
        [&](const QJsonObject &, const Caller &) {
            ++runs;
            return ActionResult::done();
        },
        [&] { return allowed ? QString() : QStringLiteral("no show is running"); });

    const ActionResult producer = registry.invoke(QStringLiteral("out.stream"), {}, Caller{Origin::Remote, Permission::Producer, QStringLiteral("phone")});
    CHECK_FALSE(producer.ok);
    CHECK(producer.error.contains(QStringLiteral("host rights")));
    CHECK(registry.invoke(QStringLiteral("show.thing"), {}, Caller{Origin::Remote, Permission::Viewer, {}}).error.contains(QStringLiteral("producer rights")));
    CHECK(registry.unavailableReason(QStringLiteral("show.thing")) == QStringLiteral("no show is running"));
    CHECK(registry.invoke(QStringLiteral("show.thing"), Origin::Hotkey).error == QStringLiteral("no show is running"));
    CHECK(runs == 0);
    allowed = true;
    CHECK(registry.unavailableReason(QStringLiteral("show.thing")).isEmpty());
    CHECK(registry.invoke(QStringLiteral("show.thing"), Origin::Hotkey).ok);
    CHECK(registry.invoke(QStringLiteral("out.stream"), {}, Caller{Origin::Dock, Permission::Host, {}}).ok);
    CHECK(runs == 2);
}

TEST_CASE("actions: every invocation is reported once, with its origin and outcome", "[actions]")
{
    ActionRegistry registry;
    registry.add(makeSpec("a.b"), [](const QJsonObject &, const Caller &) { return ActionResult::failed(QStringLiteral("not today")); });
    QList<Invocation> seen;
    QObject::connect(&registry, &ActionRegistry::invoked, [&](const Invocation &i) { seen.append(i); });
    registry.invoke(QStringLiteral("a.b"), {}, Caller{Origin::Remote, Permission::Host, QStringLiteral("场控的手机")});
    registry.invoke(QStringLiteral("zzz"), Origin::Timer);
    REQUIRE(seen.size() == 2);
    CHECK(seen.at(0).actionId == QStringLiteral("a.b"));
    CHECK(seen.at(0).caller.origin == Origin::Remote);
    CHECK(seen.at(0).caller.client == QStringLiteral("场控的手机"));
    CHECK_FALSE(seen.at(0).result.ok);
    CHECK(seen.at(0).result.error == QStringLiteral("not today"));
    CHECK(seen.at(1).caller.origin == Origin::Timer);
    CHECK_FALSE(seen.at(1).result.ok);
    for (Origin o : {Origin::Dock, Origin::Menu, Origin::Hotkey, Origin::Timer, Origin::Cli, Origin::Remote, Origin::Startup, Origin::Resume})
        CHECK(Origins::fromId(Origins::id(o)) == o);
    CHECK_FALSE(Origins::fromId(QStringLiteral("elsewhere")).has_value());
}
