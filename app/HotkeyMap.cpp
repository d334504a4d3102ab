#include "HotkeyMap.hpp"

#include <QCoreApplication>
#include <QShortcut>
#include <QWidget>

namespace shopcast::app {

namespace {
constexpr const char *kContext = "shopcast::app::HotkeyMap";
const QString kPrefix = QStringLiteral("hotkey:");
} // namespace

const QList<HotkeyMap::Action> &HotkeyMap::actions()
{
    // Function keys and Ctrl combinations: a host typing a reply in a field
    // does not fire them by accident.
    static const QList<Action> list{
        {"lineup.next", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Next product"), QKeySequence(Qt::Key_PageDown)},
        {"lineup.previous", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Previous product"), QKeySequence(Qt::Key_PageUp)},
        {"lineup.explain", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Explain the selected product now"), QKeySequence(Qt::CTRL | Qt::Key_E)},
        {"lineup.soldOut", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Sold out / back in stock"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
        {"lineup.flashSale", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Start / stop the flash sale"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
        {"rhythm.start", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Start the rhythm timer"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {"rhythm.advance", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Next slot"), QKeySequence(Qt::CTRL | Qt::Key_Right)},
        {"rhythm.back", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Previous slot"), QKeySequence(Qt::CTRL | Qt::Key_Left)},
        {"rhythm.pause", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Pause / resume the rhythm timer"), QKeySequence(Qt::CTRL | Qt::Key_Space)},
        {"chat.pin", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Pin the selected comment"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)},
        {"chat.clearPin", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Clear the pinned comment"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
        {"output.stream", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Start / stop streaming"), QKeySequence(Qt::Key_F9)},
        {"output.record", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Start / stop recording"), QKeySequence(Qt::Key_F10)},
        {"lottery.open", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Open / close lottery entries"), QKeySequence(Qt::CTRL | Qt::Key_L)},
        {"lottery.draw", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Draw the lottery"), QKeySequence(Qt::CTRL | Qt::Key_D)},
        {"poll.open", QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", "Open / close the poll"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
    };
    return list;
}

QString HotkeyMap::label(const QString &id)
{
    for (const Action &a : actions())
        if (id == QLatin1String(a.id))
            return QCoreApplication::translate(kContext, a.label);
    return id;
}

QShortcut *HotkeyMap::shortcut(QWidget *owner, const char *id)
{
    QKeySequence keys;
    for (const Action &a : actions())
        if (qstrcmp(a.id, id) == 0)
            keys = a.defaultKeys;
    Q_ASSERT_X(!keys.isEmpty(), "HotkeyMap::shortcut", id);
    auto *s = new QShortcut(keys, owner, nullptr, nullptr, Qt::ApplicationShortcut);
    s->setObjectName(kPrefix + QLatin1String(id));
    return s;
}

HotkeyMap::HotkeyMap(const QMap<QString, QString> &overrides, QObject *parent)
    : QObject(parent)
{
    setOverrides(overrides);
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
    for (const Action &a : actions()) {
        const QKeySequence keys = m_keys.value(QLatin1String(a.id));
        if (keys != a.defaultKeys)
            out.insert(QLatin1String(a.id), keys.toString(QKeySequence::PortableText));
    }
    return out;
}

void HotkeyMap::setOverrides(const QMap<QString, QString> &overrides)
{
    QHash<QString, QKeySequence> next;
    // The user's keys first, then the defaults where they are still free.
    for (const Action &a : actions()) {
        const QString id = QLatin1String(a.id);
        if (!overrides.contains(id))
            continue;
        const QKeySequence keys = QKeySequence::fromString(overrides.value(id), QKeySequence::PortableText);
        if (keys.isEmpty() || std::find(next.cbegin(), next.cend(), keys) == next.cend())
            next.insert(id, keys);
    }
    for (const Action &a : actions()) {
        const QString id = QLatin1String(a.id);
        if (!next.contains(id))
            next.insert(id, std::find(next.cbegin(), next.cend(), a.defaultKeys) == next.cend() ? a.defaultKeys : QKeySequence());
    }
    for (auto it = next.begin(); it != next.end(); ++it) {
        if (m_keys.value(it.key()) != it.value() || !m_keys.contains(it.key())) {
            m_keys.insert(it.key(), it.value());
            emit changed(it.key(), it.value());
        }
    }
}

void HotkeyMap::bind(QObject *root)
{
    for (QShortcut *s : root->findChildren<QShortcut *>()) {
        if (!s->objectName().startsWith(kPrefix))
            continue;
        const QString id = s->objectName().mid(kPrefix.size());
        s->setKey(keys(id));
        connect(this, &HotkeyMap::changed, s, [s, id](const QString &changedId, const QKeySequence &keys) {
            if (changedId == id)
                s->setKey(keys);
        });
    }
}

} // namespace shopcast::app
