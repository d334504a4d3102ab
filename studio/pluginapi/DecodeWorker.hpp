#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <utility>

namespace shopcast::chat {

// A comment source's own thread for decoding what its socket receives: the
// socket stays on the GUI thread (Qt's sockets live where they were made),
// the parsing and decompression run here, in arrival order, and each result
// comes back to the source as one batch. Header-only: not part of the
// plugin ABI.
class DecodeWorker
{
public:
    explicit DecodeWorker(const QString &name)
        : m_context(new QObject)
    {
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.setObjectName(name);
        m_thread.start();
    }
    ~DecodeWorker()
    {
        m_thread.quit();
        m_thread.wait();
    }
    DecodeWorker(const DecodeWorker &) = delete;
    DecodeWorker &operator=(const DecodeWorker &) = delete;

    // decode() runs on the worker, after everything submitted before it;
    // deliver(result) then runs on receiver's thread, unless receiver is gone.
    template<typename Decode, typename Deliver>
    void run(QObject *receiver, Decode decode, Deliver deliver)
    {
        QPointer<QObject> target(receiver);
        QMetaObject::invokeMethod(
            m_context,
            [target, decode = std::move(decode), deliver = std::move(deliver)]() mutable {
                auto result = decode();
                if (!target)
                    return;
                QMetaObject::invokeMethod(
                    target.data(),
                    [target, deliver = std::move(deliver), result = std::move(result)]() mutable {
                        if (target)
                            deliver(std::move(result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    QObject *m_context; // lives on m_thread; deleted when it finishes
};

} // namespace shopcast::chat
