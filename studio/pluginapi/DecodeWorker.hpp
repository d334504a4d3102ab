#pragma once

#include "work/Strand.hpp"
#include "work/Work.hpp"

#include <QObject>
#include <QPointer>

#include <utility>

namespace shopcast::chat {

// Where a comment source decodes what its socket receives: the socket stays
// on the GUI thread (Qt's sockets live where they were made), the parsing
// and decompression run on the studio's decode pool, one at a time and in
// arrival order (a strand), and each result comes back to the source as one
// batch. Header-only: not part of the plugin ABI.
class DecodeWorker
{
public:
    DecodeWorker()
        : m_strand(work::Pool::Decode)
    {}

    // decode() runs on the decode pool, after everything submitted before
    // it; deliver(result) then runs on receiver's thread, unless receiver is
    // gone. Destroying the worker drops what has not started.
    template<typename Decode, typename Deliver>
    void run(QObject *receiver, Decode decode, Deliver deliver)
    {
        QPointer<QObject> target(receiver);
        m_strand.post([target, decode = std::move(decode), deliver = std::move(deliver)]() mutable {
            auto result = decode();
            if (target)
                work::Work::post(target.data(), [deliver = std::move(deliver), result = std::move(result)]() mutable { deliver(std::move(result)); });
        });
    }

private:
    work::Strand m_strand;
};

} // namespace shopcast::chat
