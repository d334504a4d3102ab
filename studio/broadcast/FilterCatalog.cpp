#include "FilterCatalog.hpp"

namespace shopcast::broadcast {

QList<FilterCatalog::Kind> FilterCatalog::kinds()
{
    return {
        {QStringLiteral("shopcast_beauty_filter"), tr("Beauty (美颜)")},
        {QStringLiteral("chroma_key_filter_v2"), tr("Chroma key (green screen)")},
        {QStringLiteral("color_key_filter_v2"), tr("Colour key")},
        {QStringLiteral("luma_key_filter_v2"), tr("Luma key")},
        {QStringLiteral("color_filter_v2"), tr("Colour correction")},
        {QStringLiteral("clut_filter"), tr("Apply LUT")},
        {QStringLiteral("sharpness_filter_v2"), tr("Sharpen")},
        {QStringLiteral("crop_filter"), tr("Crop / pad")},
        {QStringLiteral("mask_filter_v2"), tr("Image mask / blend")},
        {QStringLiteral("scroll_filter"), tr("Scroll")},
        {QStringLiteral("gpu_delay"), tr("Render delay")},
        {QStringLiteral("scale_filter"), tr("Scaling / aspect ratio")},
        {QStringLiteral("noise_suppress_filter_v2"), tr("Noise suppression"), true},
        {QStringLiteral("noise_gate_filter"), tr("Noise gate"), true},
        {QStringLiteral("compressor_filter"), tr("Compressor"), true},
        {QStringLiteral("limiter_filter"), tr("Limiter"), true},
        {QStringLiteral("expander_filter"), tr("Expander"), true},
        {QStringLiteral("upward_compressor_filter"), tr("Upward compressor"), true},
        {QStringLiteral("gain_filter"), tr("Gain"), true},
        {QStringLiteral("basic_eq_filter"), tr("3-band equaliser"), true},
        {QStringLiteral("invert_polarity_filter"), tr("Invert polarity"), true},
        {QStringLiteral("async_delay_filter"), tr("Video delay (async)"), false},
    };
}

QString FilterCatalog::labelOf(const QString &id)
{
    for (const Kind &k : kinds())
        if (k.id == id)
            return k.label;
    return id;
}

QString FilterCatalog::uniqueName(const QList<FilterSpec> &filters, const QString &base)
{
    const auto taken
        = [&filters](const QString &name) { return std::any_of(filters.cbegin(), filters.cend(), [&name](const FilterSpec &f) { return f.name == name; }); };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n)
        if (QString candidate = QStringLiteral("%1 %2").arg(base).arg(n); !taken(candidate))
            return candidate;
}

} // namespace shopcast::broadcast
