#include "AudioSpec.hpp"

#include <QJsonArray>
#include <QKeySequence>

#include <cmath>

namespace shopcast::broadcast {

bool AudioSpec::isValid(QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!std::isfinite(volumeDb) || volumeDb < kMinVolumeDb || volumeDb > kMaxVolumeDb)
        return fail(tr("the volume must be %1 to %2 dB").arg(kMinVolumeDb).arg(kMaxVolumeDb));
    if (syncOffsetMs < kMinSyncOffsetMs || syncOffsetMs > kMaxSyncOffsetMs)
        return fail(tr("the sync offset must be %1 to %2 ms").arg(kMinSyncOffsetMs).arg(kMaxSyncOffsetMs));
    if (!std::isfinite(balance) || balance < 0 || balance > 1)
        return fail(tr("the balance must be 0 (left) to 1 (right)"));
    if (tracks < 0 || tracks > kAllTracks)
        return fail(tr("tracks are 1 to %1").arg(kTrackCount));
    for (const QString &key : {pushToTalkKey, pushToMuteKey})
        if (!key.isEmpty() && (key.size() > kMaxKeyChars || QKeySequence::fromString(key, QKeySequence::PortableText).count() != 1))
            return fail(tr("'%1' is not one key (e.g. F13 or Ctrl+M)").arg(key.left(kMaxKeyChars)));
    if (!pushToTalkKey.isEmpty() && pushToTalkKey == pushToMuteKey)
        return fail(tr("push-to-talk and push-to-mute cannot share the key %1").arg(pushToTalkKey));
    return true;
}

QString AudioSpec::monitoringKey(AudioMonitoring monitoring)
{
    switch (monitoring) {
    case AudioMonitoring::Off: return QStringLiteral("off");
    case AudioMonitoring::MonitorOnly: return QStringLiteral("monitor");
    case AudioMonitoring::MonitorAndOutput: return QStringLiteral("both");
    }
    return QStringLiteral("off");
}

std::optional<AudioMonitoring> AudioSpec::monitoringFromKey(const QString &key)
{
    for (AudioMonitoring m : {AudioMonitoring::Off, AudioMonitoring::MonitorOnly, AudioMonitoring::MonitorAndOutput})
        if (monitoringKey(m) == key)
            return m;
    return std::nullopt;
}

QJsonObject AudioSpec::toJson() const
{
    QJsonArray trackList;
    for (int t = 1; t <= kTrackCount; ++t)
        if (onTrack(t))
            trackList.append(t);
    QJsonObject o{
        {QStringLiteral("volumeDb"), volumeDb},         {QStringLiteral("muted"), muted},     {QStringLiteral("monitoring"), monitoringKey(monitoring)},
        {QStringLiteral("syncOffsetMs"), syncOffsetMs}, {QStringLiteral("balance"), balance}, {QStringLiteral("tracks"), trackList}};
    if (!pushToTalkKey.isEmpty())
        o.insert(QStringLiteral("pushToTalk"), pushToTalkKey);
    if (!pushToMuteKey.isEmpty())
        o.insert(QStringLiteral("pushToMute"), pushToMuteKey);
    return o;
}

std::optional<AudioSpec> AudioSpec::fromJson(const QJsonObject &json, QString *error)
{
    AudioSpec spec;
    spec.volumeDb = json.value(QStringLiteral("volumeDb")).toDouble(spec.volumeDb);
    spec.muted = json.value(QStringLiteral("muted")).toBool(spec.muted);
    if (json.contains(QStringLiteral("monitoring"))) {
        const auto monitoring = monitoringFromKey(json.value(QStringLiteral("monitoring")).toString());
        if (!monitoring) {
            if (error)
                *error = tr("monitoring must be \"off\", \"monitor\" or \"both\"");
            return std::nullopt;
        }
        spec.monitoring = *monitoring;
    }
    spec.syncOffsetMs = json.value(QStringLiteral("syncOffsetMs")).toInt(spec.syncOffsetMs);
    spec.balance = json.value(QStringLiteral("balance")).toDouble(spec.balance);
    if (json.contains(QStringLiteral("tracks"))) {
        spec.tracks = 0;
        for (const QJsonValue t : json.value(QStringLiteral("tracks")).toArray()) {
            const int track = t.toInt(0);
            if (track < 1 || track > kTrackCount) {
                if (error)
                    *error = tr("tracks are 1 to %1").arg(kTrackCount);
                return std::nullopt;
            }
            spec.tracks |= 1 << (track - 1);
        }
    }
    spec.pushToTalkKey = json.value(QStringLiteral("pushToTalk")).toString().left(kMaxKeyChars + 1);
    spec.pushToMuteKey = json.value(QStringLiteral("pushToMute")).toString().left(kMaxKeyChars + 1);
    if (!spec.isValid(error))
        return std::nullopt;
    return spec;
}

} // namespace shopcast::broadcast
