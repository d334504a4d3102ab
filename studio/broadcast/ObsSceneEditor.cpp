#include "ObsSceneEditor.hpp"

#include "ObsSceneGraph.hpp"

#include <obs.hpp>

#include <QCoreApplication>
#include <QJsonDocument>

namespace shopcast::broadcast {

ObsSceneEditor::ObsSceneEditor(ObsSceneGraph &graph, QObject *parent)
    : SceneEditor(parent)
    , m_graph(graph)
{}

QSizeF ObsSceneEditor::sourceSizePx(const QString &source) const
{
    return m_graph.sourceSize(source);
}

bool ObsSceneEditor::hasAudio(const QString &source) const
{
    obs_source_t *s = m_graph.source(source);
    return s && (obs_source_get_output_flags(s) & OBS_SOURCE_AUDIO);
}

bool ObsSceneEditor::hasVideo(const QString &source) const
{
    obs_source_t *s = m_graph.source(source);
    return !s || (obs_source_get_output_flags(s) & OBS_SOURCE_VIDEO);
}

bool ObsSceneEditor::offersKind(const QString &kind) const
{
    return ObsSceneGraph::isKnownKind(kind);
}

QStringList ObsSceneEditor::unavailableFilters() const
{
    return m_graph.unavailableFilters();
}

namespace {

// A word a module's zh-CN file lacks comes back from libobs in English (the
// chroma key's "Custom"); the studio's catalogue fills the ones its forms show.
[[maybe_unused]] constexpr const char *kLibobsGaps[] = {QT_TRANSLATE_NOOP("LibobsTextGaps", "Custom")};

QString libobsText(const char *text)
{
    return QCoreApplication::translate("LibobsTextGaps", text);
}

QJsonObject jsonOf(obs_data_t *data)
{
    const char *json = data ? obs_data_get_json(data) : nullptr;
    return json ? QJsonDocument::fromJson(QByteArray(json)).object() : QJsonObject();
}

// One libobs property as a form row; false for kinds a form does not edit
// (buttons, fonts, frame rates, information text).
bool describe(obs_property_t *p, PropertySpec *out)
{
    out->name = QString::fromUtf8(obs_property_name(p));
    out->label = libobsText(obs_property_description(p));
    out->visible = obs_property_visible(p);
    switch (obs_property_get_type(p)) {
    case OBS_PROPERTY_BOOL: out->type = PropertySpec::Type::Bool; return true;
    case OBS_PROPERTY_INT:
        out->type = PropertySpec::Type::Int;
        out->minimum = obs_property_int_min(p);
        out->maximum = obs_property_int_max(p);
        out->step = obs_property_int_step(p);
        out->slider = obs_property_int_type(p) == OBS_NUMBER_SLIDER;
        out->suffix = QString::fromUtf8(obs_property_int_suffix(p));
        return true;
    case OBS_PROPERTY_FLOAT:
        out->type = PropertySpec::Type::Float;
        out->minimum = obs_property_float_min(p);
        out->maximum = obs_property_float_max(p);
        out->step = obs_property_float_step(p);
        out->slider = obs_property_float_type(p) == OBS_NUMBER_SLIDER;
        out->suffix = QString::fromUtf8(obs_property_float_suffix(p));
        return true;
    case OBS_PROPERTY_TEXT: out->type = PropertySpec::Type::Text; return obs_property_text_type(p) != OBS_TEXT_INFO;
    case OBS_PROPERTY_PATH:
        out->type = PropertySpec::Type::Path;
        out->pathFilter = QString::fromUtf8(obs_property_path_filter(p));
        return obs_property_path_type(p) == OBS_PATH_FILE;
    case OBS_PROPERTY_COLOR: out->type = PropertySpec::Type::Color; return true;
    case OBS_PROPERTY_COLOR_ALPHA: out->type = PropertySpec::Type::ColorAlpha; return true;
    case OBS_PROPERTY_LIST: {
        out->type = PropertySpec::Type::List;
        const obs_combo_format format = obs_property_list_format(p);
        const size_t count = obs_property_list_item_count(p);
        for (size_t i = 0; i < count && i < 256; ++i) {
            QJsonValue value;
            switch (format) {
            case OBS_COMBO_FORMAT_INT: value = qint64(obs_property_list_item_int(p, i)); break;
            case OBS_COMBO_FORMAT_FLOAT: value = obs_property_list_item_float(p, i); break;
            case OBS_COMBO_FORMAT_STRING: value = QString::fromUtf8(obs_property_list_item_string(p, i)); break;
            default: return false;
            }
            if (!obs_property_list_item_disabled(p, i))
                out->choices.append({libobsText(obs_property_list_item_name(p, i)), value});
        }
        return true;
    }
    default: return false;
    }
}

void collect(obs_properties_t *props, QList<PropertySpec> *out)
{
    for (obs_property_t *p = obs_properties_first(props); p; obs_property_next(&p)) {
        if (obs_property_get_type(p) == OBS_PROPERTY_GROUP) {
            if (obs_property_visible(p))
                collect(obs_property_group_content(p), out);
            continue;
        }
        PropertySpec spec;
        if (describe(p, &spec))
            out->append(spec);
    }
}

} // namespace

PropertySheet ObsSceneEditor::propertiesOf(const QString &kind, const QJsonObject &settings) const
{
    PropertySheet sheet;
    const QByteArray id = kind.toUtf8();
    if (!obs_source_get_display_name(id.constData()))
        return sheet;
    OBSDataAutoRelease data = obs_get_source_defaults(id.constData());
    if (!data)
        return sheet;
    OBSDataAutoRelease defaults = obs_data_get_defaults(data); // the defaults as values: get_json leaves them out
    sheet.defaults = jsonOf(defaults);
    OBSDataAutoRelease given = obs_data_create_from_json(QJsonDocument(settings).toJson(QJsonDocument::Compact).constData());
    obs_data_apply(data, given);
    // Audio filters (obs-filters' compressor, noise suppression, ...) read
    // their instance while listing properties: they get one of their own,
    // private and released at once, as OBS only ever asks a real filter.
    OBSSourceAutoRelease instance;
    if (obs_get_source_output_flags(id.constData()) & OBS_SOURCE_AUDIO)
        instance = obs_source_create_private(id.constData(), "shopcast properties", data);
    obs_properties_t *props = instance ? obs_source_properties(instance) : obs_get_source_properties(id.constData());
    if (!props)
        return sheet;
    // Runs the kind's own "modified" callbacks, which show and hide rows.
    obs_properties_apply_settings(props, data);
    collect(props, &sheet.properties);
    obs_properties_destroy(props);
    return sheet;
}

bool ObsSceneEditor::rebuild(const SceneCollection &collection, QString *error)
{
    return m_graph.build(collection, error);
}

bool ObsSceneEditor::mirror(const SceneEdit &change, const SceneCollection &next, QString *error)
{
    if (!mirrorIntoScenes(change, next, error))
        return false;
    m_graph.refreshOverlayLayer(next);
    return true;
}

bool ObsSceneEditor::mirrorIntoScenes(const SceneEdit &change, const SceneCollection &next, QString *error)
{
    return std::visit(edit::Overloaded{
                          [&](const edit::AddScene &e) {
                              if (m_graph.addScene(e.name))
                                  return true;
                              *error = tr("libobs could not create the scene %1").arg(e.name);
                              return false;
                          },
                          [&](const edit::RemoveScene &e) {
                              m_graph.removeScene(e.name);
                              m_graph.pruneSources(next);
                              m_graph.activate(next.currentScene());
                              return true;
                          },
                          [&](const edit::SetCurrentScene &e) {
                              if (m_graph.activate(e.name, true))
                                  return true;
                              *error = tr("libobs has no scene %1").arg(e.name);
                              return false;
                          },
                          // The second canvas follows in refreshOverlayLayer, after every edit.
                          [&](const edit::SetSecondCanvasScene &) { return true; },
                          [&](const edit::AddSceneForCanvas &) { return m_graph.sync(collection(), next, error); },
                          [&](const edit::AddItem &e) { return m_graph.addItem(e.scene, *next.findSource(e.source.name), e.item, error); },
                          [&](const edit::RemoveItem &e) {
                              m_graph.removeItem(e.scene, e.index);
                              m_graph.pruneSources(next);
                              return true;
                          },
                          [&](const edit::MoveItem &e) {
                              m_graph.moveItem(e.scene, e.from, e.to);
                              return true;
                          },
                          [&](const edit::SetItemVisible &e) {
                              m_graph.setItemVisible(e.scene, e.index, e.visible);
                              return true;
                          },
                          [&](const edit::SetItemGeometry &e) {
                              m_graph.setItemGeometry(e.scene, e.index, next.findScene(e.scene)->items.at(e.index));
                              return true;
                          },
                          [&](const edit::SetItemTransform &e) {
                              m_graph.setItemGeometry(e.scene, e.index, next.findScene(e.scene)->items.at(e.index));
                              return true;
                          },
                          // A slider drag sends many of these: the filter is updated in place.
                          [&](const edit::SetFilterSettings &e) { return m_graph.updateFilter(e.source, *next.filtersOf(e.source), e.index, error); },
                          [&](const edit::SetFilterEnabled &e) { return m_graph.updateFilter(e.source, *next.filtersOf(e.source), e.index, error); },
                          // Adding, removing and reordering rebuild the source's chain.
                          [&](const edit::AddFilter &e) { return m_graph.syncFilters(e.source, *next.filtersOf(e.source), error); },
                          [&](const edit::RemoveFilter &e) { return m_graph.syncFilters(e.source, *next.filtersOf(e.source), error); },
                          [&](const edit::MoveFilter &e) { return m_graph.syncFilters(e.source, *next.filtersOf(e.source), error); },
                          [&](const edit::RenameFilter &e) { return m_graph.syncFilters(e.source, *next.filtersOf(e.source), error); },
                          [&](const edit::SetSourceAudio &e) { return m_graph.setSourceAudio(e.source, next.findSource(e.source)->audio, error); },
                          [&](const edit::SetSourceMuted &e) { return m_graph.setSourceAudio(e.source, next.findSource(e.source)->audio, error); },
                          [&](const edit::SetTransition &e) { return m_graph.setTransition(e.transition, error); },
                          // A source made, remade on another device or removed, and the output channels again.
                          [&](const edit::SetGlobalAudio &) { return m_graph.sync(collection(), next, error); },
                      },
                      change);
}

bool ObsSceneEditor::restore(const SceneCollection &target, QString *error)
{
    return m_graph.sync(collection(), target, error);
}

QList<DeviceChoice> ObsSceneEditor::deviceChoices(const QString &kind) const
{
    // The device list is the source's own "device_id" property. Some modules
    // fill it only for a source instance, so a private one is made to ask
    // (never in a scene, released at once).
    QList<DeviceChoice> out;
    OBSSourceAutoRelease probe = obs_source_create_private(kind.toUtf8().constData(), "shopcast device probe", nullptr);
    if (!probe)
        return out;
    obs_properties_t *props = obs_source_properties(probe);
    if (!props)
        return out;
    if (obs_property_t *list = obs_properties_get(props, "device_id");
        list && obs_property_get_type(list) == OBS_PROPERTY_LIST && obs_property_list_format(list) == OBS_COMBO_FORMAT_STRING) {
        const size_t count = obs_property_list_item_count(list);
        for (size_t i = 0; i < count && i < 64; ++i) {
            const char *value = obs_property_list_item_string(list, i);
            if (!value || !*value || obs_property_list_item_disabled(list, i))
                continue;
            out.append({QString::fromUtf8(obs_property_list_item_name(list, i)), QString::fromUtf8(value)});
        }
    }
    obs_properties_destroy(props);
    return out;
}

} // namespace shopcast::broadcast
