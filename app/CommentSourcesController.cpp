#include "CommentSourcesController.hpp"

#include "dialogs/CommentSourcesDialog.hpp"

#include "chat/CommentHub.hpp"

#include "core/SecretStore.hpp"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSaveFile>
#include <QUuid>

namespace shopcast::app {

CommentSourcesController::CommentSourcesController(chat::CommentHub &hub, QString profileDir, core::SecretStore *secrets,
                                                   QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_dialogParent(dialogParent)
    , m_loaded(chat::CommentPluginLoader::load(chat::CommentPluginLoader::defaultFolders()))
    , m_problems(m_loaded.problems)
    , m_profileDir(std::move(profileDir))
    , m_secrets(secrets)
{
}

QStringList CommentSourcesController::secretFields(const QString &pluginId)
{
    if (pluginId == QLatin1String("twitch"))
        return {QStringLiteral("oauth")};
    if (pluginId == QLatin1String("bilibili"))
        return {QStringLiteral("key")};
    if (pluginId == QLatin1String("bridge"))
        return {QStringLiteral("token")};
    return {};
}

void CommentSourcesController::save()
{
    if (m_profileDir.isEmpty())
        return;
    QJsonArray list;
    for (int i = 0; i < m_remembered.size(); ++i)
        if (!m_remembered.at(i).second.isEmpty())
            list.append(QJsonObject{{QStringLiteral("id"), m_remembered.at(i).second},
                                    {QStringLiteral("plugin"), m_remembered.at(i).first},
                                    {QStringLiteral("settings"), m_rememberedSettings.at(i)}});
    QSaveFile file(QDir(m_profileDir).filePath(QStringLiteral("comment-sources.json")));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(list).toJson(QJsonDocument::Indented));
        file.commit();
    }
}

QStringList CommentSourcesController::restore()
{
    QStringList problems;
    if (m_profileDir.isEmpty())
        return problems;
    QFile file(QDir(m_profileDir).filePath(QStringLiteral("comment-sources.json")));
    if (!file.open(QIODevice::ReadOnly))
        return problems;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString plugin = o.value(QStringLiteral("plugin")).toString();
        const QString id = o.value(QStringLiteral("id")).toString();
        QJsonObject settings = o.value(QStringLiteral("settings")).toObject();
        const QJsonObject withoutSecrets = settings;
        for (const QString &field : secretFields(plugin))
            if (m_secrets)
                if (auto secret = m_secrets->read(QStringLiteral("comments/%1/%2").arg(id, field)))
                    settings.insert(field, *secret);
        QString error;
        if (!startSource(plugin, settings, &error, false)) {
            problems.append(tr("%1 source could not reconnect: %2").arg(plugin, error));
            continue;
        }
        m_remembered.last().second = id;
        m_rememberedSettings.last() = withoutSecrets;
    }
    return problems;
}

void CommentSourcesController::forget(int index)
{
    if (index < 0 || index >= int(m_sources.size()))
        return;
    m_sources.at(size_t(index))->stop();
    const QString id = m_remembered.at(index).second;
    if (m_secrets && !id.isEmpty())
        for (const QString &field : secretFields(m_remembered.at(index).first))
            m_secrets->remove(QStringLiteral("comments/%1/%2").arg(id, field));
    m_sources.erase(m_sources.begin() + index);
    m_remembered.removeAt(index);
    m_rememberedSettings.removeAt(index);
    save();
    emit summaryChanged(summary());
}

CommentSourcesController::~CommentSourcesController()
{
    stopAll();
}

QStringList CommentSourcesController::sourceLines() const
{
    QStringList lines;
    for (const auto &source : m_sources) {
        const QString state = QString::fromLatin1(QMetaEnum::fromType<chat::CommentSource::State>().valueToKey(int(source->state()))).toLower();
        lines.append(QStringLiteral("%1: %2%3").arg(source->pluginId(), state,
                                                    source->stateDetail().isEmpty() ? QString() : QStringLiteral(" (") + source->stateDetail() + QLatin1Char(')')));
    }
    return lines;
}

QString CommentSourcesController::summary() const
{
    if (m_sources.empty())
        return m_loaded.plugins.isEmpty() ? tr("No comment source plugins found.") : tr("No comment source running (Sources… to add one).");
    return sourceLines().join(QStringLiteral(" · "));
}

bool CommentSourcesController::startSource(const QString &pluginId, const QJsonObject &settings, QString *error, bool remember)
{
    const auto plugin = std::find_if(m_loaded.plugins.cbegin(), m_loaded.plugins.cend(), [&](const auto &p) { return p.id == pluginId; });
    if (plugin == m_loaded.plugins.cend()) {
        *error = tr("no comment source plugin '%1' is loaded").arg(pluginId);
        return false;
    }
    std::unique_ptr<chat::CommentSource> source(plugin->factory->create(nullptr));
    if (!source->configure(settings, error))
        return false;
    m_hub.addSource(source.get());
    connect(source.get(), &chat::CommentSource::stateChanged, this, [this] { emit summaryChanged(summary()); });
    source->start();
    m_sources.push_back(std::move(source));
    // Settings go to the profile file; tokens only to the secret store.
    QJsonObject withoutSecrets = settings;
    QString id;
    if (remember && !m_profileDir.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QString &field : secretFields(pluginId)) {
            if (!withoutSecrets.contains(field))
                continue;
            QString ignored;
            if (m_secrets)
                m_secrets->write(QStringLiteral("comments/%1/%2").arg(id, field), withoutSecrets.value(field).toString(), &ignored);
            withoutSecrets.remove(field);
        }
    }
    m_remembered.append({pluginId, id});
    m_rememberedSettings.append(withoutSecrets);
    if (remember)
        save();
    emit summaryChanged(summary());
    return true;
}

void CommentSourcesController::stopAll()
{
    for (auto &source : m_sources)
        source->stop();
}

void CommentSourcesController::openSourcesDialog()
{
    CommentSourcesDialog dialog(*this, m_dialogParent);
    dialog.exec();
}

} // namespace shopcast::app
