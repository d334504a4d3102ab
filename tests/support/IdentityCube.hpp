#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace shopcast::test {

// A size^3 .cube LUT (red changing fastest, as graded LUTs are written) that
// maps each colour to itself; false when it cannot be written.
inline bool writeIdentityCube(const QString &path, int size = 33)
{
    QFile lut(path);
    if (!lut.open(QIODevice::WriteOnly))
        return false;
    lut.write(QByteArray("LUT_3D_SIZE ") + QByteArray::number(size) + "\n");
    for (int b = 0; b < size; ++b)
        for (int g = 0; g < size; ++g)
            for (int r = 0; r < size; ++r)
                lut.write(QStringLiteral("%1 %2 %3\n").arg(r / double(size - 1)).arg(g / double(size - 1)).arg(b / double(size - 1)).toLatin1());
    return lut.error() == QFileDevice::NoError;
}

} // namespace shopcast::test
