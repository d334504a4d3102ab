#include "OrderMappingDialog.hpp"

#include "widgets/TonedText.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopcast::app {

namespace {

// Header words shops use for a field, to pre-select its column.
QStringList hintsFor(const QString &field)
{
    static const QHash<QString, QStringList> hints{
        {QStringLiteral("orderId"), {QStringLiteral("订单号"), QStringLiteral("订单编号"), QStringLiteral("单号"), QStringLiteral("order")}},
        {QStringLiteral("quantity"), {QStringLiteral("数量"), QStringLiteral("件数"), QStringLiteral("qty"), QStringLiteral("quantity")}},
        {QStringLiteral("paid"), {QStringLiteral("实付"), QStringLiteral("实收"), QStringLiteral("金额"), QStringLiteral("paid"), QStringLiteral("amount")}},
        {QStringLiteral("paidAt"), {QStringLiteral("付款时间"), QStringLiteral("支付时间"), QStringLiteral("paid at"), QStringLiteral("time")}},
        {QStringLiteral("sku"), {QStringLiteral("商家编码"), QStringLiteral("货号"), QStringLiteral("sku")}},
        {QStringLiteral("lineId"), {QStringLiteral("子订单"), QStringLiteral("line")}},
        {QStringLiteral("productId"), {QStringLiteral("商品id"), QStringLiteral("product id")}},
        {QStringLiteral("title"), {QStringLiteral("商品名称"), QStringLiteral("标题"), QStringLiteral("title")}},
        {QStringLiteral("buyer"), {QStringLiteral("昵称"), QStringLiteral("会员名"), QStringLiteral("buyer name")}},
        {QStringLiteral("buyerId"), {QStringLiteral("买家ID"), QStringLiteral("用户ID"), QStringLiteral("buyer id")}},
        {QStringLiteral("status"), {QStringLiteral("订单状态"), QStringLiteral("status")}},
        {QStringLiteral("afterSale"), {QStringLiteral("售后"), QStringLiteral("refund")}}};
    return hints.value(field);
}

} // namespace

OrderMappingDialog::OrderMappingDialog(const QString &fileName, const QStringList &header, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("orderMappingDialog"));
    setWindowTitle(tr("Columns of %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This export is not one the studio knows (抖店, 千牛, 快手小店). Say which column holds what; fields marked * are needed."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    QSet<int> taken;
    for (const QString &field : sales::OrderExportFormat::fieldIds()) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("column_") + field);
        box->addItem(sales::OrderExportFormat::isRequiredField(field) ? tr("(choose a column)") : tr("(none)"), QString());
        for (const QString &column : header)
            if (!column.isEmpty())
                box->addItem(column, column);
        // A guess: the first column not yet taken whose name holds a hint.
        for (int c = 0; c < header.size() && box->currentIndex() == 0; ++c)
            if (!taken.contains(c))
                for (const QString &hint : hintsFor(field))
                    if (header.at(c).contains(hint, Qt::CaseInsensitive)) {
                        box->setCurrentIndex(box->findData(header.at(c)));
                        taken.insert(c);
                        break;
                    }
        connect(box, &QComboBox::currentIndexChanged, this, &OrderMappingDialog::check);
        m_boxes.insert(field, box);
        form->addRow(sales::OrderExportFormat::fieldLabel(field) + (sales::OrderExportFormat::isRequiredField(field) ? QStringLiteral(" *") : QString()), box);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setWordWrap(true);
    TonedText::apply(m_problem, style::Tone::Danger);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    check();
}

std::optional<sales::OrderExportFormat> OrderMappingDialog::format() const
{
    QList<QPair<QString, QString>> pairs;
    for (const QString &field : sales::OrderExportFormat::fieldIds())
        if (const QString column = m_boxes.value(field)->currentData().toString(); !column.isEmpty())
            pairs.append({field, column});
    QString error;
    return sales::OrderExportFormat::fromColumns(pairs, &error);
}

void OrderMappingDialog::check()
{
    QStringList missing;
    for (const QString &field : sales::OrderExportFormat::fieldIds())
        if (sales::OrderExportFormat::isRequiredField(field) && m_boxes.value(field)->currentData().toString().isEmpty())
            missing.append(sales::OrderExportFormat::fieldLabel(field));
    m_problem->setText(missing.isEmpty() ? QString() : tr("Still needed: %1").arg(missing.join(QStringLiteral(", "))));
    m_ok->setEnabled(missing.isEmpty());
}

} // namespace shopcast::app
