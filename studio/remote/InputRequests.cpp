#include "InputRequests.hpp"

#include "ObsWebSocketProtocol.hpp"
#include "StudioRequests.hpp"

#include "audio/AudioMixer.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace shopcast::remote {

namespace {

using Request = StudioRequests::Request;

struct ItemRef
{
    const broadcast::SceneSpec *scene = nullptr;
    int index = -1;
};

// The scene and the item a request names by sceneName and sceneItemId.
std::optional<ItemRef> findItem(const broadcast::SceneEditor &scenes, const QJsonObject &data, RequestReply *failure)
{
    const std::optional<QString> name = StudioRequests::requiredString(data, QStringLiteral("sceneName"), failure);
    if (!name)
        return std::nullopt;
    const broadcast::SceneSpec *scene = scenes.collection().findScene(*name);
    if (!scene) {
        *failure = RequestReply::failed(RequestStatus::ResourceNotFound, InputRequests::tr("No scene named %1.").arg(*name));
        return std::nullopt;
    }
    const QJsonValue id = data.value(QStringLiteral("sceneItemId"));
    if (id.isUndefined() || id.isNull()) {
        *failure = RequestReply::failed(RequestStatus::MissingRequestField, InputRequests::tr("Your request is missing the field `sceneItemId`."));
        return std::nullopt;
    }
    if (!id.isDouble() || id.toDouble() != std::floor(id.toDouble())) {
        *failure = RequestReply::failed(RequestStatus::InvalidRequestFieldType, InputRequests::tr("The field `sceneItemId` is not a whole number."));
        return std::nullopt;
    }
    const double index = id.toDouble() - 1;
    if (index < 0 || index >= double(scene->items.size())) {
        *failure = RequestReply::failed(RequestStatus::ResourceNotFound, InputRequests::tr("No scene item %1 in the scene %2.").arg(id.toDouble()).arg(*name));
        return std::nullopt;
    }
    return ItemRef{scene, int(index)};
}

// The input a request names by inputName, when it has sound.
std::optional<QString> findAudioInput(const broadcast::SceneEditor &scenes, const audio::AudioMixer &mixer, const QJsonObject &data, RequestReply *failure)
{
    std::optional<QString> name = StudioRequests::requiredString(data, QStringLiteral("inputName"), failure);
    if (!name)
        return std::nullopt;
    if (!scenes.collection().findSource(*name)) {
        *failure = RequestReply::failed(RequestStatus::ResourceNotFound, InputRequests::tr("No input named %1.").arg(*name));
        return std::nullopt;
    }
    if (!mixer.contains(*name)) {
        *failure = RequestReply::failed(RequestStatus::InvalidResourceState, InputRequests::tr("The input %1 has no sound in the mixer.").arg(*name));
        return std::nullopt;
    }
    return name;
}

// obs-websocket's sceneItemTransform from the studio's item. The scene model
// keeps the box, not a source's own size: sourceWidth/Height are 0, and so are
// width/height of an item without a box.
QJsonObject transformOf(const broadcast::SceneItemSpec &item)
{
    constexpr int kTopLeft = 5; // OBS_ALIGN_LEFT | OBS_ALIGN_TOP: the studio places items by their top-left corner
    return {{QStringLiteral("alignment"), kTopLeft},
            {QStringLiteral("boundsAlignment"), 0},
            {QStringLiteral("boundsType"), item.stretch       ? QStringLiteral("OBS_BOUNDS_STRETCH")
                                           : item.hasBounds() ? QStringLiteral("OBS_BOUNDS_SCALE_INNER")
                                                              : QStringLiteral("OBS_BOUNDS_NONE")},
            {QStringLiteral("boundsWidth"), item.boundsWidthPx},
            {QStringLiteral("boundsHeight"), item.boundsHeightPx},
            {QStringLiteral("cropLeft"), item.crop.left},
            {QStringLiteral("cropTop"), item.crop.top},
            {QStringLiteral("cropRight"), item.crop.right},
            {QStringLiteral("cropBottom"), item.crop.bottom},
            {QStringLiteral("positionX"), item.xPx},
            {QStringLiteral("positionY"), item.yPx},
            {QStringLiteral("rotation"), item.rotationDeg},
            {QStringLiteral("scaleX"), item.flipH ? -1.0 : 1.0},
            {QStringLiteral("scaleY"), item.flipV ? -1.0 : 1.0},
            {QStringLiteral("width"), item.boundsWidthPx},
            {QStringLiteral("height"), item.boundsHeightPx},
            {QStringLiteral("sourceWidth"), 0},
            {QStringLiteral("sourceHeight"), 0}};
}

QJsonObject volumeOf(const audio::AudioMixer &mixer, const QString &input)
{
    const double db = mixer.audioOf(input).volumeDb;
    return {{QStringLiteral("inputVolumeDb"), db}, {QStringLiteral("inputVolumeMul"), std::pow(10.0, db / 20.0)}};
}

} // namespace

QString InputRequests::unversionedKind(const QString &kind)
{
    static const QRegularExpression version(QStringLiteral("_v\\d+$"));
    return QString(kind).remove(version);
}

void InputRequests::registerOn(StudioRequests &requests, broadcast::SceneEditor &scenes, audio::AudioMixer &mixer)
{
    broadcast::SceneEditor *e = &scenes;
    audio::AudioMixer *m = &mixer;
    StudioRequests *r = &requests;
    requests.add(QStringLiteral("GetInputList"), [e](const QJsonObject &data, const actions::Caller &) {
        const QString kind = data.value(QStringLiteral("inputKind")).toString();
        QJsonArray inputs;
        for (const broadcast::SourceSpec &s : e->collection().sources()) {
            if (!kind.isEmpty() && s.kind != kind)
                continue;
            inputs.append(QJsonObject{{QStringLiteral("inputName"), s.name},
                                      {QStringLiteral("inputKind"), s.kind},
                                      {QStringLiteral("unversionedInputKind"), unversionedKind(s.kind)}});
        }
        return RequestReply::done({{QStringLiteral("inputs"), inputs}});
    });
    requests.add(QStringLiteral("GetSceneItemList"), [e](const QJsonObject &data, const actions::Caller &) {
        RequestReply failure;
        const std::optional<QString> name = StudioRequests::requiredString(data, QStringLiteral("sceneName"), &failure);
        if (!name)
            return failure;
        const broadcast::SceneSpec *scene = e->collection().findScene(*name);
        if (!scene)
            return RequestReply::failed(RequestStatus::ResourceNotFound, tr("No scene named %1.").arg(*name));
        QJsonArray items;
        for (int i = 0; i < scene->items.size(); ++i) {
            const broadcast::SceneItemSpec &item = scene->items.at(i);
            const broadcast::SourceSpec *source = e->collection().findSource(item.sourceName);
            items.append(QJsonObject{{QStringLiteral("sceneItemId"), i + 1},
                                     {QStringLiteral("sceneItemIndex"), i},
                                     {QStringLiteral("sourceName"), item.sourceName},
                                     {QStringLiteral("sourceType"), QStringLiteral("OBS_SOURCE_TYPE_INPUT")},
                                     {QStringLiteral("inputKind"), source ? QJsonValue(source->kind) : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("isGroup"), QJsonValue::Null},
                                     {QStringLiteral("sceneItemEnabled"), item.visible},
                                     {QStringLiteral("sceneItemLocked"), false},
                                     {QStringLiteral("sceneItemBlendMode"), QStringLiteral("OBS_BLEND_NORMAL")},
                                     {QStringLiteral("sceneItemTransform"), transformOf(item)}});
        }
        return RequestReply::done({{QStringLiteral("sceneItems"), items}});
    });
    requests.add(QStringLiteral("GetSceneItemId"), [e](const QJsonObject &data, const actions::Caller &) {
        RequestReply failure;
        const std::optional<QString> sceneName = StudioRequests::requiredString(data, QStringLiteral("sceneName"), &failure);
        if (!sceneName)
            return failure;
        const std::optional<QString> sourceName = StudioRequests::requiredString(data, QStringLiteral("sourceName"), &failure);
        if (!sourceName)
            return failure;
        const broadcast::SceneSpec *scene = e->collection().findScene(*sceneName);
        if (!scene)
            return RequestReply::failed(RequestStatus::ResourceNotFound, tr("No scene named %1.").arg(*sceneName));
        // searchOffset: the nth match (obs-websocket's), from the bottom.
        int skip = data.value(QStringLiteral("searchOffset")).toInt(0);
        for (int i = 0; i < scene->items.size(); ++i)
            if (scene->items.at(i).sourceName == *sourceName && skip-- == 0)
                return RequestReply::done({{QStringLiteral("sceneItemId"), i + 1}});
        return RequestReply::failed(RequestStatus::ResourceNotFound, tr("No item of %1 in the scene %2.").arg(*sourceName, *sceneName));
    });
    requests.add(QStringLiteral("GetSceneItemEnabled"), [e](const QJsonObject &data, const actions::Caller &) {
        RequestReply failure;
        const std::optional<ItemRef> item = findItem(*e, data, &failure);
        if (!item)
            return failure;
        return RequestReply::done({{QStringLiteral("sceneItemEnabled"), item->scene->items.at(item->index).visible}});
    });
    requests.add(QStringLiteral("SetSceneItemEnabled"), [e, r](const QJsonObject &data, const actions::Caller &caller) {
        RequestReply failure;
        const std::optional<ItemRef> item = findItem(*e, data, &failure);
        if (!item)
            return failure;
        const QJsonValue enabled = data.value(QStringLiteral("sceneItemEnabled"));
        if (!enabled.isBool())
            return RequestReply::failed(enabled.isUndefined() ? RequestStatus::MissingRequestField : RequestStatus::InvalidRequestFieldType,
                                        tr("Your request needs `sceneItemEnabled` as true or false."));
        const RequestReply reply = r->invoke(
            QStringLiteral("scene.itemVisible"),
            {{QStringLiteral("scene"), item->scene->name}, {QStringLiteral("item"), item->index}, {QStringLiteral("visible"), enabled.toBool()}}, caller);
        return reply.ok() ? RequestReply::done() : reply;
    });
    requests.add(QStringLiteral("GetInputMute"), [e, m](const QJsonObject &data, const actions::Caller &) {
        RequestReply failure;
        const std::optional<QString> input = findAudioInput(*e, *m, data, &failure);
        if (!input)
            return failure;
        return RequestReply::done({{QStringLiteral("inputMuted"), m->audioOf(*input).muted}});
    });
    requests.add(QStringLiteral("SetInputMute"), [e, m, r](const QJsonObject &data, const actions::Caller &caller) {
        RequestReply failure;
        const std::optional<QString> input = findAudioInput(*e, *m, data, &failure);
        if (!input)
            return failure;
        const QJsonValue muted = data.value(QStringLiteral("inputMuted"));
        if (!muted.isBool())
            return RequestReply::failed(muted.isUndefined() ? RequestStatus::MissingRequestField : RequestStatus::InvalidRequestFieldType,
                                        tr("Your request needs `inputMuted` as true or false."));
        const RequestReply reply
            = r->invoke(QStringLiteral("audio.mute"), {{QStringLiteral("source"), *input}, {QStringLiteral("muted"), muted.toBool()}}, caller);
        return reply.ok() ? RequestReply::done() : reply;
    });
    requests.add(QStringLiteral("ToggleInputMute"), [e, m, r](const QJsonObject &data, const actions::Caller &caller) {
        RequestReply failure;
        const std::optional<QString> input = findAudioInput(*e, *m, data, &failure);
        if (!input)
            return failure;
        const bool muted = !m->audioOf(*input).muted;
        const RequestReply reply = r->invoke(QStringLiteral("audio.mute"), {{QStringLiteral("source"), *input}, {QStringLiteral("muted"), muted}}, caller);
        return reply.ok() ? RequestReply::done({{QStringLiteral("inputMuted"), muted}}) : reply;
    });
    requests.add(QStringLiteral("GetInputVolume"), [e, m](const QJsonObject &data, const actions::Caller &) {
        RequestReply failure;
        const std::optional<QString> input = findAudioInput(*e, *m, data, &failure);
        if (!input)
            return failure;
        return RequestReply::done(volumeOf(*m, *input));
    });
    requests.add(QStringLiteral("SetInputVolume"), [e, m, r](const QJsonObject &data, const actions::Caller &caller) {
        RequestReply failure;
        const std::optional<QString> input = findAudioInput(*e, *m, data, &failure);
        if (!input)
            return failure;
        const QJsonValue mul = data.value(QStringLiteral("inputVolumeMul"));
        const QJsonValue db = data.value(QStringLiteral("inputVolumeDb"));
        if (mul.isUndefined() == db.isUndefined())
            return RequestReply::failed(RequestStatus::MissingRequestField, tr("Your request needs either `inputVolumeMul` or `inputVolumeDb`."));
        if (!(mul.isUndefined() ? db : mul).isDouble())
            return RequestReply::failed(RequestStatus::InvalidRequestFieldType, tr("The volume is not a number."));
        // obs-websocket's ranges: a multiplier 0-20, decibels -100-26.
        if (!mul.isUndefined() && (mul.toDouble() < 0 || mul.toDouble() > 20))
            return RequestReply::failed(RequestStatus::RequestFieldOutOfRange, tr("`inputVolumeMul` must be 0 to 20."));
        const double volumeDb = mul.isUndefined() ? db.toDouble() : (mul.toDouble() <= 0 ? -100.0 : 20.0 * std::log10(mul.toDouble()));
        if (volumeDb < -100 || volumeDb > 26)
            return RequestReply::failed(RequestStatus::RequestFieldOutOfRange, tr("`inputVolumeDb` must be -100 to 26."));
        const RequestReply reply = r->invoke(QStringLiteral("audio.volume"), {{QStringLiteral("source"), *input}, {QStringLiteral("db"), volumeDb}}, caller);
        return reply.ok() ? RequestReply::done() : reply;
    });
}

} // namespace shopcast::remote
