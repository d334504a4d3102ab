#pragma once

#include <QCoreApplication>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace shopcast::broadcast {

// The source kinds a host can add, in the order the "Add source" menu lists
// them. Each maps to a libobs source id; the engine refuses kinds whose module
// is not loaded, so the list can stay fixed.
struct SourceKind
{
    enum class Input { None, File, Text, Color };

    QString id;       // libobs source id
    QString label;    // translated, for menus
    QString baseName; // default name of a new source
    Input input = Input::None;
    QString fileFilter;  // for Input::File
    QString fileSetting; // the obs_data key that takes the file / text / colour
    QJsonObject defaults;
};

class SourceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SourceCatalog)
public:
    static QList<SourceKind> kinds();
    static const SourceKind *find(const QString &id);
    // Builds the settings for a new source from what the user entered.
    static QJsonObject settingsFor(const SourceKind &kind, const QString &value);
};

} // namespace shopcast::broadcast
