#include "PlanTimeBar.hpp"

#include "rundown/PlanTableModel.hpp"

#include <QPainter>

namespace shopcast::app {

using rundown::SlotKind;

namespace {
QColor colourOf(SlotKind kind)
{
    switch (kind) {
    case SlotKind::Product: return QColor(0x42, 0xa5, 0xf5);
    case SlotKind::Lottery: return QColor(0xff, 0xa7, 0x26);
    case SlotKind::Game: return QColor(0xab, 0x47, 0xbc);
    case SlotKind::Poll: return QColor(0x26, 0xa6, 0x9a);
    case SlotKind::Warmup:
    case SlotKind::Closing: return QColor(0x9e, 0x9e, 0x9e);
    default: return QColor(0xbd, 0xbd, 0xbd);
    }
}
} // namespace

PlanTimeBar::PlanTimeBar(const rundown::PlanTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setMinimumHeight(40);
    connect(&m_model, &rundown::PlanTableModel::planEdited, this, qOverload<>(&QWidget::update));
    connect(&m_model, &QAbstractItemModel::modelReset, this, qOverload<>(&QWidget::update));
}

void PlanTimeBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto &plan = m_model.plan();
    const qint64 total = std::max(plan.totalPlannedMs(), plan.plannedLengthMs.value_or(0));
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -14);
    p.fillRect(rect(), palette().base());
    if (total <= 0)
        return;
    const double scale = area.width() / double(total);
    double x = area.left();
    for (int i = 0; i < plan.slotList.size(); ++i) {
        const auto &slot = plan.slotList.at(i);
        const QRectF block(x, area.top(), slot.plannedMs * scale, area.height());
        p.fillRect(block.adjusted(0.5, 0, -0.5, 0), colourOf(slot.kind));
        if (!m_model.violationsAt(i).isEmpty()) {
            p.setPen(QPen(QColor(0xd5, 0x00, 0x00), 3));
            p.drawRect(block.adjusted(1.5, 1.5, -1.5, -1.5));
        }
        x += block.width();
    }
    if (plan.plannedLengthMs) {
        const double end = area.left() + *plan.plannedLengthMs * scale;
        p.setPen(QPen(Qt::black, 2, Qt::DashLine));
        p.drawLine(QPointF(end, 0), QPointF(end, height()));
    }
    p.setPen(palette().text().color());
    QFont f = font();
    f.setPixelSize(10);
    p.setFont(f);
    p.drawText(QRectF(0, height() - 13, width(), 13), Qt::AlignRight | Qt::AlignVCenter,
               tr("total %1").arg(rundown::PlanTableModel::formatDuration(plan.totalPlannedMs())));
}

} // namespace shopcast::app
