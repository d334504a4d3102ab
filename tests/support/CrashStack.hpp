#pragma once

#include <QString>

namespace shopcast::test {

// The studio's crash report (core::CrashReport) made readable for a test
// log: each return address placed in its file through the report's memory
// map and named by addr2line (function, file:line). A studio that crashes
// once in thirty runs then says where, the first time.
class CrashStack
{
public:
    // The newest report under profileDir, symbolized; empty when there is none.
    static QString describe(const QString &profileDir);
};

} // namespace shopcast::test
