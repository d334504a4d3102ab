#pragma once

#include <QString>

namespace shopcast::test {

// Every thread's stack of a running process, read by gdb attached for a
// moment (it stops the process while it reads). A studio that stops
// answering in a test then says where each thread waits, before the test
// kills it and the state is gone.
class ProcessStacks
{
public:
    // At most maxBytes of gdb's "thread apply all bt"; a line saying why
    // when gdb is missing or cannot attach.
    static QString describe(qint64 pid, qsizetype maxBytes = 256 * 1024);
};

} // namespace shopcast::test
