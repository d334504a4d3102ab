#pragma once

#include <QtGlobal>

namespace shopcast::test {

// The TCP port a process listens on, from its sockets in /proc (a server
// told to take any free port: no port is guessed, so none can be taken by
// another test between a probe and the listen). 0 while it listens on none.
int listeningPort(qint64 pid);

} // namespace shopcast::test
