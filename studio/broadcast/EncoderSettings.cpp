#include "EncoderSettings.hpp"

#include <QRegularExpression>

namespace shopcast::broadcast {

EncoderSettings EncoderSettings::x264Fallback() const
{
    EncoderSettings s;
    s.rateControl = RateControl::CBR;
    s.videoBitrateKbps = videoBitrateKbps;
    s.keyframeIntervalSec = keyframeIntervalSec;
    s.audioBitrateKbps = audioBitrateKbps;
    s.scaledSize = scaledSize;
    s.preset = QStringLiteral("veryfast");
    return s;
}

QStringList EncoderSettings::audioBitrates()
{
    return {QStringLiteral("64"),  QStringLiteral("96"),  QStringLiteral("128"), QStringLiteral("160"),
            QStringLiteral("192"), QStringLiteral("256"), QStringLiteral("320")};
}

QString EncoderSettings::rateControlKey(RateControl rc)
{
    switch (rc) {
    case RateControl::CBR: return QStringLiteral("CBR");
    case RateControl::VBR: return QStringLiteral("VBR");
    case RateControl::CQP: return QStringLiteral("CQP");
    }
    return QStringLiteral("CBR");
}

std::optional<RateControl> EncoderSettings::rateControlFromKey(const QString &key)
{
    for (RateControl rc : {RateControl::CBR, RateControl::VBR, RateControl::CQP})
        if (rateControlKey(rc) == key)
            return rc;
    return std::nullopt;
}

QJsonObject EncoderSettings::toJson() const
{
    QJsonObject o{{QStringLiteral("videoEncoder"), videoEncoder},
                  {QStringLiteral("rateControl"), rateControlKey(rateControl)},
                  {QStringLiteral("videoBitrateKbps"), videoBitrateKbps},
                  {QStringLiteral("quantiser"), quantiser},
                  {QStringLiteral("preset"), preset},
                  {QStringLiteral("tune"), tune},
                  {QStringLiteral("profile"), profile},
                  {QStringLiteral("bFrames"), bFrames},
                  {QStringLiteral("keyframeIntervalSec"), keyframeIntervalSec},
                  {QStringLiteral("audioBitrateKbps"), audioBitrateKbps}};
    if (scaledSize)
        o.insert(QStringLiteral("scaledSize"), QStringLiteral("%1x%2").arg(scaledSize->width()).arg(scaledSize->height()));
    return o;
}

EncoderSettings EncoderSettings::fromJson(const QJsonObject &json, QStringList *problems)
{
    EncoderSettings s;
    const auto refuse = [problems](const QString &key, const QJsonValue &value, const QString &range, const QString &kept) {
        if (problems)
            problems->append(tr("encoder setting \"%1\" = %2 is refused (%3); %4 is used")
                                 .arg(key, value.isString() ? value.toString() : QString::number(value.toDouble()), range, kept));
    };
    const auto number = [&](const char *key, int *field, int low, int high) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1e9);
        if (!v.isDouble() || d != int(d) || d < low || d > high)
            refuse(QLatin1String(key), v, tr("%1 to %2").arg(low).arg(high), QString::number(*field));
        else
            *field = int(d);
    };
    // Names are the encoders' own option words: short, plain ASCII.
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_.-]{0,40}$"));
    const auto text = [&](const char *key, QString *field) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString() || !word.match(v.toString()).hasMatch())
            refuse(QLatin1String(key), v, tr("a word of letters and digits"), field->isEmpty() ? tr("none") : *field);
        else
            *field = v.toString();
    };
    text("videoEncoder", &s.videoEncoder);
    if (s.videoEncoder.isEmpty())
        s.videoEncoder = QString::fromLatin1(kX264);
    if (const QJsonValue v = json.value(QStringLiteral("rateControl")); !v.isUndefined()) {
        if (const auto rc = rateControlFromKey(v.toString()))
            s.rateControl = *rc;
        else
            refuse(QStringLiteral("rateControl"), v, QStringLiteral("CBR, VBR, CQP"), rateControlKey(s.rateControl));
    }
    number("videoBitrateKbps", &s.videoBitrateKbps, kMinVideoKbps, kMaxVideoKbps);
    number("quantiser", &s.quantiser, 0, kMaxQuantiser);
    // Files before the encoders were choosable named the preset for x264.
    if (json.contains(QStringLiteral("x264Preset")) && !json.contains(QStringLiteral("preset")))
        text("x264Preset", &s.preset);
    text("preset", &s.preset);
    text("tune", &s.tune);
    text("profile", &s.profile);
    number("bFrames", &s.bFrames, 0, kMaxBFrames);
    number("keyframeIntervalSec", &s.keyframeIntervalSec, 1, kMaxKeyframeSec);
    if (const QJsonValue v = json.value(QStringLiteral("audioBitrateKbps")); !v.isUndefined()) {
        if (audioBitrates().contains(QString::number(v.toInt(-1))))
            s.audioBitrateKbps = v.toInt();
        else
            refuse(QStringLiteral("audioBitrateKbps"), v, audioBitrates().join(QStringLiteral(", ")), QString::number(s.audioBitrateKbps));
    }
    if (const QJsonValue v = json.value(QStringLiteral("scaledSize")); !v.isUndefined()) {
        static const QRegularExpression size(QStringLiteral("^(\\d{2,4})x(\\d{2,4})$"));
        const QRegularExpressionMatch m = size.match(v.toString());
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 16 || h < 16 || w > 4096 || h > 4096 || w % 2 || h % 2)
            refuse(QStringLiteral("scaledSize"), v, tr("WIDTHxHEIGHT, even, 16 to 4096"), tr("the canvas size"));
        else
            s.scaledSize = QSize(w, h);
    }
    return s;
}

} // namespace shopcast::broadcast
