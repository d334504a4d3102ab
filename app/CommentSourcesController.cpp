#include "CommentSourcesController.hpp"

#include "chat/CommentHub.hpp"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QMetaEnum>

namespace shopcast::app {

CommentSourcesController::CommentSourcesController(chat::CommentHub &hub, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_dialogParent(dialogParent)
    , m_loaded(chat::CommentPluginLoader::load(chat::CommentPluginLoader::defaultFolders()))
    , m_problems(m_loaded.problems)
{
}

CommentSourcesController::~CommentSourcesController()
{
    stopAll();
}

QString CommentSourcesController::summary() const
{
    if (m_sources.empty())
        return m_loaded.plugins.isEmpty() ? tr("No comment source plugins found.") : tr("No comment source running (Sources… to add one).");
    QStringList parts;
    for (const auto &source : m_sources) {
        const QString state = QString::fromLatin1(QMetaEnum::fromType<chat::CommentSource::State>().valueToKey(int(source->state()))).toLower();
        parts.append(QStringLiteral("%1: %2%3").arg(source->pluginId(), state,
                                                    source->stateDetail().isEmpty() ? QString() : QStringLiteral(" (") + source->stateDetail() + QLatin1Char(')')));
    }
    return parts.join(QStringLiteral(" · "));
}

bool CommentSourcesController::startSource(const QString &pluginId, const QJsonObject &settings, QString *error)
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
    emit summaryChanged(summary());
    return true;
}

void CommentSourcesController::stopAll()
{
    for (auto &source : m_sources)
        source->stop();
}

void CommentSourcesController::addRehearsalInteractively()
{
    const QString file = QFileDialog::getOpenFileName(m_dialogParent, tr("Rehearse with a comment capture"), {},
                                                      tr("Captures (*.jsonl *.txt *.log *.bin);;All files (*)"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const QString protocol = QInputDialog::getItem(m_dialogParent, tr("Capture format"), tr("Format of %1:").arg(file),
                                                   {QStringLiteral("bridge"), QStringLiteral("twitch-irc"), QStringLiteral("bilibili")}, 0, false, &ok);
    if (!ok)
        return;
    QString error;
    if (!startSource(QStringLiteral("rehearsal"), {{QStringLiteral("file"), file}, {QStringLiteral("protocol"), protocol}, {QStringLiteral("speed"), 1.0}}, &error))
        QMessageBox::warning(m_dialogParent, tr("Comment sources"), error);
}

} // namespace shopcast::app
