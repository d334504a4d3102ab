#include "OrderFileReader.hpp"

#include "catalog/CsvCursor.hpp"
#include "catalog/CsvReader.hpp"
#include "catalog/SpreadsheetText.hpp"
#include "catalog/Money.hpp"

#include <QFile>
#include <QTimeZone>

namespace shopcast::sales {

namespace {

int columnOf(const QStringList &header, const QStringList &names)
{
    for (const QString &n : names) {
        const qsizetype i = header.indexOf(n);
        if (i >= 0)
            return int(i);
    }
    return -1;
}

// Spreadsheets write ids as text with a tab or a leading apostrophe (so
// Excel keeps the digits); 抖店 wraps them as ="123".
QString cleanId(QString s)
{
    s = s.trimmed();
    if (s.startsWith(QLatin1String("=\"")) && s.endsWith(QLatin1Char('"')))
        s = s.mid(2, s.size() - 3);
    while (s.startsWith(QLatin1Char('\'')))
        s.remove(0, 1);
    return s.trimmed();
}

// "2026-11-11 20:07:05", "2026/11/11 20:07", "2026/1/2 3:04:05": Beijing
// wall time. A 200,000-line export has a time on every line; Qt's format
// parser and a zone lookup per line took most of an import, so the shapes
// the platforms write are read here digit by digit. China has kept UTC+8
// without daylight saving since 1991: the offset is fixed.
std::optional<QDateTime> parseBeijingWallTime(QStringView t)
{
    int parts[6] = {0, 0, 0, 0, 0, 0};
    int part = 0;
    int digits = 0;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        const QChar c = i < t.size() ? t.at(i) : QChar(u' ');
        if (c.isDigit() && c.unicode() < 128) {
            if (part >= 6 || ++digits > (part == 0 ? 4 : 2))
                return std::nullopt;
            parts[part] = parts[part] * 10 + (c.unicode() - u'0');
            continue;
        }
        const bool dateSep = c == u'-' || c == u'/';
        const bool timeSep = c == u':';
        const bool gap = c == u' ' || c == u'T';
        if (digits == 0 || (part < 2 && !dateSep && i < t.size()) || (part == 2 && !gap && i < t.size()) || (part > 2 && !timeSep && i < t.size()))
            return std::nullopt;
        ++part;
        digits = 0;
    }
    if (part < 5)
        return std::nullopt; // a date without a time is no paid time
    const QDate date(parts[0], parts[1], parts[2]);
    const QTime time(parts[3], parts[4], parts[5]);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).addSecs(-8 * 3600);
}

std::optional<QDateTime> parseTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("-"))
        return std::nullopt;
    if (auto wall = parseBeijingWallTime(t))
        return wall;
    // With a zone (ISO 8601 from a relay): as written.
    QDateTime iso = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (iso.isValid() && iso.timeSpec() != Qt::LocalTime)
        return iso.toUTC();
    static const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));
    for (const char *format : {"yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy-MM-ddTHH:mm:ss"}) {
        QDateTime d = QDateTime::fromString(t, QLatin1String(format));
        if (d.isValid()) {
            d.setTimeZone(beijing.isValid() ? beijing : QTimeZone(8 * 3600));
            return d.toUTC();
        }
    }
    return std::nullopt;
}

} // namespace

OrderFileReader::Result OrderFileReader::readFile(const QString &path, const std::optional<OrderExportFormat> &format, const Sink &sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = tr("cannot open %1: %2").arg(path, file.errorString());
        return r;
    }
    if (file.size() > kMaxFileBytes) {
        Result r;
        r.error = tr("%1 is %2 MB; an order export may be at most %3 MB").arg(path).arg(file.size() / (1024 * 1024)).arg(kMaxFileBytes / (1024 * 1024));
        return r;
    }
    return read(file.readAll(), format, sink);
}

OrderFileReader::Result OrderFileReader::read(const QByteArray &bytes, const std::optional<OrderExportFormat> &format, const Sink &sink)
{
    Result r;
    if (bytes.size() > kMaxFileBytes) {
        r.error = tr("the file is larger than %1 MB").arg(kMaxFileBytes / (1024 * 1024));
        return r;
    }
    if (bytes.contains('\0')) {
        r.error = tr("this is not a text file (it holds NUL bytes): export the orders as CSV");
        return r;
    }
    // Decoded a piece at a time and read record by record: each line becomes
    // an order and is let go, the first ones before the rest is decoded.
    catalog::SpreadsheetText text(bytes);
    r.encoding = text.encoding();
    catalog::CsvCursor csv(text.next(), [&text] { return text.next(); });
    catalog::CsvReader::Record rec;
    const auto failure = [&] { return !text.error().isEmpty() ? text.error() : csv.error(); };
    if (!csv.next(&rec)) {
        r.error = failure().isEmpty() ? tr("the file is empty") : failure();
        return r;
    }
    QStringList header = rec.fields;
    for (QString &h : header)
        h = h.trimmed(); // 千牛 writes some headers with a trailing space
    r.header = header;
    r.format = format ? format : OrderExportFormat::detect(header);
    if (!r.format) {
        r.unknownHeader = true;
        r.error = tr("the header is not one of a known export (抖店, 千牛, 快手小店); give --format or a column mapping");
        return r;
    }
    QStringList missing;
    if (!r.format->fits(header, &missing)) {
        r.error = tr("the header lacks the column(s) %1 of %2").arg(missing.join(QStringLiteral(", ")), r.format->name);
        return r;
    }
    const OrderExportFormat &f = *r.format;
    const int cOrder = columnOf(header, f.orderId);
    const int cLine = columnOf(header, f.lineId);
    const int cSku = columnOf(header, f.sku);
    const int cProduct = columnOf(header, f.productId);
    const int cTitle = columnOf(header, f.title);
    const int cQuantity = columnOf(header, f.quantity);
    const int cPaid = columnOf(header, f.paid);
    const int cBuyer = columnOf(header, f.buyer);
    const int cBuyerId = columnOf(header, f.buyerId);
    const int cPaidAt = columnOf(header, f.paidAt);
    const int cStatus = columnOf(header, f.status);
    const int cAfterSale = columnOf(header, f.afterSale);
    const int needed = std::max({cOrder, cLine, cSku, cProduct, cTitle, cQuantity, cPaid, cBuyer, cPaidAt, cStatus, cAfterSale}) + 1;
    QList<Order> batch;
    while (csv.next(&rec)) {
        const auto field = [&rec](int c) { return c >= 0 ? rec.fields.value(c).trimmed() : QString(); };
        if (std::all_of(rec.fields.cbegin(), rec.fields.cend(), [](const QString &s) { return s.trimmed().isEmpty(); }))
            continue; // a blank line
        const auto refuse = [&](const QString &reason) { r.refused.append({rec.line, reason}); };
        if (rec.fields.size() < needed) {
            refuse(tr("the line has %1 fields, the header %2 (cut short?)").arg(rec.fields.size()).arg(header.size()));
            continue;
        }
        Order o;
        o.platform = f.platform;
        o.orderId = cleanId(field(cOrder));
        if (o.orderId.isEmpty() || o.orderId.size() > 64) {
            refuse(o.orderId.isEmpty() ? tr("no order id") : tr("the order id is longer than 64 characters"));
            continue;
        }
        const QString lineId = cLine >= 0 ? cleanId(field(cLine)) : QString();
        o.lineId = lineId.isEmpty() ? o.orderId : lineId;
        o.sku = cleanId(field(cSku)).left(64);
        o.platformProductId = cleanId(field(cProduct)).left(64);
        o.title = field(cTitle).left(200);
        o.buyer = field(cBuyer).left(64);
        o.buyerId = field(cBuyerId).left(64);
        bool ok = false;
        const QString quantityText = field(cQuantity);
        o.quantity = quantityText.toInt(&ok);
        if (!ok || o.quantity < 1 || o.quantity > kMaxQuantity) {
            refuse(tr("the quantity '%1' is not a whole number from 1 to %2").arg(quantityText.left(40)).arg(kMaxQuantity));
            continue;
        }
        QString why;
        const QString paidText = field(cPaid);
        const auto paid = catalog::Money::parse(paidText, &why);
        if (!paid || paid->cents() < 0 || paid->cents() > kMaxLineCents) {
            refuse(tr("the amount '%1' %2").arg(paidText.left(40), paid ? tr("is out of range") : why));
            continue;
        }
        o.paidCents = paid->cents();
        o.status = f.statusOf(field(cStatus), field(cAfterSale));
        const QString paidAtText = field(cPaidAt);
        if (const auto at = parseTime(paidAtText))
            o.paidAt = *at;
        else if (o.status == OrderStatus::Paid) {
            refuse(tr("the paid time '%1' is not a date and time").arg(paidAtText.left(40)));
            continue;
        }
        if (!sink) {
            r.orders.append(std::move(o));
            continue;
        }
        batch.append(std::move(o));
        if (batch.size() == kBatchLines) {
            sink(std::move(batch));
            batch = QList<Order>();
        }
    }
    if (!failure().isEmpty()) {
        r.error = failure(); // the lines before it may have gone to the sink: its taker undoes them
        r.orders.clear();
        return r;
    }
    if (sink && !batch.isEmpty())
        sink(std::move(batch));
    return r;
}

} // namespace shopcast::sales
