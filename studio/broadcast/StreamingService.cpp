#include "StreamingService.hpp"

#include "CanvasSpec.hpp"
#include "EncoderSettings.hpp"

namespace shopcast::broadcast {

QStringList StreamingService::exceededBy(const EncoderSettings &encoder, const CanvasSpec &canvas) const
{
    QStringList out;
    // Constant quality has no bitrate to compare: only CBR and VBR are checked.
    if (maxVideoKbps && encoder.rateControl != RateControl::CQP && encoder.videoBitrateKbps > *maxVideoKbps)
        out.append(tr("%1 takes at most %2 kbps of video; Output is set to %3 kbps").arg(name).arg(*maxVideoKbps).arg(encoder.videoBitrateKbps));
    if (maxAudioKbps && encoder.audioBitrateKbps > *maxAudioKbps)
        out.append(tr("%1 takes at most %2 kbps of audio; Output is set to %3 kbps").arg(name).arg(*maxAudioKbps).arg(encoder.audioBitrateKbps));
    if (keyframeIntervalSec && encoder.keyframeIntervalSec != *keyframeIntervalSec)
        out.append(tr("%1 asks for a keyframe every %2 s; Output is set to %3 s").arg(name).arg(*keyframeIntervalSec).arg(encoder.keyframeIntervalSec));
    if (maxFps && canvas.fps > *maxFps)
        out.append(tr("%1 takes at most %2 fps; the canvas runs at %3 fps").arg(name).arg(*maxFps).arg(canvas.fps));
    if (maxBFrames && encoder.bFrames > *maxBFrames)
        out.append(tr("%1 takes at most %2 B-frames; Output is set to %3").arg(name).arg(*maxBFrames).arg(encoder.bFrames));
    if (!profile.isEmpty() && !encoder.profile.isEmpty() && encoder.profile.compare(profile, Qt::CaseInsensitive) != 0)
        out.append(tr("%1 asks for the %2 profile; Output is set to %3").arg(name, profile, encoder.profile));
    if (!supportedResolutions.isEmpty()) {
        const QSize sent = encoder.scaledSize.value_or(QSize(canvas.widthPx, canvas.heightPx));
        const QString size = QStringLiteral("%1x%2").arg(sent.width()).arg(sent.height());
        if (!supportedResolutions.contains(size))
            out.append(tr("%1 takes %2; the stream is %3").arg(name, supportedResolutions.join(QStringLiteral(", ")), size));
    }
    return out;
}

} // namespace shopcast::broadcast
