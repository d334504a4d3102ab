#pragma once

#include "Order.hpp"
#include "OrderExportFormat.hpp"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
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

    // Takes the orders as they are read, kBatchLines at a time (then
    // Result::orders stays empty), so they can be stored while the rest of
    // the file is read. The file's header is known good before the first
    // batch; an error after it (a quote never closed) is in Result::error.
    using Sink = std::function<void(QList<Order> &&batch)>;
    static constexpr int kBatchLines = 4096;

    // format: a preset or mapping; none: recognised from the header.
    static Result read(const QByteArray &bytes, const std::optional<OrderExportFormat> &format, const Sink &sink = {});
    static Result readFile(const QString &path, const std::optional<OrderExportFormat> &format, const Sink &sink = {});
};

} // namespace shopcast::sales
