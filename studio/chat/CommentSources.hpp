#pragma once

#include "CommentPluginLoader.hpp"

#include <QObject>

#include <memory>
#include <vector>

namespace shopcast::core {
class SecretStore;
}

namespace shopcast::chat {

class ChatModel;
class CommentHub;

// The studio's comment sources: the plugins found at start, the sources
// running, and one line of state for the chat dock ("rehearsal: live").
// Settings are checked against what each plugin declares; the declared
// secrets go to the secret store only, the rest to the profile
// (comment-sources.json), and restore() reconnects them at the next start.
// Problems with plugins are reported, never fatal.
class CommentSources : public QObject
{
    Q_OBJECT
public:
    CommentSources(CommentHub &hub, const CommentPluginLoader::Result &plugins, QString profileDir = {}, core::SecretStore *secrets = nullptr,
                   QObject *parent = nullptr);
    // With the plugins of CommentPluginLoader::defaultFolders().
    explicit CommentSources(CommentHub &hub, QString profileDir = {}, core::SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~CommentSources() override;

    const QStringList &pluginProblems() const { return m_problems; }
    const QList<CommentPlugin> &plugins() const { return m_plugins; }
    const CommentPlugin *plugin(const QString &id) const;
    // The chat shows each platform with the badge its plugin declares.
    void applyBadges(ChatModel &model) const;
    QString summary() const;
    QStringList sourceLines() const; // one "plugin: state (detail)" per running source
    int sourceCount() const { return int(m_sources.size()); }
    CommentSource *source(int index) const { return m_sources.at(size_t(index)).source.get(); }
    // Starts a source of a loaded plugin with settings checked against its
    // declaration; false with every reason.
    bool startSource(const QString &pluginId, const QJsonObject &settings, QString *error, bool remember = true);
    // Secrets of remembered sources the store refused (no keyring): the
    // store answers later, then secretsNeedConsent() asks the window to ask
    // the user; after the user allows the file fallback,
    // storeUnstoredSecrets() writes them (a failure is a sourceFailed).
    bool hasUnstoredSecrets() const;
    void storeUnstoredSecrets();
    core::SecretStore *secrets() const { return m_secrets; }
    // Why the store refused the last secret (the keyring's words).
    const QString &secretError() const { return m_secretError; }
    void stopAll();
    // Reconnects the remembered sources once the keyring has answered for
    // their tokens (restored() follows; a source that cannot start is a
    // sourceFailed). What is wrong with the file itself is returned now.
    QStringList restore();
    void forget(int index); // stops the source and removes it from the profile

signals:
    void summaryChanged(const QString &summary);
    void restored();
    // A source failed for good (refused login, bad room): the studio shows it.
    void sourceFailed(const QString &message);
    // A secret could not be stored because no keyring answered: the user
    // may allow the owner-only file (then storeUnstoredSecrets()).
    void secretsNeedConsent();

private:
    struct Running
    {
        std::unique_ptr<CommentSource> source;
        QString pluginId;
        QString savedId;             // "" = not remembered
        QJsonObject savedSettings;   // without secrets
        QJsonObject unstoredSecrets; // declared secrets the store refused (no keyring, no consent yet)
    };
    void save();
    QString secretKey(const QString &savedId, const QString &field) const;
    Running *runningWithId(const QString &savedId);
    void storeSecret(const QString &savedId, const QString &pluginId, const QString &field, const QJsonValue &value);

    CommentHub &m_hub;
    QList<CommentPlugin> m_plugins;
    QStringList m_problems;
    QString m_profileDir;
    core::SecretStore *m_secrets;
    QString m_secretError;
    std::vector<Running> m_sources;
};

} // namespace shopcast::chat
