#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

// Lets Catch2 print Qt strings in failed assertions.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
