#pragma once

#include "ActionOrigin.hpp"
#include "ActionParam.hpp"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace shopcast::actions {

// What an action is, as menus, the hotkey settings and a remote client's
// schema listing see it. The label is kept untranslated with its
// translation context and translated when asked, so a language change
// shows at once.
struct ActionSpec
{
    QString id;               // "product.explain": stable, stored in ui.json and on timelines
    const char *labelContext; // the tr() context the label was marked in
    const char *labelSource;  // QT_TRANSLATE_NOOP(labelContext, "...")
    QString iconName;         // a freedesktop icon name for menus and buttons
    QList<ActionParam> params;
    Permission permission = Permission::Producer;
    QString defaultKeys; // QKeySequence portable text ("Ctrl+E"); empty: none

    QString label() const;
    const ActionParam *param(const QString &name) const;
    QJsonObject toJson() const;
};

} // namespace shopcast::actions
