// The verifiable draw: deterministic for a seed, every tampering caught,
// uniform over entrants, and the edges (more winners than entrants, none).
#include "CatchQt.hpp"

#include "interact/FairDraw.hpp"

#include <QJsonArray>

#include <cmath>

using shopcast::interact::FairDraw;

namespace {
QByteArray seedOf(int n)
{
    QByteArray seed(FairDraw::kSeedBytes, '\0');
    for (int i = 0; i < 4; ++i)
        seed[i] = char((n >> (8 * i)) & 0xff);
    return seed;
}
QStringList people(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(QStringLiteral("观众%1").arg(i));
    return out;
}
} // namespace

TEST_CASE("fair draw: a fixed seed gives fixed winners, a known vector", "[interact][draw]")
{
    const QStringList frozen
        = FairDraw::freeze({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("张三"), QStringLiteral("Z")});
    CHECK(frozen == QStringList{QStringLiteral("Z"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("张三")});
    const QByteArray seed = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    const QStringList first = FairDraw::draw(seed, frozen, 3);
    CHECK(first == FairDraw::draw(seed, frozen, 3));
    CHECK(first.size() == 3);
    CHECK(FairDraw::draw(seed, frozen, 2) == first.mid(0, 2)); // fewer winners: a prefix of the same order
    CHECK(FairDraw::commitment(seed) == QStringLiteral("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd"));
    CHECK(FairDraw::draw(seedOf(1), frozen, 3) != FairDraw::draw(seedOf(2), frozen, 3));
    CHECK(FairDraw::newSeed().size() == FairDraw::kSeedBytes);
    CHECK(FairDraw::newSeed() != FairDraw::newSeed());
}

TEST_CASE("fair draw: verify accepts a genuine audit and names every tampering", "[interact][draw]")
{
    const QByteArray seed = FairDraw::newSeed();
    const QStringList frozen = FairDraw::freeze(people(500));
    const QStringList winners = FairDraw::draw(seed, frozen, 5);
    const QJsonObject audit = FairDraw::audit(seed, frozen, winners, 5, {{QStringLiteral("prize"), QStringLiteral("保温杯")}});
    CHECK(FairDraw::verify(audit).isEmpty());
    CHECK(audit.value(QStringLiteral("prize")).toString() == QStringLiteral("保温杯"));

    QJsonObject changedWinner = audit;
    QJsonArray w = audit.value(QStringLiteral("winners")).toArray();
    w[0] = frozen.at(frozen.indexOf(winners.at(0)) == 0 ? 1 : 0);
    changedWinner.insert(QStringLiteral("winners"), w);
    REQUIRE(FairDraw::verify(changedWinner).size() == 1);
    CHECK(FairDraw::verify(changedWinner).first().startsWith(QStringLiteral("winners:")));

    QJsonObject changedEntrants = audit;
    QJsonArray e = audit.value(QStringLiteral("entrants")).toArray();
    e.removeAt(3);
    changedEntrants.insert(QStringLiteral("entrants"), e);
    CHECK(FairDraw::verify(changedEntrants).join(QLatin1Char('\n')).contains(QStringLiteral("entrantsHash")));

    QJsonObject wrongSeed = audit;
    wrongSeed.insert(QStringLiteral("seed"), QString::fromLatin1(FairDraw::newSeed().toHex()));
    CHECK(FairDraw::verify(wrongSeed).join(QLatin1Char('\n')).contains(QStringLiteral("commitment")));

    QJsonObject unsorted = audit;
    QJsonArray u = audit.value(QStringLiteral("entrants")).toArray();
    const QJsonValue first = u.at(0);
    u[0] = u.at(1);
    u[1] = first;
    unsorted.insert(QStringLiteral("entrants"), u);
    unsorted.remove(QStringLiteral("entrantsHash"));
    CHECK(FairDraw::verify(unsorted).join(QLatin1Char('\n')).contains(QStringLiteral("sorted")));

    QJsonObject missing = audit;
    missing.remove(QStringLiteral("seed"));
    CHECK(FairDraw::verify(missing) == QStringList{QStringLiteral("seed: missing")});
    CHECK_FALSE(FairDraw::verify(QJsonObject{}).isEmpty());
}

TEST_CASE("fair draw: every entrant wins equally often (chi-square, 1 % significance)", "[interact][draw]")
{
    // 10 entrants, one winner, 20,000 seeded draws: each should win ~2,000
    // times. Chi-square with 9 degrees of freedom; the 1 % critical value is 21.67.
    const QStringList frozen = FairDraw::freeze(people(10));
    QHash<QString, int> wins;
    const int draws = 20'000;
    for (int d = 0; d < draws; ++d)
        ++wins[FairDraw::draw(seedOf(d), frozen, 1).first()];
    double chi = 0;
    const double expected = double(draws) / frozen.size();
    for (const QString &p : frozen)
        chi += std::pow(wins.value(p) - expected, 2) / expected;
    INFO("chi-square " << chi);
    CHECK(chi < 21.67);
    // And for the 3rd winner of 7 (a later step of the shuffle), 9 entrants: 8 d.f., critical 20.09.
    const QStringList nine = FairDraw::freeze(people(9));
    QHash<QString, int> third;
    for (int d = 0; d < draws; ++d)
        ++third[FairDraw::draw(seedOf(d + 1'000'000), nine, 7).at(2)];
    chi = 0;
    for (const QString &p : nine)
        chi += std::pow(third.value(p) - double(draws) / 9, 2) / (double(draws) / 9);
    INFO("chi-square " << chi);
    CHECK(chi < 20.09);
}

TEST_CASE("fair draw: more winners than entrants, and nobody at all", "[interact][draw]")
{
    const QByteArray seed = seedOf(7);
    const QStringList three = FairDraw::freeze(people(3));
    const QStringList all = FairDraw::draw(seed, three, 10);
    CHECK(all.size() == 3);
    CHECK(FairDraw::freeze(all) == three); // everyone wins, once
    CHECK(FairDraw::verify(FairDraw::audit(seed, three, all, 10)).isEmpty());
    CHECK(FairDraw::draw(seed, {}, 5).isEmpty());
    CHECK(FairDraw::verify(FairDraw::audit(seed, {}, {}, 5)).isEmpty());
    CHECK(FairDraw::entrantsHash({}) == QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}
