#include "BroadcastSettings.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace shopcast::broadcast {

namespace {} // namespace

std::optional<BroadcastSettings> BroadcastSettings::load(const QString &path, QString *error, QStringList *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = BroadcastSettings::tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = BroadcastSettings::tr("%1 is not valid JSON (byte %2: %3)").arg(path).arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() > kFormatVersion) {
        *error = BroadcastSettings::tr("%1 was written by a newer ShopCast").arg(path);
        return std::nullopt;
    }
    BroadcastSettings s;
    const QJsonObject canvas = root.value(QStringLiteral("canvas")).toObject();
    if (auto spec = CanvasSpec::parseSize(canvas.value(QStringLiteral("size")).toString(s.canvas.sizeText())))
        s.canvas = *spec;
    const int fps = canvas.value(QStringLiteral("fps")).toInt(30);
    s.canvas.fps = CanvasSpec::isSupportedFps(fps) ? fps : 30;
    if (const QJsonObject second = root.value(QStringLiteral("secondCanvas")).toObject(); !second.isEmpty())
        if (auto spec = CanvasSpec::parseSize(second.value(QStringLiteral("size")).toString())) {
            s.secondCanvas = *spec;
            s.secondCanvas->fps = s.canvas.fps;
            const QString recorded = second.value(QStringLiteral("record")).toString();
            s.recordedCanvas = recorded == QLatin1String("second") ? RecordedCanvas::Second
                               : recorded == QLatin1String("both") ? RecordedCanvas::Both
                                                                   : RecordedCanvas::Program;
        }
    s.encoder = EncoderSettings::fromJson(root.value(QStringLiteral("encoder")).toObject(), problems);
    if (const QJsonValue recording = root.value(QStringLiteral("recordingEncoder")); recording.isObject())
        s.recordingEncoder = EncoderSettings::fromJson(recording.toObject(), problems);
    if (const QJsonValue rate = root.value(QStringLiteral("audioSampleRate")); !rate.isUndefined()) {
        if (isSupportedSampleRate(rate.toInt()))
            s.audioSampleRateHz = rate.toInt();
        else if (problems)
            problems->append(
                tr("audio sample rate %1 is refused (44100 or 48000 Hz); %2 Hz is used").arg(rate.toVariant().toString()).arg(s.audioSampleRateHz));
    }
    if (const QJsonValue replay = root.value(QStringLiteral("replayBufferSec")); !replay.isUndefined()) {
        if (replay.isDouble() && replay.toInt() >= kMinReplaySec && replay.toInt() <= kMaxReplaySec)
            s.replayBufferSec = replay.toInt();
        else if (problems)
            problems->append(tr("replay buffer of %1 s is refused (%2 to %3 s); %4 s is used")
                                 .arg(replay.toVariant().toString())
                                 .arg(kMinReplaySec)
                                 .arg(kMaxReplaySec)
                                 .arg(s.replayBufferSec));
    }
    s.recordingDir = root.value(QStringLiteral("recordingDir")).toString();
    s.reconnect = ReconnectSettings::fromJson(root.value(QStringLiteral("reconnect")).toObject());
    for (const QJsonValue v : root.value(QStringLiteral("destinations")).toArray()) {
        const QJsonObject o = v.toObject();
        DestinationEntry d{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("server")).toString(),
                           o.value(QStringLiteral("enabled")).toBool(true)};
        d.canvas = o.value(QStringLiteral("canvas")).toString() == QLatin1String("second") ? 1 : 0;
        d.service = o.value(QStringLiteral("service")).toString().left(200);
        if (!d.id.isEmpty())
            s.destinations.append(d);
    }
    return s;
}

bool BroadcastSettings::save(const QString &path, QString *error) const
{
    QJsonArray destinationArray;
    for (const DestinationEntry &d : destinations) {
        QJsonObject o{
            {QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}, {QStringLiteral("server"), d.server}, {QStringLiteral("enabled"), d.enabled}};
        if (d.canvas == 1)
            o.insert(QStringLiteral("canvas"), QStringLiteral("second"));
        if (!d.service.isEmpty())
            o.insert(QStringLiteral("service"), d.service);
        destinationArray.append(o);
    }
    QJsonObject root{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("canvas"), QJsonObject{{QStringLiteral("size"), canvas.sizeText()}, {QStringLiteral("fps"), canvas.fps}}},
        {QStringLiteral("encoder"), encoder.toJson()},
        {QStringLiteral("audioSampleRate"), audioSampleRateHz},
        {QStringLiteral("recordingDir"), recordingDir},
        {QStringLiteral("replayBufferSec"), replayBufferSec},
        {QStringLiteral("reconnect"), reconnect.toJson()},
        {QStringLiteral("destinations"), destinationArray},
    };
    if (recordingEncoder)
        root.insert(QStringLiteral("recordingEncoder"), recordingEncoder->toJson());
    if (secondCanvas) {
        const char *recorded = recordedCanvas == RecordedCanvas::Second ? "second" : recordedCanvas == RecordedCanvas::Both ? "both" : "program";
        root.insert(QStringLiteral("secondCanvas"),
                    QJsonObject{{QStringLiteral("size"), secondCanvas->sizeText()}, {QStringLiteral("record"), QLatin1String(recorded)}});
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace shopcast::broadcast
