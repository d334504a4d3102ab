#include "AddSourceDialog.hpp"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace shopcast::app {

using broadcast::SourceKind;

AddSourceDialog::AddSourceDialog(const SourceKind &kind, const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setWindowTitle(tr("Add %1").arg(kind.label));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(suggestedName, this);
    form->addRow(tr("Name:"), m_name);
    if (kind.input != SourceKind::Input::None) {
        m_value = new QLineEdit(this);
        auto *row = new QHBoxLayout;
        row->addWidget(m_value);
        if (kind.input == SourceKind::Input::File) {
            auto *browse = new QPushButton(tr("Browse…"), this);
            connect(browse, &QPushButton::clicked, this, [this] {
                const QString file = QFileDialog::getOpenFileName(this, m_kind.label, {}, m_kind.fileFilter);
                if (!file.isEmpty())
                    m_value->setText(file);
            });
            row->addWidget(browse);
            form->addRow(tr("File:"), row);
        } else if (kind.input == SourceKind::Input::Color) {
            m_value->setText(QStringLiteral("#1f0d3a"));
            auto *pick = new QPushButton(tr("Pick…"), this);
            connect(pick, &QPushButton::clicked, this, [this] {
                const QColor c = QColorDialog::getColor(QColor(m_value->text()), this);
                if (c.isValid())
                    m_value->setText(c.name());
            });
            row->addWidget(pick);
            form->addRow(tr("Colour:"), row);
        } else {
            form->addRow(tr("Text:"), row);
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

broadcast::SourceSpec AddSourceDialog::source() const
{
    return {m_name->text().trimmed(), m_kind.id, broadcast::SourceCatalog::settingsFor(m_kind, m_value ? m_value->text() : QString())};
}

} // namespace shopcast::app
