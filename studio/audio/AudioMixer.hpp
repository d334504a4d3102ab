#pragma once

#include "MeterBallistics.hpp"

#include "broadcast/AudioSpec.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <map>

namespace shopcast::broadcast {
class AudioMeters;
class SceneEditor;
} // namespace shopcast::broadcast

namespace shopcast::audio {

// The mixer, without widgets: which sources are heard (those of the scene on
// air and of the second canvas' scene that make sound), how each sounds
// (volume, mute, monitoring, sync offset, balance, tracks: edits of the
// scene collection through the one edit path, so an undo, a remote and the
// dock agree), and what their meters and the program's show. The meters
// are read from the engine without waiting and stepped through OBS's
// ballistics at kUpdateIntervalMs while someone looks (setMetering).
class AudioMixer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kUpdateIntervalMs = 25;

    AudioMixer(broadcast::SceneEditor &scenes, broadcast::AudioMeters &meters, QObject *parent = nullptr);

    // The global audio devices first (heard in every scene), then the
    // scene on air's sources in its order, then the second canvas' own.
    const QStringList &sources() const { return m_sources; }
    bool contains(const QString &source) const { return m_sources.contains(source); }
    broadcast::AudioSpec audioOf(const QString &source) const;
    // Null for a source not in sources().
    const MeterBallistics *meterOf(const QString &source) const;
    const MeterBallistics &master() const { return m_master; }

    // With merge, a fader dragged on is one undo step.
    bool setVolumeDb(const QString &source, double db, QString *error, bool merge = false);
    // A live control: not an undo step, and shown on the host's screen.
    bool setMuted(const QString &source, bool muted, QString *error);
    // Everything but the mute (monitoring, sync offset, balance, tracks).
    bool setAudio(const QString &source, const broadcast::AudioSpec &audio, QString *error, bool merge = false);
    // Clears a held clip; an empty name: the program's.
    void resetClip(const QString &source);
    // Sources heard in the program that are muted now (a status bar's warning).
    QStringList mutedSources() const;

    // A source's push-to-talk or push-to-mute key, as set in its AudioSpec.
    struct PushKey
    {
        QString source;
        QString key; // QKeySequence's portable text
        bool talk = false;
    };
    // The push keys of the sources heard on air.
    QList<PushKey> pushKeys() const;

    // OBS's global audio devices: desktop audio and a microphone kept out of
    // every scene, heard whatever scene is on air (an edit of the scene
    // collection, undone like any).
    enum class GlobalDevice { Desktop, Microphone };
    static QString kindOf(GlobalDevice which);
    // The device it is on now; empty when off.
    QString globalDevice(GlobalDevice which) const;
    // An empty deviceId turns it off.
    bool setGlobalDevice(GlobalDevice which, const QString &deviceId, QString *error);
    QList<broadcast::DeviceChoice> globalDeviceChoices(GlobalDevice which) const;
    // What a push key of this source means, in words ("push-to-talk of Microphone").
    static QString pushKeyRole(const PushKey &key);
    // Who else answers to a key (portable text; the studio's shortcuts), in
    // words, or empty: a push key must not be the key of anything else.
    void setKeyOwner(std::function<QString(const QString &key)> owner) { m_keyOwner = std::move(owner); }
    // The key went down (held) or up: push-to-talk unmutes while held and
    // mutes again on release; push-to-mute the other way round. A mute like
    // the button's (live, never an undo step).
    bool holdPushKey(const PushKey &key, bool held, QString *error);
    // Sets the source's push-to-talk (talk) or push-to-mute key; empty
    // clears it. A push-to-talk source starts muted: it is heard only while
    // the key is held.
    bool setPushKey(const QString &source, bool talk, const QString &key, QString *error);

    void setMetering(bool on);
    bool isMetering() const { return m_timer.isActive(); }
    // One meter step, elapsedMs after the last; the timer's, or a test's.
    void tick(int elapsedMs);

signals:
    void sourcesChanged();
    // Volume, mute or another setting of the source changed, by anyone.
    void audioChanged(const QString &source);
    void levelsUpdated();
    // Something the host should know once (no device to monitor on).
    void notice(const QString &text);

private:
    void refresh();
    void warnIfCannotMonitor();

    broadcast::SceneEditor &m_scenes;
    broadcast::AudioMeters &m_meters;
    QStringList m_sources;
    std::map<QString, broadcast::AudioSpec> m_audio;
    std::map<QString, MeterBallistics> m_ballistics;
    MeterBallistics m_master;
    std::function<QString(const QString &)> m_keyOwner;
    QTimer m_timer{this};
    QElapsedTimer m_sinceTick;
    bool m_monitorWarned = false;
};

} // namespace shopcast::audio
