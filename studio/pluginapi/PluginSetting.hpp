#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::chat {

// One setting a comment plugin declares in its metadata; the host builds the
// form field, checks the value and decides where it is kept (a secret goes to
// the secret store only) from this alone. In the plugin's JSON:
//   {"key": "oauth", "label": {"en": "OAuth token", "zh_CN": "OAuth 令牌"},
//    "kind": "text", "secret": true, "required": false, "default": "",
//    "min": 1, "max": 65535, "pattern": "^[a-z0-9_]+$", "choices": ["a", "b"],
//    "advanced": false, "generate": "uuid", "help": {...}}
struct PluginSetting
{
    enum class Kind { Text, Integer, Number, Boolean, File, Choice };

    QString key;
    QJsonObject label; // locale name ("en", "zh_CN") -> text
    QJsonObject help;
    Kind kind = Kind::Text;
    bool secret = false;
    bool required = false;
    bool advanced = false; // not shown in the dialog (tests, diagnostics)
    QJsonValue defaultValue;
    std::optional<double> min;
    std::optional<double> max;
    QString pattern;
    QStringList choices;
    QString generate; // "uuid": the form proposes a fresh random value

    static std::optional<PluginSetting> fromJson(const QJsonObject &json, QString *error);
    static QString kindName(Kind kind);
    // The label in the locale's language, else English, else the key.
    QString labelFor(const QLocale &locale) const;
    QString helpFor(const QLocale &locale) const;
    // The value as the plugin receives it (numbers as numbers), or an error.
    std::optional<QJsonValue> check(const QJsonValue &value, QString *error) const;

    Q_DECLARE_TR_FUNCTIONS(PluginSetting)
};

} // namespace shopcast::chat
