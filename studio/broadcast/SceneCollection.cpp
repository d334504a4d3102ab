#include "SceneCollection.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace shopcast::broadcast {

namespace {

bool failWith(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// The "filters" of a source or a scene in a collection file: named, each name once.
bool readFilters(const QJsonObject &owner, const QString &ownerName, QList<FilterSpec> *out, QString *error)
{
    QSet<QString> names;
    const QJsonArray filters = owner.value(QStringLiteral("filters")).toArray();
    for (int f = 0; f < filters.size(); ++f) {
        const FilterSpec filter = FilterSpec::fromJson(filters.at(f).toObject());
        if (filter.name.isEmpty() || filter.kind.isEmpty())
            return failWith(error, SceneCollection::tr("filter #%1 of source '%2' lacks a name or an id").arg(f + 1).arg(ownerName));
        if (names.contains(filter.name))
            return failWith(error, SceneCollection::tr("source '%1' has two filters named '%2'").arg(ownerName, filter.name));
        names.insert(filter.name);
        out->append(filter);
    }
    return true;
}

QJsonArray filtersJson(const QList<FilterSpec> &filters)
{
    QJsonArray out;
    for (const FilterSpec &f : filters)
        out.append(f.toJson());
    return out;
}

// libobs colours are 0xAABBGGRR.
constexpr qint64 abgr(int r, int g, int b, int a = 255)
{
    return (qint64(a) << 24) | (qint64(b) << 16) | (qint64(g) << 8) | qint64(r);
}

} // namespace

SceneCollection SceneCollection::demo(const CanvasSpec &canvas, const QString &resourceDir)
{
    const QDir dir(resourceDir);
    const double w = canvas.widthPx;
    const double h = canvas.heightPx;
    const bool portrait = canvas.isPortrait();

    SceneCollection c;
    c.m_sources = {
        {tr("Background"), QStringLiteral("color_source_v3"),
         QJsonObject{
             {QStringLiteral("color"), abgr(0x3a, 0x0d, 0x1f)}, {QStringLiteral("width"), canvas.widthPx}, {QStringLiteral("height"), canvas.heightPx}}},
        {tr("Product video"), QStringLiteral("ffmpeg_source"),
         QJsonObject{{QStringLiteral("is_local_file"), true},
                     {QStringLiteral("local_file"), dir.filePath(QStringLiteral("demo/product-loop.mp4"))},
                     {QStringLiteral("looping"), true},
                     {QStringLiteral("restart_on_activate"), true},
                     {QStringLiteral("hw_decode"), false}}},
        // The picture of the product on air, from the lineup: a fixed picture
        // here once showed "¥99" beside a card saying ¥129.
        {tr("Product image"), QStringLiteral("shopcast_overlay"), QJsonObject{{QStringLiteral("role"), QStringLiteral("product_picture")}}},
        {tr("Product card"), QStringLiteral("shopcast_overlay"), QJsonObject{{QStringLiteral("role"), QStringLiteral("product_card")}}},
        {tr("Pinned comment"), QStringLiteral("shopcast_overlay"), QJsonObject{{QStringLiteral("role"), QStringLiteral("pinned_comment")}}},
        {tr("Lottery and poll"), QStringLiteral("shopcast_overlay"), QJsonObject{{QStringLiteral("role"), QStringLiteral("interaction")}}},
        {tr("Orders ticker"), QStringLiteral("shopcast_overlay"), QJsonObject{{QStringLiteral("role"), QStringLiteral("sales_ticker")}}},
        {tr("Title"), QStringLiteral("text_ft2_source_v2"),
         QJsonObject{{QStringLiteral("text"), QStringLiteral("ShopCast 直播间 · 新品首发")},
                     {QStringLiteral("font"), QJsonObject{{QStringLiteral("face"), QStringLiteral("Noto Sans CJK SC")},
                                                          {QStringLiteral("style"), QStringLiteral("Bold")},
                                                          {QStringLiteral("size"), int(h / (portrait ? 24 : 14))},
                                                          {QStringLiteral("flags"), 1}}},
                     {QStringLiteral("color1"), abgr(255, 255, 255)},
                     {QStringLiteral("color2"), abgr(255, 220, 120)},
                     {QStringLiteral("drop_shadow"), true}}},
    };

    SceneSpec main{tr("Main"), {}};
    main.items.append({tr("Background"), true, 0, 0, w, h});
    // The product card (filled by the lineup when a product is explained)
    // sits in the lower part, where viewers' eyes go for the price.
    if (portrait) {
        main.items.append({tr("Product video"), true, w * 0.05, h * 0.1, w * 0.9, h * 0.35});
        main.items.append({tr("Product image"), true, w * 0.25, h * 0.47, w * 0.5, h * 0.2});
        main.items.append({tr("Product card"), true, w * 0.03, h * 0.7, w * 0.94, h * 0.2});
        main.items.append({tr("Pinned comment"), true, w * 0.05, h * 0.6, w * 0.9, h * 0.09});
        main.items.append({tr("Lottery and poll"), true, w * 0.1, h * 0.1, w * 0.8, h * 0.3});
        main.items.append({tr("Title"), true, w * 0.05, h * 0.03, w * 0.9, h * 0.06});
        main.items.append({tr("Orders ticker"), true, w * 0.03, h * 0.915, w * 0.75, h * 0.035});
    } else {
        main.items.append({tr("Product video"), true, w * 0.04, h * 0.15, w * 0.55, h * 0.5});
        main.items.append({tr("Product image"), true, w * 0.63, h * 0.15, w * 0.33, h * 0.5});
        main.items.append({tr("Product card"), true, w * 0.04, h * 0.67, w * 0.6, h * 0.3});
        // Pinned comments sit right of the product card.
        main.items.append({tr("Pinned comment"), true, w * 0.66, h * 0.7, w * 0.31, h * 0.16});
        // Lotteries and polls take the product image's place while they run.
        main.items.append({tr("Lottery and poll"), true, w * 0.6, h * 0.14, w * 0.37, h * 0.5});
        main.items.append({tr("Title"), true, w * 0.04, h * 0.03, w * 0.9, h * 0.1});
        // Social proof over the video's lower edge, just above the card it speaks for.
        main.items.append({tr("Orders ticker"), true, w * 0.05, h * 0.57, w * 0.42, h * 0.0625});
    }
    SceneSpec startingSoon{tr("Starting soon"), {}};
    startingSoon.items.append({tr("Background"), true, 0, 0, w, h});
    startingSoon.items.append({tr("Title"), true, w * 0.05, h * 0.4, w * 0.9, h * 0.15});

    c.m_scenes = {main, startingSoon};
    c.m_currentScene = main.name;
    return c;
}

SceneCollection SceneCollection::starter(const CanvasSpec &canvas, const QString &resourceDir, const QString &cameraDeviceId, const QString &microphoneDeviceId,
                                         bool beauty, const QList<FilterSpec> &microphoneFilters)
{
    SceneCollection c = demo(canvas, resourceDir);
    SceneSpec &main = c.m_scenes.first();
    if (!cameraDeviceId.isEmpty()) {
        const QString video = tr("Product video");
        main.items.removeIf([&](const SceneItemSpec &item) { return item.sourceName == video; });
        c.m_sources.removeIf([&](const SourceSpec &source) { return source.name == video; });
        c.m_sources.append({tr("Camera"), QStringLiteral("v4l2_input"), QJsonObject{{QStringLiteral("device_id"), cameraDeviceId}}});
        if (beauty) // the default preset (标准); the Filters dialog tunes it
            c.m_sources.last().filters.append({tr("Beauty"), QStringLiteral("shopcast_beauty_filter"), true, {}});
        // Behind everything but the background: the host is the picture.
        main.items.insert(1, {tr("Camera"), true, 0, 0, double(canvas.widthPx), double(canvas.heightPx)});
    }
    if (!microphoneDeviceId.isEmpty()) {
        c.m_sources.append({tr("Microphone"), QStringLiteral("pulse_input_capture"), QJsonObject{{QStringLiteral("device_id"), microphoneDeviceId}}});
        c.m_sources.last().audio.tracks = 0b11; // the program mix, and alone on track 2 for clips
        c.m_sources.last().filters = microphoneFilters;
        main.items.append({tr("Microphone"), true, 0, 0, 0, 0});
    }
    return c;
}

std::optional<SceneCollection> SceneCollection::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<SceneCollection> {
        failWith(error, why);
        return std::nullopt;
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(SceneCollection::tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(SceneCollection::tr("the top level must be a JSON object"));
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1)
        return fail(SceneCollection::tr("missing or invalid \"version\""));
    if (version > kFormatVersion)
        return fail(SceneCollection::tr("written by a newer ShopCast (format version %1, this build reads up to %2)").arg(version).arg(kFormatVersion));

    SceneCollection c;
    QSet<QString> sourceNames;
    const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    for (int i = 0; i < sources.size(); ++i) {
        const QJsonObject o = sources.at(i).toObject();
        SourceSpec s{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("settings")).toObject(), {}};
        if (s.name.isEmpty() || s.kind.isEmpty())
            return fail(SceneCollection::tr("source #%1 lacks a name or an id").arg(i + 1));
        if (QString why; !readFilters(o, s.name, &s.filters, &why))
            return fail(why);
        if (o.contains(QStringLiteral("audio"))) {
            QString why;
            const auto audio = AudioSpec::fromJson(o.value(QStringLiteral("audio")).toObject(), &why);
            if (!audio)
                return fail(SceneCollection::tr("the audio of source '%1': %2").arg(s.name, why));
            s.audio = *audio;
        }
        s.global = o.value(QStringLiteral("global")).toBool();
        if (sourceNames.contains(s.name))
            return fail(SceneCollection::tr("two sources are named '%1'").arg(s.name));
        sourceNames.insert(s.name);
        c.m_sources.append(s);
    }
    const QJsonArray scenes = root.value(QStringLiteral("scenes")).toArray();
    QSet<QString> sceneNames;
    for (int i = 0; i < scenes.size(); ++i) {
        const QJsonObject o = scenes.at(i).toObject();
        SceneSpec scene{o.value(QStringLiteral("name")).toString(), {}, {}};
        if (scene.name.isEmpty())
            return fail(SceneCollection::tr("scene #%1 has no name").arg(i + 1));
        if (QString why; !readFilters(o, scene.name, &scene.filters, &why))
            return fail(why);
        if (sceneNames.contains(scene.name))
            return fail(SceneCollection::tr("two scenes are named '%1'").arg(scene.name));
        sceneNames.insert(scene.name);
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        for (const QJsonValue v : items) {
            const QJsonObject io = v.toObject();
            SceneItemSpec item;
            item.sourceName = io.value(QStringLiteral("source")).toString();
            if (!sourceNames.contains(item.sourceName))
                return fail(SceneCollection::tr("scene '%1' uses unknown source '%2'").arg(scene.name, item.sourceName));
            if (c.findSource(item.sourceName)->global) // it would be heard twice
                return fail(SceneCollection::tr("scene '%1' uses the global audio device '%2'").arg(scene.name, item.sourceName));
            item.visible = io.value(QStringLiteral("visible")).toBool(true);
            item.xPx = io.value(QStringLiteral("x")).toDouble();
            item.yPx = io.value(QStringLiteral("y")).toDouble();
            item.boundsWidthPx = io.value(QStringLiteral("boundsWidth")).toDouble();
            item.boundsHeightPx = io.value(QStringLiteral("boundsHeight")).toDouble();
            item.stretch = io.value(QStringLiteral("boundsType")).toString() == QLatin1String("stretch");
            const QJsonObject crop = io.value(QStringLiteral("crop")).toObject();
            item.crop = {crop.value(QStringLiteral("left")).toInt(), crop.value(QStringLiteral("top")).toInt(), crop.value(QStringLiteral("right")).toInt(),
                         crop.value(QStringLiteral("bottom")).toInt()};
            item.rotationDeg = io.value(QStringLiteral("rotation")).toDouble();
            item.flipH = io.value(QStringLiteral("flipH")).toBool();
            item.flipV = io.value(QStringLiteral("flipV")).toBool();
            if (QString why; !validTransform(item, &why))
                return fail(SceneCollection::tr("scene '%1', item '%2': %3").arg(scene.name, item.sourceName, why));
            scene.items.append(item);
        }
        c.m_scenes.append(scene);
    }
    if (c.m_scenes.isEmpty())
        return fail(SceneCollection::tr("the collection has no scene"));
    if (c.globalAudio().size() > kMaxGlobalAudio)
        return fail(SceneCollection::tr("more than %1 global audio devices").arg(kMaxGlobalAudio));
    c.m_currentScene = root.value(QStringLiteral("currentScene")).toString();
    if (!sceneNames.contains(c.m_currentScene))
        c.m_currentScene = c.m_scenes.first().name;
    c.m_secondCanvasScene = root.value(QStringLiteral("secondCanvasScene")).toString();
    if (!c.m_secondCanvasScene.isEmpty() && !sceneNames.contains(c.m_secondCanvasScene))
        return fail(SceneCollection::tr("the second canvas shows '%1', which is not a scene of the collection").arg(c.m_secondCanvasScene));
    // Files from before transitions existed switch with the default fade.
    if (const QJsonValue t = root.value(QStringLiteral("transition")); t.isObject()) {
        const QJsonObject o = t.toObject();
        TransitionSpec transition{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("durationMs")).toInt(-1),
                                  o.value(QStringLiteral("settings")).toObject()};
        QString why;
        if (!c.setTransition(transition, &why))
            return fail(SceneCollection::tr("the transition: %1").arg(why));
    }
    return c;
}

QByteArray SceneCollection::toJson() const
{
    QJsonArray sources;
    for (const SourceSpec &s : m_sources) {
        QJsonObject o{{QStringLiteral("name"), s.name}, {QStringLiteral("id"), s.kind}, {QStringLiteral("settings"), s.settings}};
        if (!s.filters.isEmpty())
            o.insert(QStringLiteral("filters"), filtersJson(s.filters));
        if (!s.audio.isDefault())
            o.insert(QStringLiteral("audio"), s.audio.toJson());
        if (s.global)
            o.insert(QStringLiteral("global"), true);
        sources.append(o);
    }
    QJsonArray scenes;
    for (const SceneSpec &scene : m_scenes) {
        QJsonArray items;
        for (const SceneItemSpec &i : scene.items) {
            QJsonObject o{{QStringLiteral("source"), i.sourceName},
                          {QStringLiteral("visible"), i.visible},
                          {QStringLiteral("x"), i.xPx},
                          {QStringLiteral("y"), i.yPx},
                          {QStringLiteral("boundsWidth"), i.boundsWidthPx},
                          {QStringLiteral("boundsHeight"), i.boundsHeightPx}};
            // Written only when used, so files of plain layouts stay as they were.
            if (i.stretch)
                o.insert(QStringLiteral("boundsType"), QStringLiteral("stretch"));
            if (!i.crop.isNull())
                o.insert(QStringLiteral("crop"), QJsonObject{{QStringLiteral("left"), i.crop.left},
                                                             {QStringLiteral("top"), i.crop.top},
                                                             {QStringLiteral("right"), i.crop.right},
                                                             {QStringLiteral("bottom"), i.crop.bottom}});
            if (i.rotationDeg != 0)
                o.insert(QStringLiteral("rotation"), i.rotationDeg);
            if (i.flipH)
                o.insert(QStringLiteral("flipH"), true);
            if (i.flipV)
                o.insert(QStringLiteral("flipV"), true);
            items.append(o);
        }
        QJsonObject o{{QStringLiteral("name"), scene.name}, {QStringLiteral("items"), items}};
        if (!scene.filters.isEmpty())
            o.insert(QStringLiteral("filters"), filtersJson(scene.filters));
        scenes.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("shopcast-scenes")},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("currentScene"), m_currentScene},
                     {QStringLiteral("transition"), QJsonObject{{QStringLiteral("id"), m_transition.kind},
                                                                {QStringLiteral("durationMs"), m_transition.durationMs},
                                                                {QStringLiteral("settings"), m_transition.settings}}},
                     {QStringLiteral("sources"), sources},
                     {QStringLiteral("scenes"), scenes}};
    if (!m_secondCanvasScene.isEmpty()) // only when used: one-canvas files stay as they were
        root.insert(QStringLiteral("secondCanvasScene"), m_secondCanvasScene);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const SourceSpec *SceneCollection::findSource(const QString &name) const
{
    for (const SourceSpec &s : m_sources)
        if (s.name == name)
            return &s;
    return nullptr;
}

const SceneSpec *SceneCollection::findScene(const QString &name) const
{
    for (const SceneSpec &s : m_scenes)
        if (s.name == name)
            return &s;
    return nullptr;
}

SceneSpec *SceneCollection::mutableScene(const QString &name, QString *error)
{
    for (SceneSpec &s : m_scenes)
        if (s.name == name)
            return &s;
    failWith(error, SceneCollection::tr("no scene named '%1'").arg(name));
    return nullptr;
}

QList<FilterSpec> *SceneCollection::mutableFilters(const QString &name, QString *error)
{
    // A source's name first: a scene is a source in libobs, and its filters
    // apply to the whole composed scene.
    for (SourceSpec &s : m_sources)
        if (s.name == name)
            return &s.filters;
    for (SceneSpec &s : m_scenes)
        if (s.name == name)
            return &s.filters;
    failWith(error, SceneCollection::tr("no source or scene named '%1'").arg(name));
    return nullptr;
}

bool SceneCollection::setSourceAudio(const QString &sourceName, const AudioSpec &audio, QString *error)
{
    const auto source = std::find_if(m_sources.begin(), m_sources.end(), [&sourceName](const SourceSpec &s) { return s.name == sourceName; });
    if (source == m_sources.end())
        return failWith(error, SceneCollection::tr("no source named '%1'").arg(sourceName));
    if (!audio.isValid(error))
        return false;
    source->audio = audio;
    return true;
}

const QList<FilterSpec> *SceneCollection::filtersOf(const QString &name) const
{
    if (const SourceSpec *source = findSource(name))
        return &source->filters;
    if (const SceneSpec *scene = findScene(name))
        return &scene->filters;
    return nullptr;
}

FilterSpec *SceneCollection::mutableFilter(const QString &sourceName, int index, QString *error)
{
    QList<FilterSpec> *filters = mutableFilters(sourceName, error);
    if (!filters)
        return nullptr;
    if (index < 0 || index >= filters->size()) {
        failWith(error, SceneCollection::tr("source '%1' has no filter #%2").arg(sourceName).arg(index + 1));
        return nullptr;
    }
    return &(*filters)[index];
}

bool SceneCollection::addFilter(const QString &sourceName, const FilterSpec &filter, QString *error)
{
    QList<FilterSpec> *filters = mutableFilters(sourceName, error);
    if (!filters)
        return false;
    if (filter.name.trimmed().isEmpty() || filter.kind.isEmpty())
        return failWith(error, SceneCollection::tr("a filter needs a name and a kind"));
    for (const FilterSpec &f : std::as_const(*filters))
        if (f.name == filter.name)
            return failWith(error, SceneCollection::tr("source '%1' already has a filter named '%2'").arg(sourceName, filter.name));
    filters->append(filter);
    return true;
}

bool SceneCollection::removeFilter(const QString &sourceName, int index, QString *error)
{
    if (!mutableFilter(sourceName, index, error))
        return false;
    mutableFilters(sourceName, nullptr)->removeAt(index);
    return true;
}

bool SceneCollection::moveFilter(const QString &sourceName, int from, int to, QString *error)
{
    if (!mutableFilter(sourceName, from, error) || !mutableFilter(sourceName, to, error))
        return false;
    mutableFilters(sourceName, nullptr)->move(from, to);
    return true;
}

bool SceneCollection::setFilterEnabled(const QString &sourceName, int index, bool enabled, QString *error)
{
    FilterSpec *filter = mutableFilter(sourceName, index, error);
    if (!filter)
        return false;
    filter->enabled = enabled;
    return true;
}

bool SceneCollection::setFilterSettings(const QString &sourceName, int index, const QJsonObject &settings, QString *error)
{
    FilterSpec *filter = mutableFilter(sourceName, index, error);
    if (!filter)
        return false;
    filter->settings = settings;
    return true;
}

bool SceneCollection::renameFilter(const QString &sourceName, int index, const QString &name, QString *error)
{
    FilterSpec *filter = mutableFilter(sourceName, index, error);
    if (!filter)
        return false;
    if (name.trimmed().isEmpty())
        return failWith(error, SceneCollection::tr("a filter needs a name and a kind"));
    const QList<FilterSpec> &all = *mutableFilters(sourceName, nullptr);
    for (qsizetype i = 0; i < all.size(); ++i)
        if (i != index && all.at(i).name == name)
            return failWith(error, SceneCollection::tr("source '%1' already has a filter named '%2'").arg(sourceName, name));
    filter->name = name;
    return true;
}

QString SceneCollection::uniqueSourceName(const QString &base) const
{
    if (!findSource(base))
        return base;
    for (int n = 2;; ++n) {
        QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!findSource(candidate))
            return candidate;
    }
}

bool SceneCollection::addScene(const QString &name, QString *error)
{
    if (name.trimmed().isEmpty())
        return failWith(error, SceneCollection::tr("a scene needs a name"));
    if (findScene(name))
        return failWith(error, SceneCollection::tr("a scene named '%1' already exists").arg(name));
    m_scenes.append({name, {}});
    if (m_currentScene.isEmpty())
        m_currentScene = name;
    return true;
}

bool SceneCollection::removeScene(const QString &name, QString *error)
{
    if (m_scenes.size() <= 1)
        return failWith(error, SceneCollection::tr("the last scene cannot be removed"));
    SceneSpec *scene = mutableScene(name, error);
    if (!scene)
        return false;
    const QList<SceneItemSpec> items = scene->items;
    m_scenes.removeIf([&](const SceneSpec &s) { return s.name == name; });
    for (const SceneItemSpec &item : items)
        if (!isSourceUsed(item.sourceName))
            m_sources.removeIf([&](const SourceSpec &s) { return s.name == item.sourceName; });
    if (m_currentScene == name)
        m_currentScene = m_scenes.first().name;
    if (m_secondCanvasScene == name)
        m_secondCanvasScene.clear();
    return true;
}

bool SceneCollection::setTransition(const TransitionSpec &transition, QString *error)
{
    if (transition.kind.isEmpty())
        return failWith(error, SceneCollection::tr("a transition needs a kind"));
    if (transition.durationMs < 0 || transition.durationMs > TransitionSpec::kMaxDurationMs)
        return failWith(error, SceneCollection::tr("a transition lasts 0 to %1 ms, not %2").arg(TransitionSpec::kMaxDurationMs).arg(transition.durationMs));
    if (transition.kind == QLatin1String(TransitionSpec::kStinger)) {
        // A stinger plays its video over the switch: without one it would cut.
        const QString path = transition.settings.value(QStringLiteral("path")).toString();
        if (path.isEmpty() || path.size() > 4096)
            return failWith(error, SceneCollection::tr("a stinger needs its video file"));
    }
    m_transition = transition;
    return true;
}

bool SceneCollection::setCurrentScene(const QString &name, QString *error)
{
    if (!mutableScene(name, error))
        return false;
    m_currentScene = name;
    return true;
}

bool SceneCollection::setSecondCanvasScene(const QString &name, QString *error)
{
    if (!name.isEmpty() && !mutableScene(name, error))
        return false;
    m_secondCanvasScene = name;
    return true;
}

bool SceneCollection::addSceneForCanvas(const QString &sceneName, const QString &newName, const CanvasSpec &from, const CanvasSpec &to, QString *error)
{
    const SceneSpec *scene = findScene(sceneName);
    if (!scene)
        return failWith(error, SceneCollection::tr("there is no scene '%1'").arg(sceneName));
    SceneSpec copy = *scene;
    if (!addScene(newName, error))
        return false;
    const double sx = double(to.widthPx) / from.widthPx;
    const double sy = double(to.heightPx) / from.heightPx;
    for (SceneItemSpec &item : copy.items) {
        const bool fillsCanvas = item.xPx <= 0 && item.yPx <= 0 && item.boundsWidthPx >= from.widthPx && item.boundsHeightPx >= from.heightPx;
        item.xPx *= sx;
        item.yPx *= sy;
        item.boundsWidthPx *= sx;
        item.boundsHeightPx *= sy;
        // A plain colour has no aspect to keep: a background stays a whole background.
        const SourceSpec *source = findSource(item.sourceName);
        if (fillsCanvas && source && source->kind.startsWith(QLatin1String("color_source")))
            item.stretch = true;
    }
    mutableScene(newName, error)->items = copy.items;
    mutableScene(newName, error)->filters = copy.filters;
    return true;
}

bool SceneCollection::addItem(const QString &sceneName, const SourceSpec &source, const SceneItemSpec &item, QString *error)
{
    SceneSpec *scene = mutableScene(sceneName, error);
    if (!scene)
        return false;
    if (source.name.trimmed().isEmpty() || source.kind.isEmpty())
        return failWith(error, SceneCollection::tr("a source needs a name and a kind"));
    if (item.sourceName != source.name)
        return failWith(error, SceneCollection::tr("the item does not refer to source '%1'").arg(source.name));
    if (const SourceSpec *existing = findSource(source.name); existing && existing->kind != source.kind)
        return failWith(error, SceneCollection::tr("a different source named '%1' already exists").arg(source.name));
    if (const SourceSpec *existing = findSource(source.name); (existing && existing->global) || (!existing && source.global))
        return failWith(error, SceneCollection::tr("'%1' is a global audio device: it is heard in every scene already").arg(source.name));
    if (!findSource(source.name))
        m_sources.append(source);
    scene->items.append(item);
    return true;
}

QStringList SceneCollection::globalAudio() const
{
    QStringList out;
    for (const SourceSpec &s : m_sources)
        if (s.global)
            out.append(s.name);
    return out;
}

bool SceneCollection::setGlobalAudio(const QString &name, const QString &kind, const QString &deviceId, QString *error)
{
    const auto it = std::find_if(m_sources.begin(), m_sources.end(), [&](const SourceSpec &s) { return s.name == name; });
    if (it != m_sources.end() && !it->global)
        return failWith(error, SceneCollection::tr("'%1' is a source in a scene, not a global audio device").arg(name));
    if (deviceId.isEmpty()) {
        if (it != m_sources.end())
            m_sources.erase(it);
        return true;
    }
    if (name.trimmed().isEmpty() || kind.isEmpty())
        return failWith(error, SceneCollection::tr("a source needs a name and a kind"));
    const QJsonObject settings{{QStringLiteral("device_id"), deviceId}};
    if (it != m_sources.end()) { // another device: its volume, mute and filters stay
        it->kind = kind;
        it->settings = settings;
        return true;
    }
    if (globalAudio().size() >= kMaxGlobalAudio)
        return failWith(error, SceneCollection::tr("at most %1 global audio devices").arg(kMaxGlobalAudio));
    SourceSpec source{name, kind, settings, {}, {}};
    source.global = true;
    m_sources.append(source);
    return true;
}

bool SceneCollection::removeItem(const QString &sceneName, int index, QString *error)
{
    SceneSpec *scene = mutableScene(sceneName, error);
    if (!scene)
        return false;
    if (index < 0 || index >= scene->items.size())
        return failWith(error, SceneCollection::tr("no item %1 in scene '%2'").arg(index).arg(sceneName));
    const QString sourceName = scene->items.takeAt(index).sourceName;
    if (!isSourceUsed(sourceName))
        m_sources.removeIf([&](const SourceSpec &s) { return s.name == sourceName; });
    return true;
}

bool SceneCollection::moveItem(const QString &sceneName, int from, int to, QString *error)
{
    SceneSpec *scene = mutableScene(sceneName, error);
    if (!scene)
        return false;
    const int n = int(scene->items.size());
    if (from < 0 || from >= n || to < 0 || to >= n)
        return failWith(error, SceneCollection::tr("cannot move item %1 to %2 in a scene of %3 items").arg(from).arg(to).arg(n));
    scene->items.move(from, to);
    return true;
}

bool SceneCollection::setItemVisible(const QString &sceneName, int index, bool visible, QString *error)
{
    SceneSpec *scene = mutableScene(sceneName, error);
    if (!scene)
        return false;
    if (index < 0 || index >= scene->items.size())
        return failWith(error, SceneCollection::tr("no item %1 in scene '%2'").arg(index).arg(sceneName));
    scene->items[index].visible = visible;
    return true;
}

bool SceneCollection::setItemGeometry(const QString &sceneName, int index, double xPx, double yPx, double widthPx, double heightPx, QString *error)
{
    SceneSpec *scene = mutableScene(sceneName, error);
    if (!scene)
        return false;
    if (index < 0 || index >= scene->items.size())
        return failWith(error, SceneCollection::tr("no item %1 in scene '%2'").arg(index).arg(sceneName));
    SceneItemSpec item = scene->items.at(index);
    item.xPx = xPx;
    item.yPx = yPx;
    item.boundsWidthPx = widthPx;
    item.boundsHeightPx = heightPx;
    if (!validTransform(item, error))
        return false;
    scene->items[index] = item;
    return true;
}

bool SceneCollection::setItemTransform(const QString &sceneName, int index, const SceneItemSpec &transform, QString *error)
{
    SceneSpec *scene = mutableScene(sceneName, error);
    if (!scene)
        return false;
    if (index < 0 || index >= scene->items.size())
        return failWith(error, SceneCollection::tr("no item %1 in scene '%2'").arg(index).arg(sceneName));
    SceneItemSpec item = transform;
    item.sourceName = scene->items.at(index).sourceName;
    item.visible = scene->items.at(index).visible;
    if (!validTransform(item, error))
        return false;
    scene->items[index] = item;
    return true;
}

bool SceneCollection::validTransform(const SceneItemSpec &item, QString *error)
{
    if (item.boundsWidthPx < 0 || item.boundsHeightPx < 0 || (item.boundsWidthPx > 0) != (item.boundsHeightPx > 0))
        return failWith(error, SceneCollection::tr("give both width and height, or neither"));
    for (double v : {item.xPx, item.yPx, item.boundsWidthPx, item.boundsHeightPx})
        if (!std::isfinite(v) || std::abs(v) > kMaxCoordinatePx)
            return failWith(error, SceneCollection::tr("positions and sizes must be within ±16384 pixels"));
    for (int side : {item.crop.left, item.crop.top, item.crop.right, item.crop.bottom})
        if (side < 0 || side > kMaxCoordinatePx)
            return failWith(error, SceneCollection::tr("a crop must be 0 to 16384 pixels"));
    if (!std::isfinite(item.rotationDeg) || item.rotationDeg < 0 || item.rotationDeg >= 360)
        return failWith(error, SceneCollection::tr("a rotation must be 0 to under 360 degrees"));
    return true;
}

bool SceneCollection::isSourceUsed(const QString &sourceName) const
{
    for (const SceneSpec &scene : m_scenes)
        for (const SceneItemSpec &item : scene.items)
            if (item.sourceName == sourceName)
                return true;
    return false;
}

} // namespace shopcast::broadcast
