#pragma once

#include "ShowReview.hpp"

#include <QSqlDatabase>

namespace shopcast::replay {

// The money side of a review: the show's order lines (table `orders`) laid
// on its minutes, its products and its pitches. A line is in the show's
// minute it was paid in (wall time against the show's start); refunded and
// cancelled lines are kept as refunds, never as sales; a SKU the catalog
// lacks counts in the show's GMV, not in a product's. Where platforms
// reported the room's size, GPM and UV value for the show, and per pitch the
// views that came in during it and its mean online count.
class SalesReview
{
public:
    static bool addTo(ShowReview &review, const QSqlDatabase &db, QString *error);
};

} // namespace shopcast::replay
