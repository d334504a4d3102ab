#include "LineupDock.hpp"

#include "actions/ActionRegistry.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "overlay/ProductCardRenderer.hpp"
#include "show/LiveProductController.hpp"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace shopcast::app {

using namespace shopcast::catalog;

LineupDock::LineupDock(LineupModel &lineup, ProductRepository &products, show::LiveProductController &live, actions::ActionRegistry &actions, QWidget *parent)
    : QDockWidget(tr("Lineup"), parent)
    , m_lineup(lineup)
    , m_products(products)
    , m_live(live)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("lineupDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("lineupSearch"));
    m_search->setPlaceholderText(tr("Add a product: search SKU, name or tag…"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(body);
    m_results->setObjectName(QStringLiteral("lineupResults"));
    m_results->setMaximumHeight(140);
    m_results->hide();
    layout->addWidget(m_search);
    layout->addWidget(m_results);

    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("lineupTable"));
    m_table->setModel(&m_lineup);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(48);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LineupModel::Title, QHeaderView::Stretch);
    const std::pair<int, int> widths[]
        = {{LineupModel::Sku, 96}, {LineupModel::Price, 72}, {LineupModel::LivePrice, 80}, {LineupModel::Stock, 56}, {LineupModel::SoldOut, 64}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // One line per product, the title elided (its tooltip has it whole): a
    // wrapped title made each row five lines tall and the lineup three rows.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);

    // Two short rows rather than one long one: the right column of a
    // 1366-pixel screen is about 430 pixels wide.
    auto *buttonRow = new QGridLayout;
    auto *previous = new QPushButton(tr("◀ Previous"), body);
    m_explain = new QPushButton(tr("Explain now 讲解"), body);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_explain->setStyleSheet(QStringLiteral("font-weight:bold"));
    auto *next = new QPushButton(tr("Next ▶"), body);
    m_soldOut = new QPushButton(tr("Sold out"), body);
    m_soldOut->setObjectName(QStringLiteral("soldOutButton"));
    auto *remove = new QPushButton(tr("Remove"), body);
    buttonRow->addWidget(previous, 0, 0);
    buttonRow->addWidget(m_explain, 0, 1);
    buttonRow->addWidget(next, 0, 2);
    buttonRow->addWidget(m_soldOut, 1, 0);
    buttonRow->addWidget(remove, 1, 1);
    layout->addLayout(buttonRow);

    auto *flash = new QHBoxLayout;
    flash->addWidget(new QLabel(tr("Flash sale:"), body));
    m_flashSeconds = new QSpinBox(body);
    m_flashSeconds->setObjectName(QStringLiteral("flashSeconds"));
    m_flashSeconds->setRange(5, 3600);
    m_flashSeconds->setValue(60);
    m_flashSeconds->setSuffix(tr(" s"));
    m_flashPrice = new QLineEdit(body);
    m_flashPrice->setPlaceholderText(tr("sale price (optional)"));
    m_flashPrice->setMaximumWidth(140);
    m_flash = new QPushButton(tr("Start flash sale"), body);
    m_flash->setObjectName(QStringLiteral("flashButton"));
    auto *templates = new QComboBox(body);
    for (const QString &name : overlay::ProductCardRenderer::templates())
        templates->addItem(overlay::ProductCardRenderer::templateLabel(name), name);
    templates->setCurrentIndex(std::max(0, templates->findData(m_live.templateName())));
    templates->setToolTip(tr("Card template"));
    flash->addWidget(m_flashSeconds);
    flash->addWidget(m_flashPrice);
    flash->addWidget(m_flash);
    flash->addStretch();
    layout->addLayout(flash);
    auto *card = new QHBoxLayout;
    card->addWidget(new QLabel(tr("Card:"), body));
    card->addWidget(templates);
    buttonRow->addLayout(card, 1, 2);
    m_status = new QLabel(body);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(body);

    connect(m_search, &QLineEdit::textChanged, this, &LineupDock::search);
    connect(m_search, &QLineEdit::returnPressed, this, &LineupDock::addSelectedResult);
    connect(m_results, &QListWidget::itemActivated, this, &LineupDock::addSelectedResult);
    connect(m_explain, &QPushButton::clicked, this, &LineupDock::explainSelected);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == LineupModel::Title || index.column() == LineupModel::Sku)
            invoke(QStringLiteral("product.explain"), {{QStringLiteral("sku"), m_lineup.productAt(index.row()).sku}});
    });
    connect(previous, &QPushButton::clicked, this, [this] { invoke(QStringLiteral("product.previous")); });
    connect(next, &QPushButton::clicked, this, [this] { invoke(QStringLiteral("product.next")); });
    connect(m_soldOut, &QPushButton::clicked, this, &LineupDock::toggleSoldOut);
    connect(remove, &QPushButton::clicked, this, [this] { m_lineup.removeAt(selectedRow()); });
    connect(m_flash, &QPushButton::clicked, this, &LineupDock::toggleFlashSale);
    connect(templates, &QComboBox::currentIndexChanged, &m_live, [this, templates] { m_live.setTemplate(templates->currentData().toString()); });
    connect(&m_lineup, &LineupModel::errorOccurred, m_status, &QLabel::setText);
    connect(&m_live, &show::LiveProductController::message, m_status, [this](const QString &text) { m_status->setText(text); });
    connect(&m_lineup, &LineupModel::onAirRowChanged, this, &LineupDock::updateButtons);
    connect(&m_lineup, &LineupModel::soldOutChanged, this, &LineupDock::updateButtons);
    connect(&m_live, &show::LiveProductController::flashSaleChanged, this, &LineupDock::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LineupDock::updateButtons);

    // What a hotkey means here: the selected row, the flash sale as set up below.
    m_actions.setDefaultParams(QStringLiteral("product.explain"), [this] { return selectedSku(false); });
    m_actions.setDefaultParams(QStringLiteral("product.soldOut"), [this] { return selectedSku(true); });
    m_actions.setDefaultParams(QStringLiteral("flashSale.toggle"), [this] { return flashSaleParams(); });
    updateButtons();
}

LineupDock::~LineupDock()
{
    for (const char *id : {"product.explain", "product.soldOut", "flashSale.toggle"})
        m_actions.setDefaultParams(QLatin1String(id), {});
}

bool LineupDock::invoke(const QString &id, const QJsonObject &params)
{
    const actions::ActionResult result = m_actions.invoke(id, params, actions::Origin::Dock);
    if (!result.ok)
        m_status->setText(result.error);
    return result.ok;
}

QJsonObject LineupDock::selectedSku(bool orOnAir) const
{
    const int row = selectedRow() >= 0 ? selectedRow() : (orOnAir ? m_lineup.onAirRow() : -1);
    if (row < 0)
        return {};
    return {{QStringLiteral("sku"), m_lineup.productAt(row).sku}};
}

QJsonObject LineupDock::flashSaleParams() const
{
    QJsonObject params{{QStringLiteral("seconds"), m_flashSeconds->value()}};
    if (!m_flashPrice->text().trimmed().isEmpty())
        params.insert(QStringLiteral("price"), m_flashPrice->text().trimmed());
    return params;
}

void LineupDock::search(const QString &text)
{
    m_results->clear();
    if (text.trimmed().isEmpty()) {
        m_results->hide();
        return;
    }
    for (const Product &p : m_products.search(text, 50)) {
        auto *item
            = new QListWidgetItem(QStringLiteral("%1 — %2 — ¥%3%4")
                                      .arg(p.sku, p.title, p.effectivePrice().toString(), m_lineup.rowOfSku(p.sku) >= 0 ? tr("  (in lineup)") : QString()),
                                  m_results);
        item->setData(Qt::UserRole, p.sku);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_results->setVisible(true);
}

void LineupDock::addSelectedResult()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    QString error;
    if (!m_lineup.addProduct(item->data(Qt::UserRole).toString(), &error)) {
        m_status->setText(error);
        return;
    }
    m_status->clear();
    m_search->clear();
}

int LineupDock::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void LineupDock::explainSelected()
{
    if (selectedRow() >= 0)
        invoke(QStringLiteral("product.explain"), selectedSku(false));
}

void LineupDock::toggleSoldOut()
{
    const QJsonObject params = selectedSku(true);
    if (!params.isEmpty())
        invoke(QStringLiteral("product.soldOut"), params);
}

void LineupDock::toggleFlashSale()
{
    invoke(QStringLiteral("flashSale.toggle"), m_live.isFlashSaleRunning() ? QJsonObject() : flashSaleParams());
}

void LineupDock::updateButtons()
{
    const int row = selectedRow() >= 0 ? selectedRow() : m_lineup.onAirRow();
    m_soldOut->setText(row >= 0 && m_lineup.isSoldOut(row) ? tr("Back in stock") : tr("Sold out"));
    m_flash->setText(m_live.isFlashSaleRunning() ? tr("Stop flash sale") : tr("Start flash sale"));
    m_explain->setEnabled(selectedRow() >= 0);
}

} // namespace shopcast::app
