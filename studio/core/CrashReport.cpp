#include "CrashReport.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <csignal>
#include <cstring>

#include <execinfo.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <ucontext.h>
#include <unistd.h>

namespace shopcast::core {

namespace {

constexpr int kMaxFrames = 64;
constexpr int kSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

// Made at install: the handler only reads them.
char g_dir[4096];
char g_path[4096];
// A stack overflow leaves no stack to run the handler on.
alignas(16) char g_altStack[64 * 1024];

void put(int fd, const char *text)
{
    for (size_t left = std::strlen(text); left > 0;) {
        const ssize_t n = ::write(fd, text, left);
        if (n <= 0)
            return;
        text += n;
        left -= size_t(n);
    }
}

// snprintf is not async-signal-safe.
void putHex(int fd, uintptr_t value)
{
    char digits[2 + 2 * sizeof value + 1];
    char *p = digits + sizeof digits - 1;
    *p = '\0';
    do {
        *--p = "0123456789abcdef"[value & 0xf];
        value >>= 4;
    } while (value != 0);
    *--p = 'x';
    *--p = '0';
    put(fd, p);
}

void putNumber(int fd, long value)
{
    char digits[24];
    char *p = digits + sizeof digits - 1;
    *p = '\0';
    const bool negative = value < 0;
    unsigned long v = negative ? 0UL - static_cast<unsigned long>(value) : static_cast<unsigned long>(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (negative)
        *--p = '-';
    put(fd, p);
}

// The instruction that faulted: the stack below the handler starts there,
// and it is no return address (nothing to step back from).
uintptr_t faultingInstruction(void *context)
{
#if defined(__x86_64__)
    return uintptr_t(static_cast<ucontext_t *>(context)->uc_mcontext.gregs[REG_RIP]);
#elif defined(__aarch64__)
    return uintptr_t(static_cast<ucontext_t *>(context)->uc_mcontext.pc);
#else
    Q_UNUSED(context);
    return 0;
#endif
}

void onCrash(int signalNumber, siginfo_t *info, void *context)
{
    // mkdir and open are async-signal-safe; the folder is not made before a
    // crash needs it (a fresh profile stays untouched).
    ::mkdir(g_dir, 0700);
    const int fd = ::open(g_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd >= 0) {
        put(fd, "ShopCast Studio crashed: signal ");
        putNumber(fd, signalNumber);
        put(fd, " (");
        put(fd, sigabbrev_np(signalNumber) ? sigabbrev_np(signalNumber) : "?");
        put(fd, "), fault address ");
        putHex(fd, reinterpret_cast<uintptr_t>(info ? info->si_addr : nullptr));
        put(fd, ", thread ");
        putNumber(fd, long(gettid()));
        put(fd, "\nfaulting instruction ");
        putHex(fd, context ? faultingInstruction(context) : 0);
        put(fd, "\n\nreturn addresses:\n");
        void *frames[kMaxFrames];
        const int count = ::backtrace(frames, kMaxFrames);
        for (int i = 0; i < count; ++i) {
            putHex(fd, reinterpret_cast<uintptr_t>(frames[i]));
            put(fd, "\n");
        }
        put(fd, "\nsymbols:\n");
        ::backtrace_symbols_fd(frames, count, fd);
        put(fd, "\nmaps:\n");
        const int maps = ::open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
        if (maps >= 0) {
            char buffer[4096];
            for (ssize_t n; (n = ::read(maps, buffer, sizeof buffer)) > 0;)
                if (::write(fd, buffer, size_t(n)) != n)
                    break;
            ::close(maps);
        }
        ::close(fd);
    }
    // SA_RESETHAND put the default action back: the process dies of this
    // signal, as it would have without the report.
    ::raise(signalNumber);
}

} // namespace

QString CrashReport::folder(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("crashes"));
}

bool CrashReport::install(const QString &profileDir)
{
    const QString dir = folder(profileDir);
    const QByteArray dirName = QFile::encodeName(dir);
    const QByteArray path = QFile::encodeName(QDir(dir).filePath(QStringLiteral("crash-%1-%2.txt")
                                                                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                                                     .arg(QCoreApplication::applicationPid())));
    if (path.size() >= qsizetype(sizeof g_path) || dirName.size() >= qsizetype(sizeof g_dir))
        return false;
    std::memcpy(g_dir, dirName.constData(), size_t(dirName.size()) + 1);
    std::memcpy(g_path, path.constData(), size_t(path.size()) + 1);
    // backtrace() loads libgcc on its first call: not in a signal handler.
    void *warm[1];
    ::backtrace(warm, 1);
    stack_t stack{};
    stack.ss_sp = g_altStack;
    stack.ss_size = sizeof g_altStack;
    sigaltstack(&stack, nullptr);
    struct sigaction action
    {};
    action.sa_sigaction = onCrash;
    action.sa_flags = SA_SIGINFO | SA_RESETHAND | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (const int s : kSignals)
        sigaction(s, &action, nullptr);
    return true;
}

} // namespace shopcast::core
