#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shopcast::cli {

// `shopcast-cli lottery draw --entries FILE --winners N --out AUDIT.json [--seed HEX]`
// runs a draw offline with the studio's code; `shopcast-cli lottery verify
// AUDIT.json` recomputes it and says valid (exit 0) or which check failed.
class LotteryCommand
{
    Q_DECLARE_TR_FUNCTIONS(LotteryCommand)
public:
    int run(const QStringList &arguments);

private:
    int draw(const QStringList &arguments);
    int verify(const QStringList &arguments);
};

} // namespace shopcast::cli
