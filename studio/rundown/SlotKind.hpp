#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::rundown {

enum class SlotKind { Warmup, Product, Lottery, Poll, Game, QA, Break, Closing };

// The JSON names ("warmup", "product", ...) and display names of slot kinds.
class SlotKinds
{
public:
    static QString id(SlotKind kind);
    static std::optional<SlotKind> fromId(const QString &id);
    static QString label(SlotKind kind); // translated
    static QStringList allIds();
};

} // namespace shopcast::rundown
