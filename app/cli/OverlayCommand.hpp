#pragma once

#include <QCoreApplication>

#include <QStringList>

namespace shopcast::cli {

// `shopcast-cli overlay render --db PATH --sku SKU --out card.png
//  [--template NAME] [--canvas WxH]`: the product card as viewers will see it.
class OverlayCommand
{
    Q_DECLARE_TR_FUNCTIONS(OverlayCommand)
public:
    int run(const QStringList &arguments);
};

} // namespace shopcast::cli
