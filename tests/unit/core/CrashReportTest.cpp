#include "CrashStack.hpp"

#include "core/CrashReport.hpp"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>

#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// A real fault (a write to a page nobody may write), in a frame of its own
// so the report has a name to show.
[[gnu::noinline]] void writeToForbiddenPage(volatile char *page)
{
    *page = 1;
}

} // namespace

TEST_CASE("a crash writes a report with the faulting address, the stack and the memory map, and still dies of its signal", "[unit][core][crash]")
{
    QTemporaryDir profile;
    REQUIRE(profile.isValid());
    void *page = ::mmap(nullptr, size_t(::sysconf(_SC_PAGESIZE)), PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    REQUIRE(page != MAP_FAILED);

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (!shopcast::core::CrashReport::install(profile.path()))
            ::_exit(3);
        // Installing writes nothing: a fresh profile stays as it was.
        if (QDir(shopcast::core::CrashReport::folder(profile.path())).exists())
            ::_exit(5);
        writeToForbiddenPage(static_cast<volatile char *>(page));
        ::_exit(4); // not reached
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    ::munmap(page, size_t(::sysconf(_SC_PAGESIZE)));
    // The report does not swallow the crash: the exit status is the signal's.
    INFO("exit status " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1));
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGSEGV);

    const QStringList reports = QDir(shopcast::core::CrashReport::folder(profile.path())).entryList({QStringLiteral("crash-*.txt")}, QDir::Files);
    REQUIRE(reports.size() == 1);
    QFile file(QDir(shopcast::core::CrashReport::folder(profile.path())).filePath(reports.first()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    INFO(report.left(3000).toStdString());
    CHECK(report.startsWith(QStringLiteral("ShopCast Studio crashed: signal 11 (SEGV), fault address 0x") + QString::number(quintptr(page), 16)));
    CHECK(report.contains(QStringLiteral("\nreturn addresses:\n0x")));
    CHECK(report.contains(QStringLiteral("\nmaps:\n")));
    CHECK(report.contains(QStringLiteral("[stack]")));
    CHECK((file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

    // A test log names the frame, from the map and the binary's debug info.
    const QString stack = shopcast::test::CrashStack::describe(profile.path());
    INFO(stack.toStdString());
    CHECK(stack.contains(QStringLiteral("writeToForbiddenPage")));
}

TEST_CASE("no crash report where none was written", "[unit][core][crash]")
{
    QTemporaryDir profile;
    CHECK(shopcast::test::CrashStack::describe(profile.path()).isEmpty());
}
