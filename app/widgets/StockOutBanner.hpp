#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::catalog {
class LineupModel;
}
namespace shopcast::show {
class LiveProductController;
}

namespace shopcast::app {

// “保温杯: live orders used up its stock. Mark it sold out?” above the
// preview, never on stream, while a product waits for the host's answer:
// Mark sold out (product.soldOut) or Keep selling (product.keepSelling),
// both actions so the producer's console can answer too.
class StockOutBanner : public QFrame
{
    Q_OBJECT
public:
    StockOutBanner(show::LiveProductController &live, const catalog::LineupModel &lineup, actions::ActionRegistry &actions, QWidget *parent = nullptr);

private:
    void refresh();

    show::LiveProductController &m_live;
    const catalog::LineupModel &m_lineup;
    QLabel *m_text = nullptr;
    QString m_sku;
};

} // namespace shopcast::app
