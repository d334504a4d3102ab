#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace shopcast::interact {

// A lottery draw anyone can check (algorithm "shopcast-draw", version 1):
//
//  1. When entries open, a 256-bit seed is taken from OpenSSL's CSPRNG and
//     only its commitment is shown: SHA-256(seed), in hex.
//  2. At the draw the entrant list is frozen: ids made unique and sorted by
//     their UTF-8 bytes; entrantsHash = SHA-256 of the ids joined with "\n".
//  3. The seed is revealed. A stream of 64-bit numbers comes from it: block b
//     is SHA-256(seed ‖ b as 8 bytes big-endian), b = 0, 1, ...; each block
//     gives four numbers, read as big-endian 8-byte integers in order.
//  4. Winners by a partial Fisher–Yates shuffle: for i = 0 .. k-1 (k = the
//     number of winners, at most the entrants n), j = i + uniform(n - i),
//     swap entrants i and j; winner i is entrant i. uniform(m) takes the next
//     number x, rejects it while x ≥ 2^64 − (2^64 mod m) (no modulo bias),
//     and returns x mod m.
//
// Given the seed and the frozen list, anyone gets the same winners in the
// same order; the commitment, shown before any entry, proves the seed was
// not chosen after seeing the entrants.
class FairDraw
{
    Q_DECLARE_TR_FUNCTIONS(FairDraw)
public:
    static constexpr int kSeedBytes = 32;
    static constexpr const char *kAlgorithm = "shopcast-draw";
    static constexpr int kVersion = 1;

    static QByteArray newSeed(); // OpenSSL RAND_bytes; empty if the CSPRNG fails
    static QString commitment(const QByteArray &seed);
    // A seed as audits and checkpoints write it: kSeedBytes in hex; empty if it is not.
    static QByteArray seedFromHex(const QString &hex);
    static QStringList freeze(const QStringList &entrants); // unique, sorted by UTF-8 bytes
    static QString entrantsHash(const QStringList &frozen);
    // The winners, in draw order; frozen must come from freeze().
    static QStringList draw(const QByteArray &seed, const QStringList &frozen, int winners);

    // The audit record: commitment, seed, entrants, winners, algorithm and
    // whatever the caller adds (rule settings, times, prize).
    static QJsonObject audit(const QByteArray &seed, const QStringList &frozen, const QStringList &winners, int requested, const QJsonObject &extra = {});
    // Recomputes everything; empty when the record is genuine, else each
    // check that failed, in words.
    static QStringList verify(const QJsonObject &audit);
};

} // namespace shopcast::interact
