#pragma once

#include "Verdict.hpp"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace shopcast::moderation {

// The spam rules a moderator (场控) tunes, each with its action. Defaults are
// set for a busy Chinese live-commerce room; everything is editable.
struct SpamSettings
{
    struct Rule
    {
        bool enabled = true;
        Verdict action = Verdict::Hide;
    };

    Rule links; // URLs and bare domains, except the allowlist
    QStringList allowedDomains{QStringLiteral("taobao.com"), QStringLiteral("tmall.com"),    QStringLiteral("jd.com"),
                               QStringLiteral("douyin.com"), QStringLiteral("kuaishou.com"), QStringLiteral("pinduoduo.com")};
    Rule contact; // phone numbers, WeChat/QQ ids offered in the chat
    Rule caps;    // SHOUTING
    int capsMinLetters = 12;
    double capsMaxRatio = 0.7;
    Rule symbols; // !!!!!!$$$$###
    int symbolsMinChars = 10;
    double symbolsMaxRatio = 0.6;
    Rule emoji; // more than this many emoji
    int emojiMax = 8;
    Rule length; // longer than this many characters
    int lengthMax = 300;
    Rule repeat; // the same as the user's previous comment
    qint64 repeatWindowMs = 60'000;
    Rule flood{true, Verdict::Timeout}; // more than N comments in T
    int floodMessages = 6;
    qint64 floodWindowMs = 10'000;
    Rule firstTime{false, Verdict::Hold}; // a user's first comment of the show waits for review
    // Repeat offenders: within the window, the Nth offence becomes a timeout,
    // the Mth a ban (0: never).
    bool escalate = true;
    qint64 escalationWindowMs = 600'000;
    int timeoutAfter = 3;
    int banAfter = 6;
    qint64 timeoutMs = 300'000;

    QJsonObject toJson() const;
    static SpamSettings fromJson(const QJsonObject &json, QStringList *errors);

    Q_DECLARE_TR_FUNCTIONS(SpamSettings)
};

} // namespace shopcast::moderation
