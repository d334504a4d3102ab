#pragma once

#include "chat/CommentPluginLoader.hpp"

#include <QObject>

#include <memory>
#include <vector>

class QWidget;

namespace shopcast::chat {
class CommentHub;
}
namespace shopcast::core {
class SecretStore;
}

namespace shopcast::app {

// The show's comment sources: the plugins found at start, the sources
// running, and one line of state for the chat dock ("rehearsal: live, 120
// comments to replay"). Problems with plugins are reported, never fatal.
class CommentSourcesController : public QObject
{
    Q_OBJECT
public:
    // With a profile folder and a secret store, connected sources are
    // remembered (comment-sources.json; tokens in the store) and restore()
    // reconnects them at the next start.
    CommentSourcesController(chat::CommentHub &hub, QString profileDir = {}, core::SecretStore *secrets = nullptr,
                             QWidget *dialogParent = nullptr, QObject *parent = nullptr);
    ~CommentSourcesController() override;

    const QStringList &pluginProblems() const { return m_problems; }
    const QList<chat::CommentPlugin> &plugins() const { return m_loaded.plugins; }
    QString summary() const;
    QStringList sourceLines() const; // one "plugin: state (detail)" per running source
    // Starts a source of a loaded plugin; false with a reason.
    bool startSource(const QString &pluginId, const QJsonObject &settings, QString *error, bool remember = true);
    void stopAll();
    // Reconnects the remembered sources; problems are returned, not fatal.
    QStringList restore();
    void forget(int index); // stops the source and removes it from the profile
    static QStringList secretFields(const QString &pluginId);
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

public slots:
    void openSourcesDialog();

signals:
    void summaryChanged(const QString &summary);

private:
    chat::CommentHub &m_hub;
    QWidget *m_dialogParent;
    chat::CommentPluginLoader::Result m_loaded;
    QStringList m_problems;
    void save();

    QString m_profileDir;
    core::SecretStore *m_secrets;
    std::vector<std::unique_ptr<chat::CommentSource>> m_sources;
    QList<QPair<QString, QString>> m_remembered; // per running source: plugin id, saved id ("" = not remembered)
    QList<QJsonObject> m_rememberedSettings;     // without secrets
};

} // namespace shopcast::app
