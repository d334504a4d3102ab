#include "LotteryPreset.hpp"

namespace shopcast::interact {

QJsonObject LotteryPreset::toJson() const
{
    return {{QStringLiteral("prize"), prize},
            {QStringLiteral("image"), imagePath},
            {QStringLiteral("winners"), winners},
            {QStringLiteral("keyword"), keyword},
            {QStringLiteral("entryWindowMs"), entryWindowMs},
            {QStringLiteral("excludeStaff"), excludeStaff},
            {QStringLiteral("excludeWinnersDays"), excludeWinnersDays},
            {QStringLiteral("minComments"), minComments}};
}

std::optional<LotteryPreset> LotteryPreset::fromJson(const QJsonObject &json, QString *error)
{
    LotteryPreset p;
    p.prize = json.value(QStringLiteral("prize")).toString();
    p.imagePath = json.value(QStringLiteral("image")).toString();
    p.winners = json.value(QStringLiteral("winners")).toInt(1);
    p.keyword = json.value(QStringLiteral("keyword")).toString(p.keyword);
    p.entryWindowMs = qint64(json.value(QStringLiteral("entryWindowMs")).toDouble(double(p.entryWindowMs)));
    p.excludeStaff = json.value(QStringLiteral("excludeStaff")).toBool(true);
    p.excludeWinnersDays = json.value(QStringLiteral("excludeWinnersDays")).toInt(7);
    p.minComments = json.value(QStringLiteral("minComments")).toInt(0);
    if (!p.validate(error))
        return std::nullopt;
    return p;
}

bool LotteryPreset::validate(QString *error) const
{
    if (prize.trimmed().isEmpty() || prize.size() > 100)
        *error = tr("the prize needs a name of 1 to 100 characters");
    else if (winners < 1 || winners > 10'000)
        *error = tr("from 1 to 10,000 winners");
    else if (keyword.trimmed().isEmpty() || keyword.size() > 20)
        *error = tr("the entry keyword needs 1 to 20 characters");
    else if (entryWindowMs < 5'000 || entryWindowMs > 3'600'000)
        *error = tr("entries stay open from 5 seconds to an hour");
    else if (excludeWinnersDays < 0 || excludeWinnersDays > 365 || minComments < 0 || minComments > 1000)
        *error = tr("past winners: 0 to 365 days; comments before entering: 0 to 1,000");
    else
        return true;
    return false;
}

} // namespace shopcast::interact
