#include "CanvasSpec.hpp"

#include <QCoreApplication>
#include <QRegularExpression>

namespace shopcast::broadcast {

QString CanvasSpec::sizeText() const
{
    return QStringLiteral("%1x%2").arg(widthPx).arg(heightPx);
}

std::optional<CanvasSpec> CanvasSpec::parseSize(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,5})\\s*[xX*×]\\s*(\\d{1,5})\\s*$"));
    const auto match = pattern.match(text);
    auto fail = [&](const QString &why) -> std::optional<CanvasSpec> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!match.hasMatch())
        return fail(QCoreApplication::translate("CanvasSpec", "canvas '%1' is not of the form WIDTHxHEIGHT, e.g. 1280x720").arg(text));
    CanvasSpec spec;
    spec.widthPx = match.captured(1).toInt();
    spec.heightPx = match.captured(2).toInt();
    for (int v : {spec.widthPx, spec.heightPx}) {
        if (v < 16 || v > 4096)
            return fail(QCoreApplication::translate("CanvasSpec", "canvas '%1': each side must be between 16 and 4096 pixels").arg(text));
        if (v % 2 != 0)
            return fail(QCoreApplication::translate("CanvasSpec", "canvas '%1': sides must be even for H.264 4:2:0").arg(text));
    }
    return spec;
}

QList<CanvasSpec> CanvasSpec::presets(int fps)
{
    return {
        {1920, 1080, fps},
        {1280, 720, fps},
        {1080, 1920, fps},
        {720, 1280, fps},
    };
}

} // namespace shopcast::broadcast
