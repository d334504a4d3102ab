#pragma once

#include <QList>
#include <QString>

namespace shopcast::storage {

// One step of the studio database's schema, from version - 1 to version.
// Steps are only ever appended: a shipped step never changes, so a database
// written by any earlier build upgrades in order. Each step names the area
// whose tables it creates or changes, which is the area that owns them.
struct Migration
{
    int version = 0;
    const char *area = "";
    const char *sql = "";
};

class Schema
{
public:
    static const QList<Migration> &migrations();
    static int latestVersion();
};

} // namespace shopcast::storage
