#pragma once

#include "FilterSpec.hpp"

#include <QCoreApplication>
#include <QList>

namespace shopcast::broadcast {

// The filter kinds the Filters dialog offers, in its menu order (the
// picture's, then the sound's), named in the user's language. They are obs-filters' own (used through libobs, not
// re-written); a kind this machine's modules lack is still listed by
// SceneEditor::unavailableFilters() when a collection has it.
class FilterCatalog
{
    Q_DECLARE_TR_FUNCTIONS(FilterCatalog)
public:
    struct Kind
    {
        QString id; // the libobs filter id
        QString label;
        bool audio = false; // acts on the sound, not the picture
    };
    static QList<Kind> kinds();
    // The kind's label; the id itself for a kind the studio does not list.
    static QString labelOf(const QString &id);
    // base, or "base 2", "base 3", ...: a name no filter in filters has.
    static QString uniqueName(const QList<FilterSpec> &filters, const QString &base);
};

} // namespace shopcast::broadcast
