#pragma once

#include <QCoreApplication>

#include "SlotKind.hpp"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace shopcast::rundown {

// The pacing rule of a show, as data. The practice it encodes: a product pitch
// lasts at most 3 minutes, and after every few products comes a 2-minute
// interlude (a lottery or a game) to keep viewers in the room. Presets are
// named by their digits — minutes per pitch, products per block, minutes per
// interlude: "332" is the rule as the source article's text states it (3 min,
// every 3 products, 2 min), "322" reads its heading the same way (every 2
// products). Every number can be changed.
struct RhythmRule
{
    Q_DECLARE_TR_FUNCTIONS(RhythmRule)
public:
    QString name = QStringLiteral("332");
    qint64 maxPitchMs = 180'000;
    int productsPerBlock = 3;
    qint64 interludeMs = 120'000;
    QList<SlotKind> interludeKinds = {SlotKind::Lottery, SlotKind::Game};
    int amberPercent = 80; // progress bar turns amber here
    int redPercent = 100;  // and red here (overrun)

    static RhythmRule preset322();
    static RhythmRule preset332();
    static QStringList presetNames() { return {QStringLiteral("322"), QStringLiteral("332")}; }

    // "322", "332", or an object (see README); missing fields keep the 332
    // defaults. Errors name the field.
    static std::optional<RhythmRule> fromJson(const QJsonValue &value, QString *error);
    QJsonValue toJson() const; // a preset's name when it is one, else an object

    bool isInterlude(SlotKind kind) const { return interludeKinds.contains(kind); }
    friend bool operator==(const RhythmRule &, const RhythmRule &) = default;
};

} // namespace shopcast::rundown
