#pragma once

#include <QCoreApplication>
#include <QString>

namespace shopcast::chat {

// A comment's platform as a host reads it: "rehearsal" is 演练 in Chinese,
// "douyin" 抖音. Ids nobody has named (a bridge client's own) stay as given.
class Platforms
{
    Q_DECLARE_TR_FUNCTIONS(Platforms)
public:
    static QString label(const QString &id);
};

} // namespace shopcast::chat
