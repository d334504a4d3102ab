#pragma once

#include <QString>

namespace shopcast::core {

// What a crash leaves behind. The studio keeps no core file (stream keys are
// in its memory), so a crash would leave nothing to fix it by. On SIGSEGV,
// SIGBUS, SIGFPE, SIGILL or SIGABRT this writes the crashing thread's return
// addresses, their symbols where the linker knows them, and the process's
// memory map (to turn addresses into file and line with addr2line) to
// <profile>/crashes/crash-<start time>-<pid>.txt; no memory content, so no
// secret. The signal then takes its course: the exit status still says
// which one. One per process; everything the handler needs is made at
// install(), as a signal handler may not allocate.
class CrashReport
{
public:
    // False (and no handler) when the path is too long. The folder is made
    // by the first crash, not here: a fresh profile stays untouched.
    static bool install(const QString &profileDir);
    static QString folder(const QString &profileDir);
};

} // namespace shopcast::core
