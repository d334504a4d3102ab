#include "VoicePreset.hpp"

#include "broadcast/FilterCatalog.hpp"
#include "broadcast/SceneEditor.hpp"

namespace shopcast::audio {

using broadcast::FilterSpec;

QList<FilterSpec> VoicePreset::chain(bool rnnoise)
{
    return {
        {tr("Noise suppression"),
         QStringLiteral("noise_suppress_filter_v2"),
         true,
         {{QStringLiteral("method"), rnnoise ? QStringLiteral("rnnoise") : QStringLiteral("speex")}, {QStringLiteral("suppress_level"), -30}}},
        {tr("Noise gate"),
         QStringLiteral("noise_gate_filter"),
         true,
         {{QStringLiteral("open_threshold"), -36.0},
          {QStringLiteral("close_threshold"), -42.0},
          {QStringLiteral("attack_time"), 25},
          {QStringLiteral("hold_time"), 200},
          {QStringLiteral("release_time"), 150}}},
        {tr("Compressor"),
         QStringLiteral("compressor_filter"),
         true,
         {{QStringLiteral("ratio"), 4.0},
          {QStringLiteral("threshold"), -20.0},
          {QStringLiteral("attack_time"), 6},
          {QStringLiteral("release_time"), 60},
          {QStringLiteral("output_gain"), 0.0}}},
        {tr("Limiter"), QStringLiteral("limiter_filter"), true, {{QStringLiteral("threshold"), kLimiterThresholdDb}, {QStringLiteral("release_time"), 60}}},
    };
}

bool VoicePreset::hasRnnoise(const broadcast::SceneEditor &editor)
{
    const broadcast::PropertySheet sheet = editor.propertiesOf(QStringLiteral("noise_suppress_filter_v2"), {});
    for (const broadcast::PropertySpec &p : sheet.properties)
        if (p.name == QStringLiteral("method"))
            for (const auto &choice : p.choices)
                if (choice.value.toString() == QStringLiteral("rnnoise"))
                    return true;
    return false;
}

bool VoicePreset::applyTo(broadcast::SceneEditor &editor, const QString &source, QString *error)
{
    const QList<FilterSpec> *existing = editor.collection().filtersOf(source);
    if (!existing || !editor.collection().findSource(source)) {
        *error = tr("no source named '%1'").arg(source);
        return false;
    }
    QList<FilterSpec> filters = *existing;
    editor.beginGesture();
    for (FilterSpec filter : chain(hasRnnoise(editor))) {
        filter.name = broadcast::FilterCatalog::uniqueName(filters, filter.name);
        if (!editor.addFilter(source, filter, error)) {
            editor.endGesture();
            return false;
        }
        filters.append(filter);
    }
    editor.endGesture();
    return true;
}

} // namespace shopcast::audio
