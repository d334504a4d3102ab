#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace shopcast::interact {

// One lottery (抽奖 / 福袋) as the producer prepares it: the prize, how many
// win, the keyword viewers type to enter (口令), how long entries stay open,
// and who may enter. Entries only ever come from comments moderation let
// through (a held comment enters once approved), one per user.
struct LotteryPreset
{
    QString prize;
    QString imagePath;
    int winners = 1;
    QString keyword = QStringLiteral("666");
    qint64 entryWindowMs = 60'000;
    bool excludeStaff = true;   // broadcaster and moderator badges
    int excludeWinnersDays = 7; // users who won within this many days (across shows); 0: nobody
    int minComments = 0;        // comments in this show before entering (the entry included)

    QJsonObject toJson() const;
    static std::optional<LotteryPreset> fromJson(const QJsonObject &json, QString *error);
    bool validate(QString *error) const;

    Q_DECLARE_TR_FUNCTIONS(LotteryPreset)
};

} // namespace shopcast::interact
