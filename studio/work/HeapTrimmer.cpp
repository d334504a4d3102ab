#include "HeapTrimmer.hpp"

#include "Work.hpp"

#include <QFile>

#include <algorithm>

#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace shopcast::work {

HeapTrimmer::HeapTrimmer(int periodMs, QObject *parent)
    : QObject(parent)
    , m_periodMs(periodMs)
{
    // Coarse: a trim a minute is plenty, and must not wake the CPU on time.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HeapTrimmer::trimNow);
}

void HeapTrimmer::start()
{
    if (m_periodMs > 0)
        m_timer.start(m_periodMs);
}

void HeapTrimmer::trimNow()
{
    if (m_running) // the last one has not come back: never queue a second
        return;
    m_running = true;
    Work::run(
        Pool::Compute, this,
        [] {
            const qint64 before = residentBytes();
#if defined(__GLIBC__)
            ::malloc_trim(0);
#endif
            return std::max<qint64>(0, before - residentBytes());
        },
        [this](qint64 released) { done(released); });
}

void HeapTrimmer::done(qint64 releasedBytes)
{
    m_running = false;
    ++m_trims;
    m_releasedBytes += releasedBytes;
    emit trimmed(releasedBytes);
}

qint64 HeapTrimmer::residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    // "size resident shared ...", in pages.
    const QList<QByteArray> fields = statm.read(256).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE) : 0;
}

} // namespace shopcast::work
