#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopcast::broadcast {

// A video encoder the studio knows, and whether this PC can use it.
struct EncoderChoice
{
    QString id; // the libobs encoder id
    QString label;
    bool hardware = false;
    bool available = false;
    QString reason; // why not, in words ("no NVIDIA driver")

    friend bool operator==(const EncoderChoice &, const EncoderChoice &) = default;
};

// Which video encoders this PC can really open: libobs must offer the
// encoder (obs-ffmpeg registers NVENC and VAAPI only where it found the
// hardware) and the driver must open — the NVIDIA driver's libcuda, a GPU
// render node that VAAPI initialises on (through FFmpeg, as obs-ffmpeg
// does). Opening drivers can take seconds: probe() blocks, so the studio
// runs it on a worker at start-up.
class EncoderProbe
{
    Q_DECLARE_TR_FUNCTIONS(EncoderProbe)
public:
    // x264, NVENC, VAAPI, Quick Sync, in that order; none probed yet.
    static QList<EncoderChoice> known();
    static QList<EncoderChoice> probe(const QStringList &libobsVideoEncoders);
    static QString labelOf(const QString &id);
};

} // namespace shopcast::broadcast
