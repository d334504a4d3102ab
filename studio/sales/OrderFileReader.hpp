#pragma once

#include "Order.hpp"
#include "OrderExportFormat.hpp"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shopcast::sales {

// Reads a platform's order export (CSV in UTF-8 with or without BOM, or
// GB18030) into order lines. A line that cannot be an order (no order id, a
// bad amount or quantity, a paid order without a paid time, a line cut short)
// is refused with its line number and reason; the rest are read. Times
// without a zone are Beijing time, as the platforms export them.
class OrderFileReader
{
    Q_DECLARE_TR_FUNCTIONS(OrderFileReader)
public:
    // What a file may be: a 200,000-line export is about 60 MB.
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
    static constexpr int kMaxQuantity = 100'000;
    static constexpr qint64 kMaxLineCents = 100'000'000'00LL; // 1 亿 yuan

    struct Refused
    {
        int line = 0;
        QString reason;
    };
    struct Result
    {
        QList<Order> orders;
        QList<Refused> refused;
        QString encoding;
        std::optional<OrderExportFormat> format;
        QString error;              // the file as a whole cannot be read: nothing in it is used
        QStringList header;         // once the file decoded: its columns, for a mapping
        bool unknownHeader = false; // no preset fits and none was given: ask for a mapping
    };

    // format: a preset or mapping; none: recognised from the header.
    static Result read(const QByteArray &bytes, const std::optional<OrderExportFormat> &format);
    static Result readFile(const QString &path, const std::optional<OrderExportFormat> &format);
};

} // namespace shopcast::sales
