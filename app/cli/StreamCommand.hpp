#pragma once

#include <QCoreApplication>

#include <QElapsedTimer>
#include <QStringList>

namespace shopcast::cli {

// `shopcast-cli stream`: pushes the demo (or a given) scene collection to every
// destination and optionally records, until --duration ends or SIGINT/SIGTERM
// arrives, then prints one JSON line of figures on stdout.
class StreamCommand
{
    Q_DECLARE_TR_FUNCTIONS(StreamCommand)
public:
    explicit StreamCommand(const QElapsedTimer &processClock)
        : m_processClock(processClock)
    {}
    int run(const QStringList &arguments);

private:
    const QElapsedTimer &m_processClock;
};

} // namespace shopcast::cli
