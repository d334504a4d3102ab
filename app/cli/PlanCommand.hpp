#pragma once

#include <QCoreApplication>

#include <QStringList>

namespace shopcast::cli {

// `shopcast-cli plan lint FILE [--rule 322|332|FILE]` and
// `shopcast-cli plan generate --db PATH [--rule ...] [--title T] [--out FILE]`.
class PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)
public:
    int run(const QStringList &arguments);

private:
    int runLint(const QStringList &arguments);
    int runGenerate(const QStringList &arguments);
};

} // namespace shopcast::cli
