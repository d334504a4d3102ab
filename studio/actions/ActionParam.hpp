#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace shopcast::actions {

// One parameter of an action: a name, a JSON type and its bounds. Every
// value from outside (a remote client, the CLI) is checked against it
// before the action runs.
struct ActionParam
{
    Q_DECLARE_TR_FUNCTIONS(ActionParam)
public:
    enum class Type { String, Integer, Number, Boolean, Object };

    QString name;
    Type type = Type::String;
    bool required = false;
    QString description;  // English, for the schema listing
    double minimum = 0;   // Integer and Number: inclusive bounds
    double maximum = 0;   // minimum == maximum: unbounded
    int maxLength = 1024; // String: characters; Object: bytes of its compact JSON

    // Empty when value fits; otherwise why, naming the parameter.
    QString check(const QJsonValue &value) const;
    QJsonObject toJson() const;
    static QString typeId(Type type);
};

} // namespace shopcast::actions
