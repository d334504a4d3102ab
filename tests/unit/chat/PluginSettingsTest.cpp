// The plugin boundary: settings, secrets and badges come from what a plugin
// declares in its metadata, and types cross the boundary with one meta-object.
#include "CatchQt.hpp"
#include "SecretWait.hpp"

#include "chat/ChatModel.hpp"
#include "chat/CommentHub.hpp"
#include "chat/CommentPluginLoader.hpp"
#include "chat/CommentSources.hpp"
#include "core/MonotonicClock.hpp"
#include "core/SecretStore.hpp"
#include "pluginapi/PluginMetadata.hpp"
#include "pluginapi/ReconnectingSource.hpp"

#include <QSignalSpy>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QTemporaryDir>
#include <QUuid>

#include <optional>

using namespace shopcast;
using chat::PluginMetadata;

namespace {

PluginMetadata declared()
{
    const QByteArray json = R"({
      "id": "shop", "version": "1.0.0", "name": {"en": "Shop", "zh_CN": "商店"},
      "badge": {"text": "S", "color": "#ff0000"},
      "settings": [
        {"key": "room", "kind": "integer", "required": true, "min": 1, "max": 1000},
        {"key": "token", "kind": "text", "secret": true, "required": true},
        {"key": "speed", "kind": "number", "default": 1, "min": 0.5, "max": 4},
        {"key": "mode", "kind": "choice", "choices": ["a", "b"], "default": "a"},
        {"key": "loop", "kind": "boolean", "default": false},
        {"key": "name", "kind": "text", "pattern": "^[a-z]+$", "label": {"en": "Name", "zh_CN": "名字"}}
      ]})";
    QString error;
    auto m = PluginMetadata::fromJson(QJsonDocument::fromJson(json).object(), &error);
    INFO(error.toStdString());
    REQUIRE(m);
    return *m;
}

} // namespace

TEST_CASE("plugin settings: values are checked and filled from the declaration", "[chat][plugins][settings]")
{
    const PluginMetadata m = declared();
    CHECK(m.nameFor(QLocale(QStringLiteral("zh_CN"))) == QStringLiteral("商店"));
    CHECK(m.nameFor(QLocale(QStringLiteral("de_DE"))) == QStringLiteral("Shop"));
    CHECK(m.setting(QStringLiteral("name"))->labelFor(QLocale(QStringLiteral("zh_CN"))) == QStringLiteral("名字"));
    CHECK(m.setting(QStringLiteral("room"))->labelFor(QLocale()) == QStringLiteral("room")); // no label: the key
    CHECK(m.secretKeys() == QStringList{QStringLiteral("token")});
    CHECK(m.badges.value(QStringLiteral("shop")).color == QColor(0xff, 0, 0));

    QStringList errors;
    const auto ok = m.normalize(
        {{QStringLiteral("room"), QStringLiteral(" 42 ")}, {QStringLiteral("token"), QStringLiteral("t")}, {QStringLiteral("loop"), QStringLiteral("true")}},
        &errors);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(ok);
    CHECK(ok->value(QStringLiteral("room")).toDouble() == 42); // typed as text, handed over as a number
    CHECK(ok->value(QStringLiteral("speed")).toDouble() == 1); // defaults filled in
    CHECK(ok->value(QStringLiteral("mode")).toString() == QStringLiteral("a"));
    CHECK(ok->value(QStringLiteral("loop")).toBool());
    CHECK_FALSE(ok->contains(QStringLiteral("name"))); // optional, no default: absent

    errors.clear();
    CHECK_FALSE(m.normalize({{QStringLiteral("room"), 0},
                             {QStringLiteral("speed"), QStringLiteral("fast")},
                             {QStringLiteral("mode"), QStringLiteral("c")},
                             {QStringLiteral("name"), QStringLiteral("Bad Name")},
                             {QStringLiteral("extra"), 1},
                             {QStringLiteral("loop"), 3}},
                            &errors));
    const QString all = errors.join(QLatin1Char('\n'));
    CHECK(errors.size() == 7);
    CHECK(all.contains(QStringLiteral("extra: not a setting of shop")));
    CHECK(all.contains(QStringLiteral("room: 0 is outside")));
    CHECK(all.contains(QStringLiteral("token: required")));
    CHECK(all.contains(QStringLiteral("speed: 'fast' is not a number")));
    CHECK(all.contains(QStringLiteral("mode: one of a, b")));
    CHECK(all.contains(QStringLiteral("name: 'Bad Name' is not in the expected form")));
    CHECK(all.contains(QStringLiteral("loop: true or false")));

    // Whole numbers, huge and non-finite values, very long text.
    errors.clear();
    CHECK_FALSE(m.normalize({{QStringLiteral("room"), 1.5}, {QStringLiteral("token"), QString(5000, QLatin1Char('x'))}}, &errors));
    CHECK(errors.join(QLatin1Char('\n')).contains(QStringLiteral("whole number")));
    CHECK(errors.join(QLatin1Char('\n')).contains(QStringLiteral("4,096")));
    errors.clear();
    CHECK_FALSE(m.normalize({{QStringLiteral("room"), QStringLiteral("1e400")}, {QStringLiteral("token"), QStringLiteral("t")}}, &errors));
}

TEST_CASE("plugin settings: a broken declaration is refused with its reason", "[chat][plugins][settings]")
{
    QString error;
    CHECK_FALSE(PluginMetadata::fromJson(QJsonDocument::fromJson(R"({"id":"x","version":"1","settings":[{"key":"a b"}]})").object(), &error));
    CHECK(error.contains(QStringLiteral("key")));
    CHECK_FALSE(PluginMetadata::fromJson(QJsonDocument::fromJson(R"({"id":"x","version":"1","settings":[{"key":"a"},{"key":"a"}]})").object(), &error));
    CHECK(error.contains(QStringLiteral("twice")));
    CHECK_FALSE(PluginMetadata::fromJson(QJsonDocument::fromJson(R"({"id":"x","version":"1","settings":[{"key":"c","kind":"choice"}]})").object(), &error));
    CHECK(error.contains(QStringLiteral("no choices")));
    CHECK_FALSE(PluginMetadata::fromJson(QJsonDocument::fromJson(R"({"id":"x","version":"1","badge":{"color":"not-a-colour"}})").object(), &error));
    CHECK(error.contains(QStringLiteral("not a colour")));
    CHECK_FALSE(PluginMetadata::fromJson(
        QJsonDocument::fromJson(R"({"id":"x","version":"1","settings":[{"key":"k","secret":true,"default":"leak"}]})").object(), &error));
    CHECK(error.contains(QStringLiteral("secret")));
}

namespace {

using test::readSecret;

// Where the first remembered source's token is kept (its id is in the profile).
QString savedTokenKey(const QTemporaryDir &profile)
{
    QFile saved(profile.filePath(QStringLiteral("comment-sources.json")));
    if (!saved.open(QIODevice::ReadOnly))
        return {};
    const QString id = QJsonDocument::fromJson(saved.readAll()).array().at(0).toObject().value(QStringLiteral("id")).toString();
    return QStringLiteral("comments/%1/token").arg(id);
}

} // namespace

TEST_CASE("comment sources: a plugin's settings, secrets and badge come only from its metadata", "[chat][plugins][settings]")
{
    QTemporaryDir profile;
    core::SecretStore secrets(QStringLiteral("ShopCast test ") + QUuid::createUuid().toString(), profile.filePath(QStringLiteral("secrets.ini")));
    secrets.setFileFallbackAllowed(true); // as a user who chose the file when asked
    core::ManualClock clock;
    chat::CommentHub hub(clock);
    const auto plugins = chat::CommentPluginLoader::load({QStringLiteral(SHOPCAST_TEST_PLUGIN_DIR)});
    const QString secret = QStringLiteral("s3cret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        chat::CommentSources sources(hub, plugins, profile.path(), &secrets);
        const chat::CommentPlugin *plugin = sources.plugin(QStringLiteral("fixture-settings"));
        REQUIRE(plugin);
        CHECK(plugin->metadata.settings.size() == 5);
        QString error;
        CHECK_FALSE(sources.startSource(QStringLiteral("fixture-settings"), {{QStringLiteral("room"), QStringLiteral("0")}}, &error));
        CHECK(error.contains(QStringLiteral("room: 0 is outside")));
        CHECK(error.contains(QStringLiteral("token: required")));
        CHECK(sources.sourceCount() == 0);

        REQUIRE(sources.startSource(QStringLiteral("fixture-settings"), {{QStringLiteral("room"), QStringLiteral("42")}, {QStringLiteral("token"), secret}},
                                    &error));
        const QJsonObject configured = sources.source(0)->property("configured").toJsonObject();
        CHECK(configured.value(QStringLiteral("room")).toDouble() == 42);
        CHECK(configured.value(QStringLiteral("mode")).toString() == QStringLiteral("fast"));
        CHECK(configured.value(QStringLiteral("token")).toString() == secret);

        // The chat shows the plugin's badge, and the badge of a platform it relays.
        chat::ChatModel model(100, 1'000'000);
        sources.applyBadges(model);
        chat::ChatEvent e;
        e.platform = QStringLiteral("relayed");
        e.id = QStringLiteral("1");
        e.text = QStringLiteral("hi");
        model.append({e});
        model.flush();
        const QPixmap badge = model.data(model.index(0), Qt::DecorationRole).value<QPixmap>();
        REQUIRE_FALSE(badge.isNull());
        CHECK(badge.toImage().pixelColor(2, 8) == QColor(0xab, 0xcd, 0xef));
    }
    QFile saved(profile.filePath(QStringLiteral("comment-sources.json")));
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray json = saved.readAll();
    CHECK(json.contains("fixture-settings"));
    CHECK_FALSE(json.contains(secret.toUtf8())); // the declared secret is only in the secret store

    // The token went to the store when the source started (its answer came later).
    const QString tokenKey = savedTokenKey(profile);
    REQUIRE_EVENTUALLY(readSecret(secrets, tokenKey) == secret, 30'000);
    chat::CommentSources again(hub, plugins, profile.path(), &secrets);
    QSignalSpy restored(&again, &chat::CommentSources::restored);
    CHECK(again.restore().isEmpty());
    REQUIRE_EVENTUALLY(restored.count() == 1, 10'000); // after the keyring's answer
    REQUIRE(again.sourceCount() == 1);
    CHECK(again.source(0)->property("configured").toJsonObject().value(QStringLiteral("token")).toString() == secret);
    again.forget(0);
    REQUIRE_EVENTUALLY(!readSecret(secrets, tokenKey).has_value(), 30'000);
}

TEST_CASE("plugin API: a plugin's source is the host's type (one meta-object across the boundary)", "[chat][plugins]")
{
    const auto loaded = chat::CommentPluginLoader::load({QStringLiteral(SHOPCAST_PLUGIN_DIR)});
    for (const QString &id : {QStringLiteral("twitch"), QStringLiteral("bilibili")}) {
        const auto plugin = std::find_if(loaded.plugins.cbegin(), loaded.plugins.cend(), [&](const auto &p) { return p.id == id; });
        REQUIRE(plugin != loaded.plugins.cend());
        std::unique_ptr<chat::CommentSource> source(plugin->factory->create(nullptr));
        CHECK(qobject_cast<chat::ReconnectingSource *>(source.get()) != nullptr);
        CHECK(source->metaObject()->superClass() == &chat::ReconnectingSource::staticMetaObject);
    }
}

TEST_CASE("comment sources: without a keyring a token waits for the user's yes before it goes to the file", "[chat][plugins][settings][secrets]")
{
    QTemporaryDir profile;
    const QString fallback = profile.filePath(QStringLiteral("secrets.ini"));
    core::SecretStore secrets(QStringLiteral("ShopCast test ") + QUuid::createUuid().toString(), fallback);
    core::ManualClock clock;
    chat::CommentHub hub(clock);
    const auto plugins = chat::CommentPluginLoader::load({QStringLiteral(SHOPCAST_TEST_PLUGIN_DIR)});
    const QString secret = QStringLiteral("s3cret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        chat::CommentSources sources(hub, plugins, profile.path(), &secrets);
        QString error;
        QSignalSpy consent(&sources, &chat::CommentSources::secretsNeedConsent);
        QSignalSpy failed(&sources, &chat::CommentSources::sourceFailed);
        REQUIRE(sources.startSource(QStringLiteral("fixture-settings"), {{QStringLiteral("room"), QStringLiteral("42")}, {QStringLiteral("token"), secret}},
                                    &error));
        CHECK(sources.source(0)->property("configured").toJsonObject().value(QStringLiteral("token")).toString() == secret); // it runs at once
        // The store answers later: stored in a keyring, or the window is asked to ask the user.
        REQUIRE_EVENTUALLY(consent.count() > 0 || readSecret(secrets, savedTokenKey(profile)).has_value(), 30'000);
        if (consent.isEmpty()) {
            WARN("this machine has a working keyring: the file fallback is not reached");
            return;
        }
        CHECK(secrets.keyringUnavailable());
        CHECK(sources.hasUnstoredSecrets());
        CHECK_FALSE(QFile::exists(fallback)); // nothing on disk without the user's yes
        secrets.setFileFallbackAllowed(true); // the user said yes
        sources.storeUnstoredSecrets();
        REQUIRE_EVENTUALLY(!sources.hasUnstoredSecrets(), 30'000);
        CHECK(failed.isEmpty());
        CHECK(QFile::exists(fallback));
    }
    chat::CommentSources again(hub, plugins, profile.path(), &secrets);
    QSignalSpy restored(&again, &chat::CommentSources::restored);
    CHECK(again.restore().isEmpty());
    REQUIRE_EVENTUALLY(restored.count() == 1, 10'000); // the token from the file, answered as the keyring would
    REQUIRE(again.sourceCount() == 1);
    CHECK(again.source(0)->property("configured").toJsonObject().value(QStringLiteral("token")).toString() == secret);
}
