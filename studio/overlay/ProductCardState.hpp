#pragma once

#include "catalog/Product.hpp"

#include <optional>

namespace shopcast::overlay {

// What the card must show right now: the product plus the show's live state.
struct ProductCardState
{
    catalog::Product product;
    bool soldOut = false;
    std::optional<qint64> flashSaleRemainingMs; // running flash sale (限时秒杀)
    std::optional<catalog::Money> flashSalePrice;
    int soldUnits = 0; // paid in this show and not refunded (live orders); the stock shown is already net of it

    friend bool operator==(const ProductCardState &, const ProductCardState &) = default;
};

} // namespace shopcast::overlay
