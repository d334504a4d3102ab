#include "PropertiesForm.hpp"

#include "WheelGuard.hpp"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>

#include <cmath>

namespace shopcast::app {

using broadcast::PropertySpec;

namespace {

constexpr int kMaxTextChars = 4096; // a path or a text setting; libobs takes any length, a form need not

// libobs keeps colours as 0xAABBGGRR.
QColor colourOf(qint64 abgr)
{
    const auto v = quint32(abgr);
    return QColor(int(v & 0xff), int((v >> 8) & 0xff), int((v >> 16) & 0xff), int((v >> 24) & 0xff));
}

qint64 abgrOf(const QColor &c)
{
    return qint64((quint32(c.alpha()) << 24) | (quint32(c.blue()) << 16) | (quint32(c.green()) << 8) | quint32(c.red()));
}

void paintSwatch(QPushButton *button, const QColor &colour)
{
    QPixmap swatch(32, 16);
    swatch.fill(colour);
    button->setIcon(QIcon(swatch));
    button->setText(colour.name(colour.alpha() < 255 ? QColor::HexArgb : QColor::HexRgb));
}

} // namespace

PropertiesForm::PropertiesForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void PropertiesForm::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_lastEdited.clear();
}

void PropertiesForm::setSheet(const broadcast::PropertySheet &sheet, const QJsonObject &settings)
{
    clear();
    m_settings = settings;
    m_defaults = sheet.defaults;
    for (const PropertySpec &spec : sheet.properties)
        addRow(spec);
    WheelGuard::guardChildren(this);
}

void PropertiesForm::updateVisibility(const broadcast::PropertySheet &sheet)
{
    for (const PropertySpec &spec : sheet.properties)
        if (QWidget *editor = m_editors.value(spec.name))
            m_form->setRowVisible(editor->parentWidget() == this ? editor : editor->parentWidget(), spec.visible);
}

QJsonValue PropertiesForm::valueOf(const QString &name) const
{
    return m_settings.contains(name) ? m_settings.value(name) : m_defaults.value(name);
}

void PropertiesForm::change(const QString &name, const QJsonValue &value)
{
    if (m_settings.value(name) == value)
        return;
    m_settings.insert(name, value);
    const bool continuing = name == m_lastEdited;
    m_lastEdited = name;
    emit edited(m_settings, continuing);
}

void PropertiesForm::addRow(const PropertySpec &spec)
{
    const QString name = spec.name;
    const QJsonValue value = valueOf(name);
    QWidget *editor = nullptr;
    QWidget *field = nullptr; // what the row holds: the editor, or a box around it
    switch (spec.type) {
    case PropertySpec::Type::Bool: {
        auto *box = new QCheckBox(spec.label, this);
        box->setChecked(value.toBool());
        connect(box, &QCheckBox::toggled, this, [this, name](bool on) { change(name, on); });
        editor = field = box;
        m_form->addRow(box);
        break;
    }
    case PropertySpec::Type::Int:
    case PropertySpec::Type::Float: {
        const bool isInt = spec.type == PropertySpec::Type::Int;
        const double step = spec.step > 0 ? spec.step : 1;
        auto *spin = new QDoubleSpinBox;
        spin->setDecimals(isInt ? 0 : std::clamp(int(std::ceil(-std::log10(step))), 0, 4));
        spin->setRange(spec.minimum, spec.maximum > spec.minimum ? spec.maximum : 1e9);
        spin->setSingleStep(step);
        if (!spec.suffix.isEmpty())
            spin->setSuffix(spec.suffix.startsWith(QLatin1Char(' ')) ? spec.suffix : QLatin1Char(' ') + spec.suffix);
        spin->setValue(value.toDouble());
        editor = spin;
        field = spin;
        if (spec.slider && spec.maximum > spec.minimum) {
            auto *box = new QWidget(this);
            auto *row = new QHBoxLayout(box);
            row->setContentsMargins(0, 0, 0, 0);
            auto *slider = new QSlider(Qt::Horizontal, box);
            // In steps from zero, so an integer setting's slider reads its value.
            const auto toSlider = [step](double v) { return int(std::clamp<long>(std::lround(v / step), -1000000, 1000000)); };
            slider->setRange(toSlider(spec.minimum), std::max(toSlider(spec.maximum), toSlider(spec.minimum) + 1));
            slider->setValue(toSlider(value.toDouble()));
            slider->setObjectName(QStringLiteral("slider:%1").arg(name));
            row->addWidget(slider, 1);
            row->addWidget(spin);
            connect(slider, &QSlider::valueChanged, spin, [spin, step](int v) { spin->setValue(v * step); });
            connect(spin, &QDoubleSpinBox::valueChanged, slider, [slider, toSlider](double v) {
                const QSignalBlocker quiet(slider);
                slider->setValue(toSlider(v));
            });
            field = box;
        }
        connect(spin, &QDoubleSpinBox::valueChanged, this,
                [this, name, isInt](double v) { change(name, isInt ? QJsonValue(qint64(std::llround(v))) : QJsonValue(v)); });
        m_form->addRow(spec.label, field);
        break;
    }
    case PropertySpec::Type::Text: {
        auto *line = new QLineEdit(value.toString(), this);
        line->setMaxLength(kMaxTextChars);
        connect(line, &QLineEdit::textEdited, this, [this, name](const QString &text) { change(name, text); });
        editor = field = line;
        m_form->addRow(spec.label, line);
        break;
    }
    case PropertySpec::Type::Path: {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto *line = new QLineEdit(value.toString(), box);
        line->setMaxLength(kMaxTextChars);
        auto *browse = new QPushButton(tr("Browse…"), box);
        row->addWidget(line, 1);
        row->addWidget(browse);
        connect(line, &QLineEdit::editingFinished, this, [this, name, line] { change(name, line->text()); });
        connect(browse, &QPushButton::clicked, this, [this, name, line, filter = spec.pathFilter] {
            const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"), QFileInfo(line->text()).absolutePath(), filter);
            if (file.isEmpty())
                return;
            line->setText(file);
            change(name, file);
        });
        editor = line;
        field = box;
        m_form->addRow(spec.label, box);
        break;
    }
    case PropertySpec::Type::Color:
    case PropertySpec::Type::ColorAlpha: {
        auto *button = new QPushButton(this);
        paintSwatch(button, colourOf(value.toInteger(0xffffffff)));
        const bool alpha = spec.type == PropertySpec::Type::ColorAlpha;
        connect(button, &QPushButton::clicked, this, [this, name, button, alpha, label = spec.label] {
            const QColor chosen = QColorDialog::getColor(colourOf(valueOf(name).toInteger(0xffffffff)), this, label,
                                                         alpha ? QColorDialog::ShowAlphaChannel : QColorDialog::ColorDialogOptions());
            if (!chosen.isValid())
                return;
            paintSwatch(button, chosen);
            change(name, abgrOf(chosen));
        });
        editor = field = button;
        m_form->addRow(spec.label, button);
        break;
    }
    case PropertySpec::Type::List: {
        auto *combo = new QComboBox(this);
        for (const PropertySpec::Choice &choice : spec.choices)
            combo->addItem(choice.label, choice.value.toVariant());
        for (int i = 0; i < spec.choices.size(); ++i)
            if (spec.choices.at(i).value == value)
                combo->setCurrentIndex(i);
        connect(combo, &QComboBox::activated, this, [this, name, choices = spec.choices](int i) {
            if (i >= 0 && i < choices.size())
                change(name, choices.at(i).value);
        });
        editor = field = combo;
        m_form->addRow(spec.label, combo);
        break;
    }
    }
    editor->setObjectName(QStringLiteral("property:%1").arg(name));
    m_editors.insert(name, editor);
    m_form->setRowVisible(field, spec.visible);
}

} // namespace shopcast::app
