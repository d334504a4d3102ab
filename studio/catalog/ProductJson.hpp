#pragma once

#include <QCoreApplication>

#include "Product.hpp"

#include <QJsonObject>
#include <QStringList>

namespace shopcast::catalog {

// The JSON form of a product, shared by export, import and the change history:
// prices as decimal strings ("12.90"), never floats.
class ProductJson
{
    Q_DECLARE_TR_FUNCTIONS(ProductJson)
public:
    static QJsonObject toJson(const Product &product);
    // Validates as the CSV import does; problems go to errors as
    // "field: message".
    static Product fromJson(const QJsonObject &object, QStringList *errors);
};

} // namespace shopcast::catalog
