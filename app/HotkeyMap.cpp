#include "HotkeyMap.hpp"

#include "actions/ActionRegistry.hpp"

#include <QShortcut>
#include <QWidget>

namespace shopcast::app {

namespace {
const QString kPrefix = QStringLiteral("hotkey:");

// What ui.json files of earlier builds call today's actions.
QString currentId(const QString &id)
{
    static const QHash<QString, QString> renamed{
        {QStringLiteral("lineup.next"), QStringLiteral("product.next")},          {QStringLiteral("lineup.previous"), QStringLiteral("product.previous")},
        {QStringLiteral("lineup.explain"), QStringLiteral("product.explain")},    {QStringLiteral("lineup.soldOut"), QStringLiteral("product.soldOut")},
        {QStringLiteral("lineup.flashSale"), QStringLiteral("flashSale.toggle")}, {QStringLiteral("chat.pin"), QStringLiteral("comment.pin")},
        {QStringLiteral("chat.clearPin"), QStringLiteral("comment.clearPin")}};
    return renamed.value(id, id);
}
} // namespace

QList<HotkeyMap::Binding> HotkeyMap::bindingsOf(const actions::ActionRegistry &registry)
{
    QList<Binding> out;
    for (const actions::ActionSpec &spec : registry.actions())
        out.append({spec.id, spec.label(), QKeySequence::fromString(spec.defaultKeys, QKeySequence::PortableText)});
    return out;
}

HotkeyMap::HotkeyMap(QList<Binding> bindings, const QMap<QString, QString> &overrides, QObject *parent)
    : QObject(parent)
    , m_bindings(std::move(bindings))
{
    setOverrides(overrides);
}

QString HotkeyMap::label(const QString &id) const
{
    for (const Binding &b : m_bindings)
        if (b.id == id)
            return b.label;
    return id;
}

QKeySequence HotkeyMap::keys(const QString &id) const
{
    return m_keys.value(id);
}

QString HotkeyMap::conflict(const QString &id, const QKeySequence &keys) const
{
    if (keys.isEmpty())
        return {};
    for (auto it = m_keys.begin(); it != m_keys.end(); ++it)
        if (it.key() != id && it.value() == keys)
            return it.key();
    return {};
}

bool HotkeyMap::set(const QString &id, const QKeySequence &keys, QString *error)
{
    if (!m_keys.contains(id)) {
        *error = tr("there is no action \"%1\"").arg(id);
        return false;
    }
    const QString other = conflict(id, keys);
    if (!other.isEmpty()) {
        *error = tr("%1 already does \"%2\"").arg(keys.toString(QKeySequence::NativeText), label(other));
        return false;
    }
    if (const QString holder = keys.isEmpty() || !m_reservedBy ? QString() : m_reservedBy(keys); !holder.isEmpty()) {
        *error = tr("%1 is already the key of \"%2\"").arg(keys.toString(QKeySequence::NativeText), holder);
        return false;
    }
    if (m_keys.value(id) != keys) {
        m_keys.insert(id, keys);
        emit changed(id, keys);
    }
    return true;
}

void HotkeyMap::resetAll()
{
    setOverrides({});
}

QMap<QString, QString> HotkeyMap::overrides() const
{
    QMap<QString, QString> out;
    for (const Binding &b : m_bindings) {
        const QKeySequence keys = m_keys.value(b.id);
        if (keys != b.defaultKeys)
            out.insert(b.id, keys.toString(QKeySequence::PortableText));
    }
    return out;
}

void HotkeyMap::setOverrides(const QMap<QString, QString> &given)
{
    QMap<QString, QString> overrides;
    for (auto it = given.begin(); it != given.end(); ++it)
        overrides.insert(currentId(it.key()), it.value());
    QHash<QString, QKeySequence> next;
    // The user's keys first, then the defaults where they are still free.
    for (const Binding &b : m_bindings) {
        if (!overrides.contains(b.id))
            continue;
        const QKeySequence keys = QKeySequence::fromString(overrides.value(b.id), QKeySequence::PortableText);
        if (keys.isEmpty() || std::find(next.cbegin(), next.cend(), keys) == next.cend())
            next.insert(b.id, keys);
    }
    for (const Binding &b : m_bindings) {
        if (!next.contains(b.id))
            next.insert(b.id, std::find(next.cbegin(), next.cend(), b.defaultKeys) == next.cend() ? b.defaultKeys : QKeySequence());
    }
    for (auto it = next.begin(); it != next.end(); ++it) {
        if (m_keys.value(it.key()) != it.value() || !m_keys.contains(it.key())) {
            m_keys.insert(it.key(), it.value());
            emit changed(it.key(), it.value());
        }
    }
}

void HotkeyMap::install(QWidget *window, actions::ActionRegistry &registry)
{
    for (const Binding &b : std::as_const(m_bindings)) {
        auto *shortcut = new QShortcut(keys(b.id), window, nullptr, nullptr, Qt::ApplicationShortcut);
        shortcut->setObjectName(kPrefix + b.id);
        const QString id = b.id;
        connect(shortcut, &QShortcut::activated, this, [this, id, &registry] {
            const actions::ActionResult result = registry.invoke(id, registry.defaultParams(id), actions::Origin::Hotkey);
            if (!result.ok)
                emit refused(label(id), result.error);
        });
        connect(this, &HotkeyMap::changed, shortcut, [shortcut, id](const QString &changedId, const QKeySequence &keys) {
            if (changedId == id)
                shortcut->setKey(keys);
        });
    }
}

} // namespace shopcast::app
