#pragma once

#include <QCoreApplication>

#include <QStringList>

namespace shopcast::cli {

// `shopcast-cli catalog import FILE --db PATH` and
// `shopcast-cli catalog export --db PATH --format csv|json [--out FILE]`.
class CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)
public:
    int run(const QStringList &arguments);

private:
    int runImport(const QStringList &arguments);
    int runExport(const QStringList &arguments);
};

} // namespace shopcast::cli
