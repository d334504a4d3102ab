#pragma once

#include <QJsonValue>

#include <cmath>
#include <optional>

namespace shopcast::chat {

// Platforms send ids and times as JSON numbers (doubles). Casting a double
// out of an integer's range is undefined behaviour, so every such number
// from outside goes through here: a whole number inside [min, max], or none.
inline constexpr qint64 kMaxJsonWholeNumber = (qint64(1) << 53); // doubles are exact up to here
inline constexpr qint64 kMaxEpochMs = 32503680000000;            // year 3000
// A room's size (online, viewers, views): more than anyone alive is a bad number.
inline constexpr qint64 kMaxAudience = 10'000'000'000LL;

inline std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min = -kMaxJsonWholeNumber, qint64 max = kMaxJsonWholeNumber)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < double(min) || d > double(max) || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

} // namespace shopcast::chat
