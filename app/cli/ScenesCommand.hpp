#pragma once

#include <QCoreApplication>

#include <QStringList>

namespace shopcast::cli {

// `shopcast-cli scenes import-obs FILE --out COLLECTION.json`: an OBS Studio
// scene collection as the studio's own, with what could not come over
// exactly printed; the OBS file is only read. `scenes list-obs` names the
// collections in OBS's config folder.
class ScenesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScenesCommand)
public:
    int run(const QStringList &arguments);

private:
    int runImport(const QStringList &arguments);
    int runList(const QStringList &arguments);
};

} // namespace shopcast::cli
