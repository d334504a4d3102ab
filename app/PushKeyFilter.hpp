#pragma once

#include "audio/AudioMixer.hpp"

#include <QObject>

namespace shopcast::app {

// Push-to-talk and push-to-mute keys while the studio has the focus. A
// shortcut fires on a press only; these need the release too, so this is an
// application event filter that holds a source's key from its press to the
// release of the same key (repeats ignored). Every held key is let go when
// the studio loses the focus, so a microphone is never left open behind
// another window.
class PushKeyFilter : public QObject
{
    Q_OBJECT
public:
    explicit PushKeyFilter(audio::AudioMixer &mixer, QObject *parent = nullptr);

    int heldCount() const { return int(m_held.size()); }
    // Lets go of every held key (the studio lost the focus).
    void releaseAll();

signals:
    void refused(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hold(const audio::AudioMixer::PushKey &key, int qtKey);
    void release(int qtKey);

    audio::AudioMixer &m_mixer;
    struct Held
    {
        audio::AudioMixer::PushKey key;
        int qtKey = 0;
    };
    QList<Held> m_held;
};

} // namespace shopcast::app
