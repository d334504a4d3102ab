#include "CommentSourcesDialog.hpp"
#include "widgets/TonedText.hpp"

#include "widgets/KeyringFallbackPrompt.hpp"

#include "chat/CommentSources.hpp"

#include "core/StudioPaths.hpp"
#include "style/Tones.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
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

#include <cmath>

namespace shopcast::app {

using chat::PluginSetting;

CommentSourcesDialog::CommentSourcesDialog(chat::CommentSources &sources, QWidget *parent)
    : QDialog(parent)
    , m_sources(sources)
{
    setWindowTitle(tr("Comment sources"));
    resize(560, 460);
    // No keyring: a token is kept only if the user agrees to the file. The
    // store answers after Connect; asked once however many tokens it refused.
    connect(&m_sources, &chat::CommentSources::secretsNeedConsent, this, &CommentSourcesDialog::askConsent);
    auto *layout = new QVBoxLayout(this);
    m_running = new QListWidget(this);
    layout->addWidget(new QLabel(tr("Running:"), this));
    layout->addWidget(m_running);
    m_plugin = new QComboBox(this);
    m_plugin->setObjectName(QStringLiteral("sourcePlugin"));
    for (const auto &plugin : m_sources.plugins())
        m_plugin->addItem(plugin.metadata.nameFor(QLocale()), plugin.id);
    layout->addWidget(new QLabel(tr("Add a source:"), this));
    layout->addWidget(m_plugin);
    // The platforms most hosts here sell on have no plugin: say how their
    // comments come in, and where the worked example is.
    auto *others = new QLabel(tr("Bilibili and Twitch have their own plugins. Douyin, Kuaishou, Taobao Live and WeChat Channels do not let other "
                                 "programs read their comments: whatever reads them for you (the platform's push to an authorised app, or your "
                                 "own tool) posts each one to the Local bridge. A worked example that does it: %1")
                                  .arg(QDir::toNativeSeparators(QDir(core::StudioPaths::resourceDir()).filePath(QStringLiteral("examples/bridge")))),
                              this);
    others->setObjectName(QStringLiteral("otherPlatforms"));
    others->setWordWrap(true);
    others->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(others);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sourceError"));
    TonedText::apply(m_error, style::Tone::Danger);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("Connect"), QDialogButtonBox::ActionRole);
    auto *forget = buttons->addButton(tr("Disconnect and forget"), QDialogButtonBox::ActionRole);
    connect(forget, &QPushButton::clicked, this, [this] {
        m_sources.forget(m_running->currentRow());
        refreshList();
    });
    add->setObjectName(QStringLiteral("sourceConnect"));
    layout->addWidget(buttons);

    connect(m_plugin, &QComboBox::currentIndexChanged, this, &CommentSourcesDialog::rebuildForm);
    connect(add, &QPushButton::clicked, this, &CommentSourcesDialog::addSource);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_sources, &chat::CommentSources::summaryChanged, this, &CommentSourcesDialog::refreshList);
    rebuildForm();
    refreshList();
}

void CommentSourcesDialog::rebuildForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    const chat::CommentPlugin *plugin = m_sources.plugin(m_plugin->currentData().toString());
    if (!plugin)
        return;
    const QLocale locale;
    for (const PluginSetting &setting : plugin->metadata.settings) {
        if (setting.advanced)
            continue;
        const QString name = QStringLiteral("source_") + setting.key;
        QWidget *editor = nullptr;
        std::function<QJsonValue()> value;
        switch (setting.kind) {
        case PluginSetting::Kind::Boolean: {
            auto *box = new QCheckBox(this);
            box->setChecked(setting.defaultValue.toBool());
            value = [box] { return QJsonValue(box->isChecked()); };
            editor = box;
            break;
        }
        case PluginSetting::Kind::Choice: {
            auto *combo = new QComboBox(this);
            combo->addItems(setting.choices);
            combo->setCurrentText(setting.defaultValue.toString());
            value = [combo] { return QJsonValue(combo->currentText()); };
            editor = combo;
            break;
        }
        case PluginSetting::Kind::Integer:
        case PluginSetting::Kind::Number: {
            auto *spin = new QDoubleSpinBox(this);
            spin->setDecimals(setting.kind == PluginSetting::Kind::Integer ? 0 : 2);
            spin->setRange(setting.min.value_or(-1e12), std::min(setting.max.value_or(1e15), 1e15));
            spin->setValue(setting.defaultValue.toDouble(setting.min.value_or(0)));
            value = [spin] { return QJsonValue(spin->value()); };
            editor = spin;
            break;
        }
        case PluginSetting::Kind::Text:
        case PluginSetting::Kind::File: {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(name);
            if (setting.secret)
                edit->setEchoMode(QLineEdit::Password);
            edit->setText(setting.generate == QLatin1String("uuid") ? QUuid::createUuid().toString(QUuid::WithoutBraces) : setting.defaultValue.toString());
            value = [edit] { return QJsonValue(edit->text().trimmed()); };
            editor = edit;
            if (setting.kind == PluginSetting::Kind::File) {
                auto *row = new QWidget(this);
                auto *h = new QHBoxLayout(row);
                h->setContentsMargins(0, 0, 0, 0);
                auto *browse = new QPushButton(tr("Browse…"), row);
                connect(browse, &QPushButton::clicked, this, [this, edit] {
                    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"));
                    if (!file.isEmpty())
                        edit->setText(file);
                });
                h->addWidget(edit);
                h->addWidget(browse);
                editor = row;
            }
            break;
        }
        }
        if (editor->objectName().isEmpty())
            editor->setObjectName(name);
        editor->setToolTip(setting.helpFor(locale));
        m_form->addRow(setting.labelFor(locale) + (setting.required ? QStringLiteral(" *") : QString()), editor);
        m_fields.append({setting.key, value});
    }
}

void CommentSourcesDialog::addSource()
{
    QJsonObject settings;
    for (const Field &field : std::as_const(m_fields)) {
        const QJsonValue v = field.value();
        if (!(v.isString() && v.toString().isEmpty()))
            settings.insert(field.key, v);
    }
    QString error;
    if (!m_sources.startSource(m_plugin->currentData().toString(), settings, &error)) {
        m_error->setText(error);
        return;
    }
    m_error->clear();
    refreshList();
}

void CommentSourcesDialog::askConsent()
{
    if (m_asking || !m_sources.hasUnstoredSecrets() || !m_sources.secrets())
        return;
    m_asking = true;
    if (KeyringFallbackPrompt::ask(this, *m_sources.secrets(), m_sources.secretError()))
        m_sources.storeUnstoredSecrets();
    else
        m_error->setText(tr("The source runs now; its token is not kept and is asked for again next time."));
    m_asking = false;
}

void CommentSourcesDialog::refreshList()
{
    m_running->clear();
    for (const QString &line : m_sources.sourceLines())
        m_running->addItem(line);
    if (m_running->count() == 0)
        m_running->addItem(tr("(none)"));
}

} // namespace shopcast::app
