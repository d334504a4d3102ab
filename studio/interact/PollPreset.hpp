#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace shopcast::interact {

struct PollOption
{
    QString label;
    QStringList keywords;

    friend bool operator==(const PollOption &, const PollOption &) = default;
};

enum class PollPolicy { FirstVote, LastVote };

// A poll as the producer prepares it for a slot of the show plan, or the host
// types it in the Poll dock: the question, 2 to 6 options with the keywords
// that vote for each, and whether a viewer's first or last vote counts.
struct PollPreset
{
    QString question;
    QList<PollOption> options;
    PollPolicy policy = PollPolicy::FirstVote;

    QJsonObject toJson() const;
    static std::optional<PollPreset> fromJson(const QJsonObject &json, QString *error);
    bool validate(QString *error) const;

    // The dock's text form, one option a line: "Red = 1, red".
    static QList<PollOption> parseOptions(const QString &text);
    static QString formatOptions(const QList<PollOption> &options);

    friend bool operator==(const PollPreset &, const PollPreset &) = default;

    Q_DECLARE_TR_FUNCTIONS(PollPreset)
};

} // namespace shopcast::interact
