#pragma once

#include "ChatEvent.hpp"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace shopcast::chat {

// One live connection to a platform's comments (or a replay of a capture).
// Sources live in plugins; the studio only sees this interface. A source
// reconnects by itself and reports every state change with its reason.
class CommentSource : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Live, Reconnecting, Error };
    Q_ENUM(State)

    using QObject::QObject;
    ~CommentSource() override = default;

    virtual QString pluginId() const = 0;
    // Settings are the plugin's own (channel, room id, token, file, speed...);
    // returns false with a reason when they cannot work.
    virtual bool configure(const QJsonObject &settings, QString *error) = 0;
    virtual void start() = 0;
    virtual void stop() = 0;

    State state() const { return m_state; }
    const QString &stateDetail() const { return m_detail; }

signals:
    void eventsReceived(const QList<shopcast::chat::ChatEvent> &events);
    void stateChanged(shopcast::chat::CommentSource::State state, const QString &detail);

protected:
    void setState(State state, const QString &detail = {})
    {
        m_state = state;
        m_detail = detail;
        emit stateChanged(state, detail);
    }

private:
    State m_state = State::Idle;
    QString m_detail;
};

// What a comment source plugin exports (a Qt plugin with this IID and
// metadata {"id": "...", "version": "...", "name": "..."}).
class CommentSourceFactory
{
public:
    virtual ~CommentSourceFactory() = default;
    virtual CommentSource *create(QObject *parent) = 0;
};

} // namespace shopcast::chat

#define ShopCastCommentSourceFactory_iid "org.shopcast.CommentSourceFactory/1"
Q_DECLARE_INTERFACE(shopcast::chat::CommentSourceFactory, ShopCastCommentSourceFactory_iid)
