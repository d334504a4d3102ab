#pragma once

#include <QCoreApplication>

#include <QStringList>

namespace shopcast::cli {

// `shopcast-cli orders import FILE --db PATH [--show ID] [--format NAME]
// [--map SPEC]`: a platform's order export into the studio database.
class OrdersCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrdersCommand)
public:
    int run(const QStringList &arguments);
};

} // namespace shopcast::cli
