#include "DestinationsDialog.hpp"
#include "widgets/TonedText.hpp"

#include "widgets/KeyringFallbackPrompt.hpp"

#include "broadcast/Destination.hpp"
#include "core/SecretStore.hpp"

#include "style/Tones.hpp"

#include <QMessageBox>

#include <QCheckBox>
#include <QComboBox>

#include <algorithm>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace shopcast::app {

using namespace shopcast::broadcast;

namespace {
enum Column { Enabled, Name, Server, Key, Canvas, ColumnCount };
}

DestinationsDialog::DestinationsDialog(QList<DestinationEntry> entries, core::SecretStore &secrets, QWidget *parent,
                                       const std::optional<CanvasSpec> &secondCanvas)
    : QDialog(parent)
    , m_entries(std::move(entries))
    , m_secrets(secrets)
    , m_secondCanvas(secondCanvas)
{
    setWindowTitle(tr("Destinations"));
    resize(760, 320);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every enabled destination receives the same encoded stream. "
                                    "Paste the server URL and the stream key your platform shows, "
                                    "or a full rtmp(s):// URL with the key at the end."),
                                 this));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Name"), tr("Server URL"), tr("Stream key"), tr("Canvas")});
    // One canvas: nothing to pick (a destination set to a second canvas since turned off keeps its choice).
    m_table->setColumnHidden(Canvas, !m_secondCanvas && std::none_of(m_entries.cbegin(), m_entries.cend(), [](const auto &e) { return e.canvas == 1; }));
    m_table->horizontalHeader()->setSectionResizeMode(Server, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    for (const DestinationEntry &entry : m_entries)
        addRow(entry, {});

    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *show = new QCheckBox(tr("Show keys"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    rowButtons->addWidget(show);
    layout->addLayout(rowButtons);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("destinationErrors"));
    TonedText::apply(m_errors, style::Tone::Danger);
    m_errors->setWordWrap(true);
    layout->addWidget(m_errors);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    // The saved keys come from the keyring in its own time; until then the
    // key fields wait, and OK too (it would save them empty).
    if (!m_entries.isEmpty()) {
        setBusy(true, tr("Reading the saved keys…"));
        QStringList secretKeys;
        for (const DestinationEntry &entry : std::as_const(m_entries))
            secretKeys.append(entry.secretKey());
        m_secrets.readLater(secretKeys, this, [this](const QHash<QString, QString> &found, const QStringList &errors) {
            for (int r = 0; r < m_table->rowCount(); ++r) {
                const QString id = m_table->item(r, Enabled)->data(Qt::UserRole).toString();
                auto *edit = qobject_cast<QLineEdit *>(m_table->cellWidget(r, Key));
                const QString secretKey = DestinationEntry{id, {}, {}, true}.secretKey();
                if (edit && edit->text().isEmpty() && found.contains(secretKey))
                    edit->setText(found.value(secretKey));
            }
            setBusy(false, errors.isEmpty() ? QString() : tr("Some saved keys could not be read: %1").arg(errors.join(QStringLiteral("; "))));
        });
    }

    connect(add, &QPushButton::clicked, this, [this] {
        addRow({QUuid::createUuid().toString(QUuid::WithoutBraces), tr("Platform %1").arg(m_table->rowCount() + 1), {}, true}, {});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(show, &QCheckBox::toggled, this, [this](bool on) {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (auto *edit = qobject_cast<QLineEdit *>(m_table->cellWidget(r, Key)))
                edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &DestinationsDialog::recheck);
    connect(buttons, &QDialogButtonBox::accepted, this, &DestinationsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DestinationsDialog::setBusy(bool busy, const QString &message)
{
    if (m_ok)
        m_ok->setEnabled(!busy);
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (QWidget *edit = m_table->cellWidget(r, Key))
            edit->setEnabled(!busy);
    m_errors->setText(message);
}

void DestinationsDialog::addRow(const DestinationEntry &entry, const QString &key)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *enabled = new QTableWidgetItem;
    enabled->setCheckState(entry.enabled ? Qt::Checked : Qt::Unchecked);
    enabled->setData(Qt::UserRole, entry.id);
    m_table->setItem(row, Enabled, enabled);
    m_table->setItem(row, Name, new QTableWidgetItem(entry.name));
    m_table->setItem(row, Server, new QTableWidgetItem(entry.server));
    auto *keyEdit = new QLineEdit(key, m_table);
    keyEdit->setEchoMode(QLineEdit::Password);
    connect(keyEdit, &QLineEdit::textChanged, this, &DestinationsDialog::recheck);
    m_table->setCellWidget(row, Key, keyEdit);
    auto *canvas = new QComboBox(m_table);
    canvas->setObjectName(QStringLiteral("canvas"));
    canvas->addItem(tr("Program"), 0);
    canvas->addItem(m_secondCanvas ? tr("Second canvas (%1)").arg(m_secondCanvas->sizeText()) : tr("Second canvas (off)"), 1);
    canvas->setCurrentIndex(entry.canvas == 1 ? 1 : 0);
    m_table->setCellWidget(row, Canvas, canvas);
}

QStringList DestinationsDialog::validate(QList<DestinationEntry> &next, QList<QString> &keys) const
{
    QStringList errors;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        DestinationEntry entry;
        entry.id = m_table->item(r, Enabled)->data(Qt::UserRole).toString();
        entry.enabled = m_table->item(r, Enabled)->checkState() == Qt::Checked;
        entry.name = m_table->item(r, Name)->text().trimmed();
        entry.canvas = qobject_cast<QComboBox *>(m_table->cellWidget(r, Canvas))->currentData().toInt();
        const QString server = m_table->item(r, Server)->text();
        QString key = qobject_cast<QLineEdit *>(m_table->cellWidget(r, Key))->text();
        QString error;
        if (auto d = Destination::fromFields(server, key, &error)) {
            entry.server = d->server();
            key = d->streamKey();
        } else {
            errors.append(tr("Row %1 (%2): %3").arg(r + 1).arg(entry.name, error));
            continue;
        }
        next.append(entry);
        keys.append(key);
    }
    return errors;
}

void DestinationsDialog::recheck()
{
    // Only once OK has shown the rows' errors: they go as each is fixed.
    if (!m_rowErrorsShown)
        return;
    QList<DestinationEntry> next;
    QList<QString> keys;
    const QStringList errors = validate(next, keys);
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_rowErrorsShown = !errors.isEmpty();
}

void DestinationsDialog::accept()
{
    QList<DestinationEntry> next;
    QList<QString> keys;
    const QStringList errors = validate(next, keys);
    if (!errors.isEmpty()) {
        m_errors->setText(errors.join(QLatin1Char('\n')));
        m_rowErrorsShown = true;
        return;
    }
    m_rowErrorsShown = false;
    setBusy(true, tr("Saving the keys…"));
    storeKeys(next, keys, 0, false);
}

void DestinationsDialog::storeKeys(const QList<DestinationEntry> &next, const QList<QString> &keys, int index, bool retried)
{
    if (index == next.size()) {
        for (const DestinationEntry &old : std::as_const(m_entries)) {
            const bool kept = std::any_of(next.cbegin(), next.cend(), [&](const DestinationEntry &e) { return e.id == old.id; });
            if (!kept)
                m_secrets.removeLater(old.secretKey());
        }
        m_entries = next;
        QDialog::accept();
        return;
    }
    // One key after the other, each when the keyring has answered for the last.
    m_secrets.writeLater(next.at(index).secretKey(), keys.at(index), this, [this, next, keys, index, retried](bool stored, const QString &error) {
        if (stored) {
            storeKeys(next, keys, index + 1, false);
            return;
        }
        // The user chooses, knowingly, where keys go without a keyring.
        if (!retried && m_secrets.keyringUnavailable() && KeyringFallbackPrompt::ask(this, m_secrets, error)) {
            storeKeys(next, keys, index, true);
            return;
        }
        setBusy(false, tr("The key for %1 could not be stored: %2").arg(next.at(index).name, error));
    });
}

} // namespace shopcast::app
