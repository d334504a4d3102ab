#include "CatchQt.hpp"

#include "rundown/PlanGenerator.hpp"
#include "rundown/PlanLinter.hpp"
#include "rundown/ShowPlan.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace shopcast::rundown;

namespace {

PlanSlot product(const char *sku, int seconds = 180)
{
    return {SlotKind::Product, seconds * 1000LL, QString::fromLatin1(sku), {}};
}
PlanSlot slot(SlotKind kind, int seconds)
{
    return {kind, seconds * 1000LL, {}, {}};
}
QStringList kindsOf(const QList<PlanViolation> &violations)
{
    QStringList out;
    for (const PlanViolation &v : violations)
        out.append(PlanViolation::id(v.kind) + QLatin1Char('@') + QString::number(v.slotIndex));
    return out;
}

} // namespace

TEST_CASE("rule presets and custom rules", "[rundown][rule]")
{
    const RhythmRule r332 = RhythmRule::preset332();
    CHECK(r332.maxPitchMs == 180'000);
    CHECK(r332.productsPerBlock == 3);
    CHECK(r332.interludeMs == 120'000);
    CHECK(RhythmRule::preset322().productsPerBlock == 2);
    CHECK(RhythmRule{} == r332); // the defaults are the article's numbers

    QString error;
    CHECK(RhythmRule::fromJson(QJsonValue(QStringLiteral("322")), &error) == RhythmRule::preset322());
    const auto custom = RhythmRule::fromJson(QJsonObject{{QStringLiteral("maxPitchSeconds"), 240},
                                                         {QStringLiteral("productsPerBlock"), 4},
                                                         {QStringLiteral("interludeSeconds"), 90},
                                                         {QStringLiteral("interludeKinds"), QJsonArray{QStringLiteral("poll")}}},
                                             &error);
    REQUIRE(custom);
    CHECK(custom->name == QStringLiteral("custom"));
    CHECK(custom->maxPitchMs == 240'000);
    CHECK(custom->isInterlude(SlotKind::Poll));
    CHECK_FALSE(custom->isInterlude(SlotKind::Lottery));
    CHECK(RhythmRule::fromJson(custom->toJson(), &error) == custom);
    // An object with the preset's numbers is the preset.
    CHECK(RhythmRule::fromJson(QJsonObject{{QStringLiteral("productsPerBlock"), 2}}, &error)->name == QStringLiteral("322"));
    CHECK(r332.toJson() == QJsonValue(QStringLiteral("332")));

    CHECK_FALSE(RhythmRule::fromJson(QJsonValue(QStringLiteral("333")), &error));
    CHECK_FALSE(RhythmRule::fromJson(QJsonObject{{QStringLiteral("maxPitchSeconds"), 0}}, &error));
    CHECK(error.contains(QStringLiteral("maxPitchSeconds")));
    CHECK_FALSE(RhythmRule::fromJson(QJsonObject{{QStringLiteral("productsPerBlock"), 2.5}}, &error));
    CHECK_FALSE(RhythmRule::fromJson(QJsonObject{{QStringLiteral("amberPercent"), 100}, {QStringLiteral("redPercent"), 90}}, &error));
    CHECK_FALSE(RhythmRule::fromJson(QJsonObject{{QStringLiteral("interludeKinds"), QJsonArray{QStringLiteral("product")}}}, &error));
}

TEST_CASE("plan files round-trip, broken, future and zero-length plans are refused", "[rundown][plan]")
{
    ShowPlan plan;
    plan.title = QStringLiteral("双十一预热专场");
    plan.plannedStart = QDateTime::fromString(QStringLiteral("2026-11-11T20:00:00+08:00"), Qt::ISODate);
    plan.plannedLengthMs = 3600'000;
    plan.rule = RhythmRule::preset322();
    plan.slotList = {slot(SlotKind::Warmup, 300), product("A"), product("B"), slot(SlotKind::Lottery, 120), slot(SlotKind::Closing, 60)};
    plan.slotList[1].notes = QStringLiteral("先讲材质");
    QString error;
    const auto back = ShowPlan::fromJson(plan.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == plan);
    CHECK(plan.totalPlannedMs() == (300 + 180 + 180 + 120 + 60) * 1000);
    CHECK(plan.plannedOffsetMs(3) == 660'000);

    struct Case
    {
        const char *json;
        const char *mentions;
    };
    const Case cases[] = {
        {"{\"version\":1,\n\"slots\": [ oops ]}", "line 2"},
        {"{\"version\":2,\"slots\":[]}", "newer ShopCast"},
        {"{\"slots\":[]}", "version"},
        {"{\"version\":1,\"slots\":[{\"kind\":\"product\",\"sku\":\"A\",\"plannedSeconds\":0}]}", "zero-length"},
        {"{\"version\":1,\"slots\":[{\"kind\":\"product\",\"plannedSeconds\":60}]}", "without a \"sku\""},
        {"{\"version\":1,\"slots\":[{\"kind\":\"dance\",\"plannedSeconds\":60}]}", "slots[0].kind 'dance'"},
        {"{\"version\":1,\"plannedStart\":\"tomorrow\",\"slots\":[]}", "ISO-8601"},
        {"{\"version\":1,\"rule\":\"999\",\"slots\":[]}", "not a preset"},
    };
    for (const Case &c : cases) {
        INFO(c.json);
        CHECK_FALSE(ShowPlan::fromJson(QByteArray(c.json), &error));
        CHECK(error.contains(QString::fromUtf8(c.mentions)));
    }

    // Loading a bad file reports the path and leaves the file as it was.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 9, \"slots\": []}");
    f.close();
    CHECK_FALSE(ShowPlan::load(path, &error));
    CHECK(error.startsWith(path));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("{\"version\": 9, \"slots\": []}"));
    f.close();
    REQUIRE(plan.save(dir.filePath(QStringLiteral("good.json")), &error));
    CHECK(ShowPlan::load(dir.filePath(QStringLiteral("good.json")), &error) == plan);
}

TEST_CASE("the linter marks each kind of violation where it happens", "[rundown][lint]")
{
    ShowPlan plan;
    plan.slotList
        = {slot(SlotKind::Warmup, 300), product("A", 240),          product("B"), product("C"), product("D"), slot(SlotKind::Lottery, 90), product("E"),
           slot(SlotKind::Game, 120),   slot(SlotKind::Closing, 60)};
    plan.plannedLengthMs = 1200'000;
    const auto v = PlanLinter::lint(plan);
    CHECK(kindsOf(v)
          == QStringList{QStringLiteral("pitch_too_long@1"), QStringLiteral("too_many_products_in_a_row@4"), QStringLiteral("interlude_too_short@5"),
                         QStringLiteral("over_show_length@-1")});
    CHECK(v.at(0).message.contains(QStringLiteral("4:00")));
    CHECK(v.at(0).toJson().value(QStringLiteral("limitSeconds")).toInt() == 180);
    CHECK(v.at(3).toJson().value(QStringLiteral("slot")).isNull());

    // The same plan under 322 also breaks at the third product in a row.
    plan.plannedLengthMs.reset();
    CHECK(kindsOf(PlanLinter::lint(plan, RhythmRule::preset322())).contains(QStringLiteral("too_many_products_in_a_row@3")));

    // Edge cases: an empty plan, and a plan of interludes only.
    CHECK(PlanLinter::lint(ShowPlan{}).isEmpty());
    ShowPlan interludes;
    interludes.slotList = {slot(SlotKind::Lottery, 120), slot(SlotKind::Game, 150), slot(SlotKind::Lottery, 30)};
    CHECK(kindsOf(PlanLinter::lint(interludes)) == QStringList{QStringLiteral("interlude_too_short@2")});
    // Q&A and breaks do not reset the product count.
    ShowPlan qa;
    qa.slotList = {product("A"), product("B"), slot(SlotKind::QA, 300), product("C"), product("D")};
    CHECK(kindsOf(PlanLinter::lint(qa)) == QStringList{QStringLiteral("too_many_products_in_a_row@4")});
}

TEST_CASE("a generated plan follows its rule", "[rundown][generate]")
{
    const QStringList skus
        = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G")};
    const ShowPlan p332 = PlanGenerator::generate(skus, RhythmRule::preset332(), {QStringLiteral("t"), 300'000, 180'000});
    QStringList kinds;
    for (const PlanSlot &s : p332.slotList)
        kinds.append(SlotKinds::id(s.kind));
    CHECK(kinds.join(QLatin1Char(',')) == QStringLiteral("warmup,product,product,product,lottery,product,product,product,game,product,closing"));
    CHECK(PlanLinter::lint(p332).isEmpty());
    const ShowPlan p322 = PlanGenerator::generate(skus, RhythmRule::preset322(), {});
    CHECK(PlanLinter::lint(p322).isEmpty());
    CHECK(p322.slotList.size() == 1 + 7 + 3 + 1);
    CHECK(PlanGenerator::generate({}, RhythmRule{}, {}).slotList.size() == 2); // warm-up and closing
}

TEST_CASE("plan slots carry their lottery or poll preset and the on-stream countdown", "[rundown][plan]")
{
    ShowPlan plan;
    plan.slotList = {product("A"), slot(SlotKind::Lottery, 120), slot(SlotKind::Poll, 60)};
    plan.slotList[0].countdown = true;
    plan.slotList[1].preset = QJsonObject{{QStringLiteral("prize"), QStringLiteral("保温杯")}, {QStringLiteral("keyword"), QStringLiteral("我要")}};
    plan.slotList[2].preset = QJsonObject{{QStringLiteral("question"), QStringLiteral("红还是蓝")}};
    QString error;
    const auto back = ShowPlan::fromJson(plan.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == plan);
    CHECK(back->slotList.at(0).countdown);
    CHECK_FALSE(back->slotList.at(1).countdown);
    // A plan without the keys (every plan written before them) reads as no preset, no countdown.
    const auto old = ShowPlan::fromJson(R"({"version":1,"slots":[{"kind":"lottery","plannedSeconds":120}]})", &error);
    REQUIRE(old);
    CHECK(old->slotList.at(0).preset.isEmpty());

    CHECK_FALSE(ShowPlan::fromJson(R"({"version":1,"slots":[{"kind":"lottery","plannedSeconds":120,"preset":"666"}]})", &error));
    CHECK(error.contains(QStringLiteral("slots[0].preset")));
    CHECK_FALSE(ShowPlan::fromJson(R"({"version":1,"slots":[{"kind":"lottery","plannedSeconds":120,"countdown":"yes"}]})", &error));
    CHECK(error.contains(QStringLiteral("countdown")));
    const QByteArray huge = R"({"version":1,"slots":[{"kind":"lottery","plannedSeconds":120,"preset":{"prize":")" + QByteArray(20'000, 'x') + R"("}}]})";
    CHECK_FALSE(ShowPlan::fromJson(huge, &error));
    CHECK(error.contains(QStringLiteral("larger than")));
}
