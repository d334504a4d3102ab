#pragma once

#include "SpamSettings.hpp"
#include "TermRule.hpp"
#include "TextNormalizer.hpp"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace shopcast::moderation {

// Everything moderation is configured with, as the studio exports it (the
// file `shopcast-cli moderate --rules` reads): normaliser steps, blocked
// terms with their actions, spam rules, question keywords, and the badges
// whose holders are never moderated (the host's own team).
struct ModerationRules
{
    static constexpr int kFormatVersion = 1;

    NormalizerOptions normalizer;
    QList<TermRule> terms;
    SpamSettings spam;
    QStringList questionKeywords;
    QStringList exemptBadges{QStringLiteral("broadcaster"), QStringLiteral("moderator")};

    // A starter list: the usual ways of pulling buyers off the platform.
    static ModerationRules defaults();

    QByteArray toJson() const;
    static std::optional<ModerationRules> fromJson(const QByteArray &json, QStringList *errors);
    static std::optional<ModerationRules> load(const QString &path, QStringList *errors);
    bool save(const QString &path, QString *error) const;

    Q_DECLARE_TR_FUNCTIONS(ModerationRules)
};

} // namespace shopcast::moderation
