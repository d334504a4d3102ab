#include "CommentSources.hpp"

#include "ChatModel.hpp"
#include "CommentHub.hpp"

#include "core/SecretStore.hpp"
#include "work/Work.hpp"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSaveFile>
#include <QUuid>

namespace shopcast::chat {

CommentSources::CommentSources(CommentHub &hub, const CommentPluginLoader::Result &plugins, QString profileDir, core::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_plugins(plugins.plugins)
    , m_problems(plugins.problems)
    , m_profileDir(std::move(profileDir))
    , m_secrets(secrets)
{}

CommentSources::CommentSources(CommentHub &hub, QString profileDir, core::SecretStore *secrets, QObject *parent)
    : CommentSources(hub, CommentPluginLoader::load(CommentPluginLoader::defaultFolders()), std::move(profileDir), secrets, parent)
{}

CommentSources::~CommentSources()
{
    stopAll();
}

const CommentPlugin *CommentSources::plugin(const QString &id) const
{
    for (const CommentPlugin &p : m_plugins)
        if (p.id == id)
            return &p;
    return nullptr;
}

void CommentSources::applyBadges(ChatModel &model) const
{
    for (const CommentPlugin &p : m_plugins)
        for (auto it = p.metadata.badges.begin(); it != p.metadata.badges.end(); ++it)
            model.setPlatformBadge(it.key(), it->text, it->color);
}

QString CommentSources::secretKey(const QString &savedId, const QString &field) const
{
    return QStringLiteral("comments/%1/%2").arg(savedId, field);
}

void CommentSources::save()
{
    if (m_profileDir.isEmpty())
        return;
    QJsonArray list;
    for (const Running &r : m_sources)
        if (!r.savedId.isEmpty())
            list.append(QJsonObject{{QStringLiteral("id"), r.savedId}, {QStringLiteral("plugin"), r.pluginId}, {QStringLiteral("settings"), r.savedSettings}});
    QSaveFile file(QDir(m_profileDir).filePath(QStringLiteral("comment-sources.json")));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(list).toJson(QJsonDocument::Indented));
        file.commit();
    }
}

QStringList CommentSources::restore()
{
    QStringList problems;
    if (m_profileDir.isEmpty())
        return problems;
    QFile file(QDir(m_profileDir).filePath(QStringLiteral("comment-sources.json")));
    if (!file.open(QIODevice::ReadOnly))
        return problems;
    const QJsonArray list = QJsonDocument::fromJson(file.read(1024 * 1024)).array();
    QStringList keys;
    for (const QJsonValue v : list) {
        const QJsonObject o = v.toObject();
        if (const CommentPlugin *p = plugin(o.value(QStringLiteral("plugin")).toString()))
            for (const QString &field : p->metadata.secretKeys())
                keys.append(secretKey(o.value(QStringLiteral("id")).toString(), field));
    }
    auto start = [this, list](const QHash<QString, QString> &secrets) {
        for (const QJsonValue v : list) {
            const QJsonObject o = v.toObject();
            const QString pluginId = o.value(QStringLiteral("plugin")).toString();
            const QString id = o.value(QStringLiteral("id")).toString();
            const QJsonObject withoutSecrets = o.value(QStringLiteral("settings")).toObject();
            QJsonObject settings = withoutSecrets;
            if (const CommentPlugin *p = plugin(pluginId))
                for (const QString &field : p->metadata.secretKeys())
                    if (secrets.contains(secretKey(id, field)))
                        settings.insert(field, secrets.value(secretKey(id, field)));
            QString error;
            if (!startSource(pluginId, settings, &error, false)) {
                emit sourceFailed(tr("%1 source could not reconnect: %2").arg(pluginId, error));
                continue;
            }
            m_sources.back().savedId = id;
            m_sources.back().savedSettings = withoutSecrets;
        }
        emit restored();
    };
    // The tokens come from the keyring in its own time; the sources start then.
    if (m_secrets && !keys.isEmpty())
        m_secrets->readLater(keys, this, [start](const QHash<QString, QString> &found, const QStringList &) { start(found); });
    else
        work::Work::post(this, [start] { start({}); });
    return problems;
}

void CommentSources::forget(int index)
{
    if (index < 0 || index >= int(m_sources.size()))
        return;
    Running &r = m_sources.at(size_t(index));
    r.source->stop();
    if (m_secrets && !r.savedId.isEmpty())
        if (const CommentPlugin *p = plugin(r.pluginId))
            for (const QString &field : p->metadata.secretKeys())
                m_secrets->removeLater(secretKey(r.savedId, field));
    m_sources.erase(m_sources.begin() + index);
    save();
    emit summaryChanged(summary());
}

QStringList CommentSources::sourceLines() const
{
    QStringList lines;
    for (const Running &r : m_sources) {
        const CommentSource &source = *r.source;
        QString state;
        switch (source.state()) {
        case CommentSource::State::Idle: state = tr("idle"); break;
        case CommentSource::State::Connecting: state = tr("connecting"); break;
        case CommentSource::State::Live: state = tr("live"); break;
        case CommentSource::State::Reconnecting: state = tr("reconnecting"); break;
        case CommentSource::State::Error: state = tr("error"); break;
        }
        // The plugin's name in the UI's language ("演练", not "rehearsal").
        const CommentPlugin *p = plugin(r.pluginId);
        const QString name = p ? p->metadata.nameFor(QLocale()) : r.pluginId;
        lines.append(QStringLiteral("%1: %2%3")
                         .arg(name, state, source.stateDetail().isEmpty() ? QString() : QStringLiteral(" (") + source.stateDetail() + QLatin1Char(')')));
    }
    return lines;
}

QString CommentSources::summary() const
{
    if (m_sources.empty())
        return m_plugins.isEmpty() ? tr("No comment source plugins found.") : tr("No comment source running (Sources… to add one).");
    return sourceLines().join(QStringLiteral(" · "));
}

bool CommentSources::startSource(const QString &pluginId, const QJsonObject &settings, QString *error, bool remember)
{
    const CommentPlugin *p = plugin(pluginId);
    if (!p) {
        *error = tr("no comment source plugin '%1' is loaded").arg(pluginId);
        return false;
    }
    QStringList problems;
    const auto checked = p->metadata.normalize(settings, &problems);
    if (!checked) {
        *error = problems.join(QStringLiteral("; "));
        return false;
    }
    std::unique_ptr<CommentSource> source(p->factory->create(nullptr));
    if (!source->configure(*checked, error))
        return false;
    m_hub.addSource(source.get());
    connect(source.get(), &CommentSource::stateChanged, this, [this, pluginId](CommentSource::State state, const QString &detail) {
        if (state == CommentSource::State::Error)
            emit sourceFailed(tr("%1: %2").arg(pluginId, detail));
        emit summaryChanged(summary());
    });
    // Settings go to the profile file; declared secrets only to the secret store.
    Running running{std::move(source), pluginId, {}, *checked};
    if (remember && !m_profileDir.isEmpty()) {
        running.savedId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QString &field : p->metadata.secretKeys()) {
            if (!running.savedSettings.contains(field))
                continue;
            // The store answers later; the source runs with the secret now.
            storeSecret(running.savedId, pluginId, field, running.savedSettings.value(field));
            running.savedSettings.remove(field);
        }
    } else {
        for (const QString &field : p->metadata.secretKeys())
            running.savedSettings.remove(field);
    }
    running.source->start();
    m_sources.push_back(std::move(running));
    if (remember)
        save();
    emit summaryChanged(summary());
    return true;
}

CommentSources::Running *CommentSources::runningWithId(const QString &savedId)
{
    for (Running &r : m_sources)
        if (!savedId.isEmpty() && r.savedId == savedId)
            return &r;
    return nullptr;
}

void CommentSources::storeSecret(const QString &savedId, const QString &pluginId, const QString &field, const QJsonValue &value)
{
    const CommentPlugin *p = plugin(pluginId);
    const QString label = p && p->metadata.setting(field) ? p->metadata.setting(field)->labelFor(QLocale()) : field;
    if (!m_secrets) {
        emit sourceFailed(tr("%1: the %2 could not be stored (%3); it is used now and asked for again next time").arg(pluginId, label, tr("no secret store")));
        return;
    }
    m_secrets->writeLater(secretKey(savedId, field), value.toString(), this, [this, savedId, pluginId, field, value, label](bool ok, const QString &why) {
        Running *running = runningWithId(savedId);
        if (ok) {
            if (running)
                running->unstoredSecrets.remove(field);
            return;
        }
        m_secretError = why;
        if (m_secrets->keyringUnavailable() && running) {
            // Kept in memory only: the window may get the user's consent to the file fallback.
            running->unstoredSecrets.insert(field, value);
            emit secretsNeedConsent();
        } else {
            emit sourceFailed(tr("%1: the %2 could not be stored (%3); it is used now and asked for again next time").arg(pluginId, label, why));
        }
    });
}

bool CommentSources::hasUnstoredSecrets() const
{
    for (const Running &r : m_sources)
        if (!r.unstoredSecrets.isEmpty())
            return true;
    return false;
}

void CommentSources::storeUnstoredSecrets()
{
    for (const Running &r : m_sources)
        for (auto it = r.unstoredSecrets.begin(); it != r.unstoredSecrets.end(); ++it)
            storeSecret(r.savedId, r.pluginId, it.key(), it.value());
}

void CommentSources::stopAll()
{
    for (Running &r : m_sources)
        r.source->stop();
}

} // namespace shopcast::chat
