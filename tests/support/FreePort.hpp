#pragma once

#include <QtGlobal>

namespace shopcast::test {

// A loopback TCP port nobody listens on right now (bind to 0, read, close).
quint16 freeLoopbackPort();

} // namespace shopcast::test
