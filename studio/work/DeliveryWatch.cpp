#include "DeliveryWatch.hpp"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaEnum>

namespace shopcast::work {

namespace {

bool isQtClass(const char *name)
{
    return name[0] == 'Q';
}

// The first owner up the parent chain that is the studio's own; four steps
// cover a socket notifier inside a socket engine inside a socket.
const char *ownerOf(const QObject *receiver)
{
    const QObject *o = receiver->parent();
    for (int depth = 0; o && depth < 4; ++depth, o = o->parent()) {
        const char *name = o->metaObject()->className();
        if (!isQtClass(name))
            return name;
    }
    return nullptr;
}

} // namespace

DeliveryWatch::DeliveryWatch(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

DeliveryWatch::~DeliveryWatch()
{
    if (m_installed && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void DeliveryWatch::install()
{
    if (m_installed || !QCoreApplication::instance())
        return;
    QCoreApplication::instance()->installEventFilter(this);
    m_installed = true;
    m_currentStartNs = m_clock.nsecsElapsed();
    m_current = {};
}

void DeliveryWatch::close(qint64 nowNs)
{
    const qint64 ms = (nowNs - m_currentStartNs) / 1'000'000;
    if (ms > m_longest.ms) {
        m_longest = m_current;
        m_longest.ms = ms;
    }
}

bool DeliveryWatch::eventFilter(QObject *receiver, QEvent *event)
{
    const qint64 now = m_clock.nsecsElapsed();
    close(now);
    const char *receiverClass = receiver->metaObject()->className();
    m_currentStartNs = now;
    m_current = {0, int(event->type()), receiverClass, isQtClass(receiverClass) ? ownerOf(receiver) : nullptr};
    return false;
}

DeliveryWatch::Longest DeliveryWatch::take()
{
    close(m_clock.nsecsElapsed());
    const Longest longest = m_longest;
    m_longest = {};
    return longest;
}

QString DeliveryWatch::Longest::describe() const
{
    if (!receiverClass)
        return {};
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(eventType);
    const QString event = type ? QString::fromLatin1(type) : QString::number(eventType);
    const QString receiver = QString::fromLatin1(receiverClass);
    return ownerClass ? QStringLiteral("%1 → %2 in %3").arg(event, receiver, QString::fromLatin1(ownerClass)) : QStringLiteral("%1 → %2").arg(event, receiver);
}

} // namespace shopcast::work
