#pragma once

#include "chat/CommentPluginLoader.hpp"

#include <QObject>

#include <memory>
#include <vector>

class QWidget;

namespace shopcast::chat {
class CommentHub;
}

namespace shopcast::app {

// The show's comment sources: the plugins found at start, the sources
// running, and one line of state for the chat dock ("rehearsal: live, 120
// comments to replay"). Problems with plugins are reported, never fatal.
class CommentSourcesController : public QObject
{
    Q_OBJECT
public:
    CommentSourcesController(chat::CommentHub &hub, QWidget *dialogParent = nullptr, QObject *parent = nullptr);
    ~CommentSourcesController() override;

    const QStringList &pluginProblems() const { return m_problems; }
    QString summary() const;
    // Starts a source of a loaded plugin; false with a reason.
    bool startSource(const QString &pluginId, const QJsonObject &settings, QString *error);
    void stopAll();
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

public slots:
    void addRehearsalInteractively();

signals:
    void summaryChanged(const QString &summary);

private:
    chat::CommentHub &m_hub;
    QWidget *m_dialogParent;
    chat::CommentPluginLoader::Result m_loaded;
    QStringList m_problems;
    std::vector<std::unique_ptr<chat::CommentSource>> m_sources;
};

} // namespace shopcast::app
