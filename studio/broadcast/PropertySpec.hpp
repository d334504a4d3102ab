#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace shopcast::broadcast {

// One setting of a libobs source or filter as a form shows it: what libobs's
// own properties say (name, label in the engine's language, type, bounds,
// choices), engine-independent so the widgets never see obs.h. A form built
// from these edits any filter kind a module brings, not only the ones the
// studio knows.
struct PropertySpec
{
    enum class Type { Bool, Int, Float, Text, Path, Color, ColorAlpha, List };

    struct Choice
    {
        QString label;
        QJsonValue value;
    };

    QString name; // the obs_data key
    QString label;
    Type type = Type::Text;
    bool visible = true;
    bool slider = false; // a number best dragged
    double minimum = 0;
    double maximum = 0;
    double step = 1;
    QString suffix;     // "px", "ms"
    QString pathFilter; // Path: Qt file dialog filter ("Images (*.png *.cube)")
    QList<Choice> choices;
};

// A kind's settings form: its properties in libobs's order and its defaults.
struct PropertySheet
{
    QList<PropertySpec> properties;
    QJsonObject defaults;
};

} // namespace shopcast::broadcast
