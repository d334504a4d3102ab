#pragma once

#include <QCoreApplication>

#include "RhythmRule.hpp"
#include "SlotKind.hpp"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shopcast::rundown {

struct PlanSlot
{
    SlotKind kind = SlotKind::Product;
    qint64 plannedMs = 0;
    QString sku; // product slots
    QString notes;
    // Lottery and poll slots: what the slot opens (a lottery or poll preset
    // as the interaction room reads it; empty: the show's default). Kept as
    // JSON here so the plan does not depend on the room that runs it.
    QJsonObject preset;
    bool countdown = false; // the slot's remaining time on stream

    friend bool operator==(const PlanSlot &, const PlanSlot &) = default;
};

// A run of show, as a producer plans it: ordered slots with planned lengths,
// the rhythm rule it follows, a planned start and, optionally, a planned
// length for the whole show. The JSON file form is documented in the README so
// plans can come from a spreadsheet or a script.
struct ShowPlan
{
    Q_DECLARE_TR_FUNCTIONS(ShowPlan)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxPresetBytes = 16 * 1024;

    QString title;
    std::optional<QDateTime> plannedStart;
    std::optional<qint64> plannedLengthMs;
    RhythmRule rule;
    QList<PlanSlot> slotList;

    qint64 totalPlannedMs() const;
    qint64 plannedOffsetMs(int slotIndex) const; // when slot i starts, by plan

    static std::optional<ShowPlan> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;
    // Atomic; on any error the existing file is left as it was.
    bool save(const QString &path, QString *error) const;
    static std::optional<ShowPlan> load(const QString &path, QString *error);

    friend bool operator==(const ShowPlan &, const ShowPlan &) = default;
};

} // namespace shopcast::rundown
