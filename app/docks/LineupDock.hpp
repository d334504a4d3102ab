#pragma once

#include <QDockWidget>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::catalog {
class LineupModel;
class ProductRepository;
} // namespace shopcast::catalog
namespace shopcast::show {
class LiveProductController;
}

namespace shopcast::app {

// The show's products in order. Search the catalog to add, drag to reorder,
// edit live price and stock in place, "Explain now" to put a product on air
// (PgDn/PgUp for next/previous), mark sold out, run a flash sale.
class LineupDock : public QDockWidget
{
    Q_OBJECT
public:
    // The buttons and the lineup's double-click invoke the product actions.
    LineupDock(catalog::LineupModel &lineup, catalog::ProductRepository &products, show::LiveProductController &live, actions::ActionRegistry &actions,
               QWidget *parent = nullptr);
    ~LineupDock() override;

private:
    void search(const QString &text);
    void addSelectedResult();
    int selectedRow() const;
    void explainSelected();
    void toggleSoldOut();
    void toggleFlashSale();
    void updateButtons();
    // Through the registry, as a hotkey or a remote client would; a refusal shows below the table.
    bool invoke(const QString &id, const QJsonObject &params = {});
    QJsonObject selectedSku(bool orOnAir) const;
    QJsonObject flashSaleParams() const;

    catalog::LineupModel &m_lineup;
    catalog::ProductRepository &m_products;
    show::LiveProductController &m_live;
    actions::ActionRegistry &m_actions;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_explain = nullptr;
    QPushButton *m_soldOut = nullptr;
    QPushButton *m_flash = nullptr;
    QSpinBox *m_flashSeconds = nullptr;
    QLineEdit *m_flashPrice = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace shopcast::app
