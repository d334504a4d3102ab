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
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace shopcast::app {

using namespace shopcast::broadcast;

namespace {
enum Column { Enabled, Name, Server, Key, Canvas, ColumnCount };
// On the Name item: the platform the row was made from (empty: Custom).
constexpr int kServiceRole = Qt::UserRole + 1;
} // namespace

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
    add->setObjectName(QStringLiteral("addDestination"));
    m_addMenu = new QMenu(add);
    m_addMenu->setObjectName(QStringLiteral("platforms"));
    add->setMenu(m_addMenu);
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
    m_limits = new QLabel(this);
    m_limits->setObjectName(QStringLiteral("serviceLimits"));
    TonedText::apply(m_limits, style::Tone::Warning);
    m_limits->setWordWrap(true);
    layout->addWidget(m_limits);
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

    fillAddMenu();
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
    connect(m_table, &QTableWidget::itemChanged, this, &DestinationsDialog::checkLimits);
    connect(buttons, &QDialogButtonBox::accepted, this, &DestinationsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DestinationsDialog::setServices(const ServiceCatalog &services, const EncoderSettings &encoder, const CanvasSpec &program)
{
    m_services = services;
    m_encoder = encoder;
    m_program = program;
    fillAddMenu();
    checkLimits();
}

void DestinationsDialog::fillAddMenu()
{
    m_addMenu->clear();
    m_addMenu->addAction(tr("Custom (paste a server)"), this, [this] {
        addRow({QUuid::createUuid().toString(QUuid::WithoutBraces), tr("Platform %1").arg(m_table->rowCount() + 1), {}, true}, {});
    });
    m_addMenu->addSeparator();
    auto addEntry = [this](QMenu *menu, const StreamingService &service) {
        if (service.servers.size() <= 1) {
            const QString url = service.servers.isEmpty() ? QString() : service.servers.constFirst().url;
            menu->addAction(service.name, this, [this, service, url] { addService(service, url); });
            return;
        }
        QMenu *servers = menu->addMenu(service.name);
        for (const StreamingService::Server &server : service.servers)
            servers->addAction(server.name, this, [this, service, url = server.url] { addService(service, url); });
    };
    QList<const StreamingService *> more;
    for (const StreamingService &service : m_services.services()) {
        if (service.common)
            addEntry(m_addMenu, service);
        else
            more.append(&service);
    }
    if (!more.isEmpty()) {
        QMenu *rest = m_addMenu->addMenu(tr("More platforms"));
        rest->setObjectName(QStringLiteral("morePlatforms"));
        std::sort(more.begin(), more.end(), [](const auto *a, const auto *b) { return a->name.localeAwareCompare(b->name) < 0; });
        for (const StreamingService *service : std::as_const(more))
            addEntry(rest, *service);
    }
    if (!m_services.problem().isEmpty()) {
        m_addMenu->addSeparator();
        m_addMenu->addAction(m_services.problem())->setEnabled(false);
    }
}

void DestinationsDialog::addService(const StreamingService &service, const QString &serverUrl)
{
    DestinationEntry entry{QUuid::createUuid().toString(QUuid::WithoutBraces), service.name, serverUrl, true};
    entry.service = service.name;
    addRow(entry, {});
    const int row = m_table->rowCount() - 1;
    if (service.perShowAddress)
        m_table->item(row, Server)
            ->setToolTip(tr("Paste the push address (推流地址) from %1's live console here and the push code (推流码) under "
                            "Stream key, or the whole address here: it is split.")
                             .arg(service.name));
    m_table->setCurrentCell(row, service.perShowAddress ? Server : Key);
    checkLimits();
}

void DestinationsDialog::checkLimits()
{
    QStringList lines;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *name = m_table->item(r, Name);
        const StreamingService *service = name ? m_services.find(name->data(kServiceRole).toString()) : nullptr;
        if (!service || m_table->item(r, Enabled)->checkState() != Qt::Checked)
            continue;
        const auto *canvasBox = qobject_cast<QComboBox *>(m_table->cellWidget(r, Canvas));
        const CanvasSpec canvas = canvasBox && canvasBox->currentData().toInt() == 1 && m_secondCanvas ? *m_secondCanvas : m_program;
        for (const QString &limit : service->exceededBy(m_encoder, canvas))
            lines.append(tr("%1: %2").arg(name->text(), limit));
    }
    m_limits->setText(lines.isEmpty() ? QString()
                                      : tr("Beyond what the platforms recommend (change it in Settings → Output):\n%1").arg(lines.join(QLatin1Char('\n'))));
    m_limits->setVisible(!lines.isEmpty());
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
    auto *name = new QTableWidgetItem(entry.name);
    name->setData(kServiceRole, entry.service);
    if (!entry.service.isEmpty())
        name->setToolTip(tr("Platform: %1").arg(entry.service));
    m_table->setItem(row, Name, name);
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
    connect(canvas, &QComboBox::currentIndexChanged, this, &DestinationsDialog::checkLimits);
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
        entry.service = m_table->item(r, Name)->data(kServiceRole).toString();
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
