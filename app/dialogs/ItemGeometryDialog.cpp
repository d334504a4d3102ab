#include "ItemGeometryDialog.hpp"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace shopcast::app {

ItemGeometryDialog::ItemGeometryDialog(const broadcast::SceneItemSpec &item, const broadcast::CanvasSpec &canvas, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
{
    setWindowTitle(tr("Position and size of %1").arg(item.sourceName));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Canvas %1. The source is scaled to fit inside the box, keeping its proportions.").arg(canvas.sizeText()), this));
    auto spin = [this](int max, double value) {
        auto *box = new QSpinBox(this);
        box->setRange(-max, max);
        box->setSuffix(tr(" px"));
        box->setValue(qRound(value));
        return box;
    };
    m_x = spin(16384, item.xPx);
    m_y = spin(16384, item.yPx);
    m_width = spin(16384, item.boundsWidthPx);
    m_height = spin(16384, item.boundsHeightPx);
    m_width->setMinimum(1);
    m_height->setMinimum(1);
    m_natural = new QCheckBox(tr("Natural size (no box)"), this);
    m_natural->setChecked(item.boundsWidthPx <= 0);
    if (item.boundsWidthPx <= 0) {
        m_width->setValue(canvas.widthPx / 2);
        m_height->setValue(canvas.heightPx / 2);
    }
    auto sync = [this] {
        m_width->setEnabled(!m_natural->isChecked());
        m_height->setEnabled(!m_natural->isChecked());
    };
    connect(m_natural, &QCheckBox::toggled, this, sync);
    sync();
    form->addRow(tr("Left (x):"), m_x);
    form->addRow(tr("Top (y):"), m_y);
    form->addRow(QString(), m_natural);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

broadcast::SceneItemSpec ItemGeometryDialog::item() const
{
    broadcast::SceneItemSpec item = m_item;
    item.xPx = m_x->value();
    item.yPx = m_y->value();
    item.boundsWidthPx = m_natural->isChecked() ? 0 : m_width->value();
    item.boundsHeightPx = m_natural->isChecked() ? 0 : m_height->value();
    return item;
}

} // namespace shopcast::app
