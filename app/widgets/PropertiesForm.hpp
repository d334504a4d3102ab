#pragma once

#include "broadcast/PropertySpec.hpp"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;

namespace shopcast::app {

// A settings form built from a libobs kind's own properties (a filter's
// similarity slider, a LUT's file, a key colour): one row per property, the
// value shown from the settings or else the kind's default. Every change is
// reported with all settings; "continuing" says it goes on the previous
// change of the same row (a slider dragged, digits typed), so the editor
// makes one undo step of them.
class PropertiesForm : public QWidget
{
    Q_OBJECT
public:
    explicit PropertiesForm(QWidget *parent = nullptr);

    void setSheet(const broadcast::PropertySheet &sheet, const QJsonObject &settings);
    // Shows and hides rows as a sheet for the current settings says.
    void updateVisibility(const broadcast::PropertySheet &sheet);
    const QJsonObject &settings() const { return m_settings; }
    // The row's editor, for tests and the tour: named "property:<name>".
    QWidget *editorOf(const QString &name) const { return m_editors.value(name); }

signals:
    void edited(const QJsonObject &settings, bool continuing);

private:
    void clear();
    void addRow(const broadcast::PropertySpec &spec);
    QJsonValue valueOf(const QString &name) const;
    void change(const QString &name, const QJsonValue &value);

    QFormLayout *m_form = nullptr;
    QJsonObject m_settings;
    QJsonObject m_defaults;
    QString m_lastEdited;
    QHash<QString, QWidget *> m_editors;
};

} // namespace shopcast::app
