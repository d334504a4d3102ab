#include "CommentSourcesDialog.hpp"

#include "CommentSourcesController.hpp"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace shopcast::app {

namespace {

struct Field
{
    const char *key;
    const char *label;
    bool secret;
    bool number;
};

QList<Field> fieldsOf(const QString &plugin)
{
    if (plugin == QLatin1String("twitch"))
        return {{"channel", QT_TRANSLATE_NOOP("CommentSourcesDialog", "Channel"), false, false},
                {"nick", QT_TRANSLATE_NOOP("CommentSourcesDialog", "Account (only with a token)"), false, false},
                {"oauth", QT_TRANSLATE_NOOP("CommentSourcesDialog", "OAuth token (empty: read-only)"), true, false}};
    if (plugin == QLatin1String("bilibili"))
        return {{"roomId", QT_TRANSLATE_NOOP("CommentSourcesDialog", "Room id"), false, true},
                {"uid", QT_TRANSLATE_NOOP("CommentSourcesDialog", "Your uid (0: anonymous)"), false, true},
                {"key", QT_TRANSLATE_NOOP("CommentSourcesDialog", "Token (from getDanmuInfo)"), true, false}};
    if (plugin == QLatin1String("bridge"))
        return {{"port", QT_TRANSLATE_NOOP("CommentSourcesDialog", "Port on 127.0.0.1"), false, true},
                {"token", QT_TRANSLATE_NOOP("CommentSourcesDialog", "Token for the tools that push"), false, false}};
    return {{"file", QT_TRANSLATE_NOOP("CommentSourcesDialog", "Capture file"), false, false},
            {"protocol", QT_TRANSLATE_NOOP("CommentSourcesDialog", "Format: bridge, twitch-irc or bilibili"), false, false},
            {"speed", QT_TRANSLATE_NOOP("CommentSourcesDialog", "Speed (1 = as recorded)"), false, true}};
}

} // namespace

CommentSourcesDialog::CommentSourcesDialog(CommentSourcesController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Comment sources"));
    resize(560, 460);
    auto *layout = new QVBoxLayout(this);
    m_running = new QListWidget(this);
    layout->addWidget(new QLabel(tr("Running:"), this));
    layout->addWidget(m_running);
    m_plugin = new QComboBox(this);
    m_plugin->setObjectName(QStringLiteral("sourcePlugin"));
    for (const auto &plugin : m_controller.plugins())
        m_plugin->addItem(plugin.name.isEmpty() ? plugin.id : plugin.name, plugin.id);
    layout->addWidget(new QLabel(tr("Add a source:"), this));
    layout->addWidget(m_plugin);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("Connect"), QDialogButtonBox::ActionRole);
    auto *forget = buttons->addButton(tr("Disconnect and forget"), QDialogButtonBox::ActionRole);
    connect(forget, &QPushButton::clicked, this, [this] {
        m_controller.forget(m_running->currentRow());
        refreshList();
    });
    add->setObjectName(QStringLiteral("sourceConnect"));
    layout->addWidget(buttons);

    connect(m_plugin, &QComboBox::currentIndexChanged, this, &CommentSourcesDialog::rebuildForm);
    connect(add, &QPushButton::clicked, this, &CommentSourcesDialog::addSource);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_controller, &CommentSourcesController::summaryChanged, this, &CommentSourcesDialog::refreshList);
    rebuildForm();
    refreshList();
}

void CommentSourcesDialog::rebuildForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    const QString plugin = m_plugin->currentData().toString();
    for (const Field &f : fieldsOf(plugin)) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("source_") + QLatin1String(f.key));
        if (f.secret)
            edit->setEchoMode(QLineEdit::Password);
        if (QLatin1String(f.key) == QLatin1String("port"))
            edit->setText(QStringLiteral("17891"));
        if (QLatin1String(f.key) == QLatin1String("token") && plugin == QLatin1String("bridge"))
            edit->setText(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (QLatin1String(f.key) == QLatin1String("protocol"))
            edit->setText(QStringLiteral("bridge"));
        if (QLatin1String(f.key) == QLatin1String("speed"))
            edit->setText(QStringLiteral("1"));
        if (QLatin1String(f.key) == QLatin1String("file")) {
            auto *row = new QWidget(this);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            auto *browse = new QPushButton(tr("Browse…"), row);
            connect(browse, &QPushButton::clicked, this, [this, edit] {
                const QString file = QFileDialog::getOpenFileName(this, tr("Comment capture"));
                if (!file.isEmpty())
                    edit->setText(file);
            });
            h->addWidget(edit);
            h->addWidget(browse);
            m_form->addRow(QCoreApplication::translate("CommentSourcesDialog", f.label), row);
        } else {
            m_form->addRow(QCoreApplication::translate("CommentSourcesDialog", f.label), edit);
        }
        m_fields.append({QLatin1String(f.key), edit});
    }
}

void CommentSourcesDialog::addSource()
{
    QJsonObject settings;
    const QString plugin = m_plugin->currentData().toString();
    const QList<Field> spec = fieldsOf(plugin);
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString text = m_fields.at(i).second->text().trimmed();
        if (text.isEmpty())
            continue;
        if (spec.at(i).number)
            settings.insert(m_fields.at(i).first, text.toDouble());
        else
            settings.insert(m_fields.at(i).first, text);
    }
    QString error;
    if (!m_controller.startSource(plugin, settings, &error)) {
        m_error->setText(error);
        return;
    }
    m_error->clear();
    refreshList();
}

void CommentSourcesDialog::refreshList()
{
    m_running->clear();
    for (const QString &line : m_controller.sourceLines())
        m_running->addItem(line);
    if (m_running->count() == 0)
        m_running->addItem(tr("(none)"));
}

} // namespace shopcast::app
