#include "PushKeyFilter.hpp"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QKeySequence>

namespace shopcast::app {

PushKeyFilter::PushKeyFilter(audio::AudioMixer &mixer, QObject *parent)
    : QObject(parent)
    , m_mixer(mixer)
{
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            releaseAll();
    });
}

bool PushKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->isAutoRepeat())
        return false;
    if (event->type() == QEvent::KeyRelease) {
        release(key->key());
        return false;
    }
    // A key event travels up the widget tree: the filter sees it once per widget.
    if (std::any_of(m_held.cbegin(), m_held.cend(), [key](const Held &h) { return h.qtKey == key->key(); }))
        return false;
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    for (const audio::AudioMixer::PushKey &push : m_mixer.pushKeys()) {
        const QKeySequence sequence = QKeySequence::fromString(push.key, QKeySequence::PortableText);
        if (sequence.count() == 1 && sequence[0].key() == Qt::Key(key->key()) && sequence[0].keyboardModifiers() == modifiers)
            hold(push, key->key());
    }
    return false;
}

void PushKeyFilter::hold(const audio::AudioMixer::PushKey &key, int qtKey)
{
    QString error;
    if (!m_mixer.holdPushKey(key, true, &error)) {
        emit refused(error);
        return;
    }
    m_held.append({key, qtKey});
}

void PushKeyFilter::release(int qtKey)
{
    for (qsizetype i = m_held.size() - 1; i >= 0; --i) {
        if (m_held.at(i).qtKey != qtKey)
            continue;
        const Held held = m_held.takeAt(i);
        QString error;
        if (!m_mixer.holdPushKey(held.key, false, &error))
            emit refused(error);
    }
}

void PushKeyFilter::releaseAll()
{
    while (!m_held.isEmpty())
        release(m_held.first().qtKey);
}

} // namespace shopcast::app
