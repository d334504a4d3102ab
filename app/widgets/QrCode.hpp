#pragma once

#include <QImage>
#include <QString>

namespace shopcast::app {

// A QR code of a text (libqrencode, error correction M), as an image a
// phone's camera reads off the screen: black modules on white with the
// four-module quiet zone the standard asks for, each module scale pixels.
// Null for a text too long for a QR code.
class QrCode
{
public:
    static QImage render(const QString &text, int scale = 6);
};

} // namespace shopcast::app
