#pragma once

#include "actions/ActionOrigin.hpp"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace shopcast::remote {

class RequestHandler;

// One client of the obs-websocket 5.x protocol: Hello, Identify (with the
// salted SHA-256 challenge), Reidentify, Request and RequestBatch, as the
// protocol document says, with its close codes for whatever breaks it. No
// sockets here: text in, replies (and whether to close) out.
//
// Two passwords, two roles: the producer's may do everything (outputs
// included), the viewer's only read. Without passwords every client is the
// producer (the server then only listens on this machine).
class RemoteSession
{
    Q_DECLARE_TR_FUNCTIONS(RemoteSession)
public:
    struct Passwords
    {
        QString producer;
        QString viewer;
    };
    struct Outcome
    {
        QList<QByteArray> replies;
        int closeCode = 0; // 0: stay open
        QString closeReason;
        bool authenticationFailed = false;
    };
    static constexpr int kMaxBatchRequests = 256;

    RemoteSession(Passwords passwords, QByteArray salt, QString address);

    QByteArray hello() const;
    Outcome receive(const QByteArray &message, RequestHandler &handler);

    bool isIdentified() const { return m_identified; }
    // Every message the server sent this client (GetStats reports them, as obs-websocket does).
    void noteSent() { ++m_outgoing; }
    quint32 eventSubscriptions() const { return m_subscriptions; }
    actions::Permission permission() const { return m_permission; }
    const QString &address() const { return m_address; }

    // An Event message for the wire.
    static QByteArray event(const QString &type, quint32 intent, const QJsonObject &data);

private:
    bool authenticationRequired() const { return !m_passwords.producer.isEmpty() || !m_passwords.viewer.isEmpty(); }
    void identify(const QJsonObject &d, Outcome &out);
    bool readSubscriptions(const QJsonObject &d, Outcome &out);
    QJsonObject request(const QJsonObject &d, RequestHandler &handler) const;
    void batch(const QJsonObject &d, RequestHandler &handler, Outcome &out) const;

    Passwords m_passwords;
    QByteArray m_salt;
    QByteArray m_challenge;
    QString m_address;
    bool m_identified = false;
    quint32 m_subscriptions = 0;
    qint64 m_incoming = 0;
    qint64 m_outgoing = 0;
    actions::Permission m_permission = actions::Permission::Viewer;
};

} // namespace shopcast::remote
