#include "FairDraw.hpp"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>

#include <openssl/rand.h>

#include <algorithm>
#include <limits>

namespace shopcast::interact {

namespace {

// The deterministic number stream of step 3.
class Stream
{
public:
    explicit Stream(const QByteArray &seed)
        : m_seed(seed)
    {}
    quint64 next()
    {
        if (m_used == 4) {
            QByteArray input = m_seed;
            for (int shift = 56; shift >= 0; shift -= 8)
                input.append(char((m_block >> shift) & 0xff));
            m_current = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
            ++m_block;
            m_used = 0;
        }
        quint64 x = 0;
        for (int i = 0; i < 8; ++i)
            x = (x << 8) | quint8(m_current.at(m_used * 8 + i));
        ++m_used;
        return x;
    }
    quint64 uniform(quint64 m)
    {
        // 2^64 mod m, computed without 128-bit arithmetic: (2^64 - m) mod m.
        const quint64 remainder = (std::numeric_limits<quint64>::max() - m + 1) % m;
        const quint64 limit = remainder == 0 ? 0 : std::numeric_limits<quint64>::max() - remainder + 1; // 0: every x is fine
        for (;;) {
            const quint64 x = next();
            if (limit == 0 || x < limit)
                return x % m;
        }
    }

private:
    QByteArray m_seed;
    QByteArray m_current;
    quint64 m_block = 0;
    int m_used = 4;
};

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

QByteArray FairDraw::newSeed()
{
    QByteArray seed(kSeedBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(seed.data()), kSeedBytes) != 1)
        return {};
    return seed;
}

QByteArray FairDraw::seedFromHex(const QString &hex)
{
    QByteArray seed = QByteArray::fromHex(hex.toLatin1());
    // fromHex skips what is not hex: the round trip tells a real seed.
    if (seed.size() != kSeedBytes || QString::fromLatin1(seed.toHex()) != hex.toLower())
        return {};
    return seed;
}

QString FairDraw::commitment(const QByteArray &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

QStringList FairDraw::freeze(const QStringList &entrants)
{
    // Sorted by UTF-8 bytes. The ids are converted once into std::string,
    // whose short-string buffer keeps a typical id ("douyin:1234567") inside
    // the vector: a million-entry sort then compares contiguous memory
    // instead of chasing a million heap blocks.
    std::vector<std::string> bytes;
    bytes.reserve(size_t(entrants.size()));
    for (const QString &e : entrants)
        bytes.push_back(e.toStdString());
    std::sort(bytes.begin(), bytes.end());
    bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
    QStringList out;
    out.reserve(qsizetype(bytes.size()));
    for (const std::string &b : bytes)
        out.append(QString::fromStdString(b));
    return out;
}

QString FairDraw::entrantsHash(const QStringList &frozen)
{
    return QString::fromLatin1(QCryptographicHash::hash(frozen.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QStringList FairDraw::draw(const QByteArray &seed, const QStringList &frozen, int winners)
{
    // The shuffle of step 4 without copying the list: only the positions a
    // swap touched are remembered, so k winners among a million entrants
    // cost k steps, not a million-string copy.
    const qsizetype n = frozen.size();
    const qsizetype k = std::clamp<qsizetype>(winners, 0, n);
    QHash<qsizetype, qsizetype> moved; // position → index into frozen now standing there
    auto at = [&moved](qsizetype position) { return moved.value(position, position); };
    Stream stream(seed);
    QStringList out;
    out.reserve(k);
    for (qsizetype i = 0; i < k; ++i) {
        const qsizetype j = i + qsizetype(stream.uniform(quint64(n - i)));
        const qsizetype atI = at(i);
        const qsizetype atJ = at(j);
        moved.insert(i, atJ);
        moved.insert(j, atI);
        out.append(frozen.at(atJ));
    }
    return out;
}

QJsonObject FairDraw::audit(const QByteArray &seed, const QStringList &frozen, const QStringList &winners, int requested, const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("algorithm"), QJsonObject{{QStringLiteral("name"), QLatin1String(kAlgorithm)}, {QStringLiteral("version"), kVersion}});
    o.insert(QStringLiteral("commitment"), commitment(seed));
    o.insert(QStringLiteral("seed"), QString::fromLatin1(seed.toHex()));
    o.insert(QStringLiteral("entrantsHash"), entrantsHash(frozen));
    o.insert(QStringLiteral("entrants"), QJsonArray::fromStringList(frozen));
    o.insert(QStringLiteral("winnersRequested"), requested);
    o.insert(QStringLiteral("winners"), QJsonArray::fromStringList(winners));
    return o;
}

QStringList FairDraw::verify(const QJsonObject &audit)
{
    QStringList failures;
    const QJsonObject algorithm = audit.value(QStringLiteral("algorithm")).toObject();
    if (algorithm.value(QStringLiteral("name")).toString() != QLatin1String(kAlgorithm) || algorithm.value(QStringLiteral("version")).toInt() != kVersion) {
        failures.append(tr("algorithm: not %1 version %2").arg(QLatin1String(kAlgorithm)).arg(kVersion));
        return failures;
    }
    for (const char *key : {"commitment", "seed", "entrants", "winners"})
        if (!audit.contains(QLatin1String(key)))
            failures.append(tr("%1: missing").arg(QLatin1String(key)));
    if (!failures.isEmpty())
        return failures;
    const QByteArray seed = seedFromHex(audit.value(QStringLiteral("seed")).toString());
    if (seed.isEmpty())
        failures.append(tr("seed: not %1 bytes of hex").arg(kSeedBytes));
    else if (commitment(seed) != audit.value(QStringLiteral("commitment")).toString().toLower())
        failures.append(tr("commitment: SHA-256 of the seed is %1, not the commitment shown").arg(commitment(seed)));
    const QStringList entrants = strings(audit.value(QStringLiteral("entrants")));
    if (freeze(entrants) != entrants)
        failures.append(tr("entrants: not unique and sorted as the draw freezes them"));
    if (audit.contains(QStringLiteral("entrantsHash")) && entrantsHash(entrants) != audit.value(QStringLiteral("entrantsHash")).toString())
        failures.append(tr("entrantsHash: the entrant list is not the one that was drawn from"));
    if (failures.isEmpty()) {
        const QStringList winners = strings(audit.value(QStringLiteral("winners")));
        const int requested = audit.value(QStringLiteral("winnersRequested")).toInt(int(winners.size()));
        const QStringList expected = draw(seed, entrants, requested);
        if (expected != winners)
            failures.append(tr("winners: the seed and entrants give %1").arg(expected.mid(0, 10).join(QStringLiteral(", "))));
    }
    return failures;
}

} // namespace shopcast::interact
