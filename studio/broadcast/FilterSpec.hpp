#pragma once

#include <QJsonObject>
#include <QString>

namespace shopcast::broadcast {

// A libobs filter on a source, as the scene collection keeps it: its name
// (unique on its source), the libobs filter id ("chroma_key_filter_v2",
// "color_correction_filter_v2", ...), whether it is on, and its obs_data
// settings. A kind no loaded module provides is kept as it was saved (and
// named to the user), never dropped.
struct FilterSpec
{
    QString name;
    QString kind;
    bool enabled = true;
    QJsonObject settings;

    // As the scene collection file and the clipboard keep it:
    // {"name", "id", "enabled", "settings"}. A missing "enabled" is on.
    QJsonObject toJson() const;
    static FilterSpec fromJson(const QJsonObject &json);

    friend bool operator==(const FilterSpec &, const FilterSpec &) = default;
};

} // namespace shopcast::broadcast
