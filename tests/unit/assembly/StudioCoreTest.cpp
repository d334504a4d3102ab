// The composition root on the fake engine, without a display: the studio
// starts on its demo show, goes on with a show a killed run left open, and
// quits in steps — and the GUI thread waits for nothing on the way.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"

#include "actions/ActionRegistry.hpp"
#include "assembly/StudioCore.hpp"
#include "core/SecretStore.hpp"
#include "broadcast/BroadcastController.hpp"
#include "catalog/LineupModel.hpp"
#include "show/LiveProductController.hpp"
#include "show/ShowCheckpoint.hpp"
#include "show/ShowSession.hpp"
#include "show/ShowTimeline.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "work/GuiThreadCheck.hpp"

#include "broadcast/CollectionLibrary.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneCollectionImport.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace shopcast;

namespace {

assembly::EngineFactory fakeEngine(test::FakeEngine **made = nullptr)
{
    return [made](const broadcast::BroadcastSettings &, QStringList *, QString *) {
        auto engine = std::make_unique<test::FakeEngine>();
        if (made)
            *made = engine.get();
        return std::unique_ptr<broadcast::BroadcastEngine>(std::move(engine));
    };
}

std::unique_ptr<assembly::StudioCore> startStudio(const QString &profile, bool demo, assembly::StudioOptions::Resume resume,
                                                  test::FakeEngine **engine = nullptr)
{
    assembly::StudioOptions options;
    options.profileDir = profile;
    options.freshDemo = demo;
    options.resume = resume;
    QString error;
    auto studio = assembly::StudioCore::create(options, fakeEngine(engine), &error);
    INFO(error.toStdString());
    REQUIRE(studio);
    // A fresh profile's demo catalog is read on a worker; the rest of
    // start-up follows it (a resumable show then waits for its answer).
    REQUIRE_EVENTUALLY(studio->isCatalogReady(), 10'000);
    return studio;
}

// What a SIGKILL leaves: the show without its end (the launch tests kill
// the real binary; here the end the clean exit wrote is undone).
void leaveAsKilled(const QString &profile, qint64 showId)
{
    QString error;
    auto db = storage::Database::open(QDir(profile).filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE shows SET ended_at = NULL, end_reason = '' WHERE id = %1").arg(showId)));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM timeline_events WHERE show_id = %1 AND kind = 'show_end'").arg(showId)));
}

QString queryOne(storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("studio core: starts on the demo show on the fake engine, with every action registered, without waiting", "[assembly]")
{
    QTemporaryDir profile;
    const int waits = work::GuiThreadCheck::waitsOnGuiThread();
    auto studio = startStudio(profile.path(), true, assembly::StudioOptions::Resume::Never);
    CHECK(work::GuiThreadCheck::waitsOnGuiThread() == waits); // the show started without waiting for its row
    CHECK(studio->show().isRunning());
    CHECK(studio->show().timeline().title() == QStringLiteral("Today's show")); // the plan's title
    CHECK_FALSE(studio->show().live().onAirSku().isEmpty());
    CHECK_FALSE(studio->engine().scenes().collection().scenes().isEmpty()); // the demo scenes
    for (const char *id : {"product.explain", "rhythm.start", "lottery.draw", "output.stream", "output.record"})
        CHECK(studio->show().actions().contains(QLatin1String(id)));
    // The start is on the timeline with who asked: the studio itself.
    bool startedByStudio = false;
    for (const show::TimelineEvent &e : studio->show().timeline().events())
        startedByStudio = startedByStudio
                          || (e.kind == show::TimelineKind::Action && e.detail.value(QStringLiteral("id")).toString() == QStringLiteral("show.start")
                              && e.detail.value(QStringLiteral("origin")).toString() == QStringLiteral("startup"));
    CHECK(startedByStudio);
    // Its row reaches the file through the writer, ahead of its events.
    const qint64 id = studio->show().showId();
    REQUIRE(studio->show().database().writer().flush()); // a test may wait
    CHECK(queryOne(studio->show().database(), QStringLiteral("SELECT title FROM shows WHERE id = %1").arg(id)) == QStringLiteral("Today's show"));
    CHECK(queryOne(studio->show().database(), QStringLiteral("SELECT COUNT(*) FROM timeline_events WHERE show_id = %1").arg(id)).toInt()
          == int(studio->show().timeline().events().size()));
}

TEST_CASE("studio core: a keys file opened to others since the last run is owner-only again at start, and the window is told", "[assembly][secrets]")
{
    QTemporaryDir profile;
    const QString secrets = QDir(profile.path()).filePath(QStringLiteral("secrets.ini"));
    {
        QFile file(secrets);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[secrets]\n");
    }
    REQUIRE(QFile::setPermissions(secrets, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    auto studio = startStudio(profile.path(), false, assembly::StudioOptions::Resume::Never);
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    CHECK((QFile::permissions(secrets) & others) == 0);
    CHECK(studio->startupWarnings().filter(QStringLiteral("0600")).size() == 1);
}

TEST_CASE("studio core: a show a killed run left open is resumed from its checkpoint", "[assembly][resume]")
{
    QTemporaryDir profile;
    qint64 showId = 0;
    {
        auto first = startStudio(profile.path(), false, assembly::StudioOptions::Resume::Never);
        show::ShowSession &session = first->show();
        REQUIRE(session.actions().invoke(QStringLiteral("show.start"), {{QStringLiteral("title"), QStringLiteral("周五专场")}}, actions::Origin::Dock).ok);
        const QString second = session.lineup().productAt(1).sku;
        REQUIRE(session.actions().invoke(QStringLiteral("product.explain"), {{QStringLiteral("sku"), second}}, actions::Origin::Dock).ok);
        showId = session.showId();
        show::ShowCheckpoint::save(session.database(), session.checkpoint());
        REQUIRE(session.database().writer().flush());
    }
    leaveAsKilled(profile.path(), showId);
    auto again = startStudio(profile.path(), false, assembly::StudioOptions::Resume::Always);
    REQUIRE(again->show().isRunning());
    CHECK(again->show().showId() == showId);
    CHECK(again->show().timeline().title() == QStringLiteral("周五专场"));
    CHECK(again->show().live().onAirSku() == again->show().lineup().productAt(1).sku);
    bool resumed = false;
    for (const show::TimelineEvent &e : again->show().timeline().events())
        resumed = resumed || e.kind == show::TimelineKind::ShowResumed;
    CHECK(resumed);
}

TEST_CASE("studio core: the demo catalog is read off the GUI thread, and a resume answered before it is in waits for it", "[assembly][resume]")
{
    QTemporaryDir profile;
    qint64 showId = 0;
    QString second;
    {
        auto first = startStudio(profile.path(), true, assembly::StudioOptions::Resume::Never);
        show::ShowSession &session = first->show();
        REQUIRE(session.isRunning()); // the demo show starts on its own
        second = session.lineup().productAt(1).sku;
        REQUIRE(session.actions().invoke(QStringLiteral("product.explain"), {{QStringLiteral("sku"), second}}, actions::Origin::Dock).ok);
        showId = session.showId();
        show::ShowCheckpoint::save(session.database(), session.checkpoint());
        REQUIRE(session.database().writer().flush());
    }
    leaveAsKilled(profile.path(), showId);

    const int heavy = work::GuiThreadCheck::heavyWorkOnGuiThread();
    assembly::StudioOptions options;
    options.profileDir = profile.path();
    options.freshDemo = true;
    options.resume = assembly::StudioOptions::Resume::Ask;
    QString error;
    auto again = assembly::StudioCore::create(options, fakeEngine(), &error);
    REQUIRE(again);
    REQUIRE(again->resumeOffer());
    // create() returned without turning the event loop: the worker's answer cannot be in yet.
    CHECK_FALSE(again->isCatalogReady());
    QSignalSpy finished(again.get(), &assembly::StudioCore::startupFinished);
    again->answerResume(true);
    CHECK_FALSE(again->isStartupFinished()); // taken, acted on once the catalog is in
    REQUIRE_EVENTUALLY(finished.count() == 1, 10'000);
    CHECK(again->isStartupFinished());
    CHECK(again->show().showId() == showId);
    // The demo puts its first product on air; the resumed show's product wins, as before.
    CHECK(again->show().live().onAirSku() == second);
    CHECK(work::GuiThreadCheck::heavyWorkOnGuiThread() == heavy); // the catalog was parsed on a worker
}

TEST_CASE("studio core: quitting while recording finishes the recording, ends the show and commits, in steps", "[assembly][shutdown]")
{
    QTemporaryDir profile;
    test::FakeEngine *engine = nullptr;
    auto studio = startStudio(profile.path(), true, assembly::StudioOptions::Resume::Never, &engine);
    REQUIRE(engine);
    studio->settings().recordingDir = profile.path();
    studio->broadcast().startRecording();
    REQUIRE(studio->broadcast().isRecording());
    const qint64 id = studio->show().showId();

    const int waits = work::GuiThreadCheck::waitsOnGuiThread();
    QSignalSpy progress(studio.get(), &assembly::StudioCore::shutdownProgress);
    QSignalSpy finished(studio.get(), &assembly::StudioCore::shutdownFinished);
    studio->shutdown(QStringLiteral("quit"));
    CHECK(studio->isShuttingDown());
    studio->shutdown(QStringLiteral("again")); // a second signal: nothing more
    REQUIRE_EVENTUALLY(finished.count() == 1, 30'000);
    CHECK(work::GuiThreadCheck::waitsOnGuiThread() == waits);
    CHECK_FALSE(studio->broadcast().isRecording());
    CHECK(engine->outputControl.calls.contains(QStringLiteral("stopRecording")));
    REQUIRE(progress.count() >= 2);
    CHECK(progress.at(0).at(0).toString().contains(QStringLiteral("recording")));
    CHECK_FALSE(studio->show().isRunning());
    // Committed before the studio said it was done: the end is in the file.
    CHECK(queryOne(studio->show().database(), QStringLiteral("SELECT end_reason FROM shows WHERE id = %1").arg(id)) == QStringLiteral("quit"));
    CHECK(finished.count() == 1);
}

TEST_CASE("studio core: resuming a show that was live and recording can start both again in the same answer", "[assembly][resume]")
{
    QTemporaryDir profile;
    qint64 showId = 0;
    {
        test::FakeEngine *engine = nullptr;
        auto first = startStudio(profile.path(), false, assembly::StudioOptions::Resume::Never, &engine);
        first->settings().recordingDir = profile.path();
        first->settings().destinations.append({QStringLiteral("t"), QStringLiteral("抖音"), QStringLiteral("rtmp://127.0.0.1/live"), true});
        QString error;
        REQUIRE(first->saveSettings(&error));
        first->secrets().setFileFallbackAllowed(true); // no keyring here; the user said yes
        bool written = false;
        first->secrets().writeLater(QStringLiteral("destination/t"), QStringLiteral("k"), first.get(), [&](bool ok, const QString &) { written = ok; });
        REQUIRE_EVENTUALLY(written, 10'000);
        show::ShowSession &session = first->show();
        REQUIRE(session.actions().invoke(QStringLiteral("show.start"), {{QStringLiteral("title"), QStringLiteral("周五专场")}}, actions::Origin::Dock).ok);
        first->broadcast().startStreaming();
        REQUIRE_EVENTUALLY(first->broadcast().isStreaming(), 10'000);
        first->broadcast().startRecording();
        REQUIRE(first->broadcast().isRecording());
        showId = session.showId();
        const show::ShowCheckpoint checkpoint = session.checkpoint();
        CHECK(checkpoint.streaming);
        CHECK(checkpoint.recording);
        show::ShowCheckpoint::save(session.database(), checkpoint);
        REQUIRE(session.database().writer().flush());
    }
    leaveAsKilled(profile.path(), showId);
    test::FakeEngine *engine = nullptr;
    auto again = startStudio(profile.path(), false, assembly::StudioOptions::Resume::Ask, &engine);
    REQUIRE(again->resumeOffer());
    CHECK(again->resumeOffer()->checkpoint.streaming); // read back from the database
    CHECK(again->resumeOffer()->checkpoint.recording);
    CHECK_FALSE(again->broadcast().isStreaming());
    again->answerResume(true, true);
    CHECK(again->show().isRunning());
    CHECK(again->broadcast().isRecording());
    REQUIRE_EVENTUALLY(again->broadcast().isStreaming(), 10'000); // once the keyring (here the file) answers
    REQUIRE(engine);
    REQUIRE(engine->outputControl.streamedTo.size() == 1);
    CHECK(engine->outputControl.streamedTo.first().streamKey() == QStringLiteral("k")); // the same destination
}

TEST_CASE("studio core: scene collections are made, switched, duplicated, renamed and removed, switching is refused while recording", "[assembly][collections]")
{
    QTemporaryDir profile;
    auto studio = startStudio(profile.path(), true, assembly::StudioOptions::Resume::Never);
    // A profile from before collections: its scenes.json is the first one.
    REQUIRE(studio->collections().names().size() == 1);
    const QString first = studio->collections().current();
    CHECK(studio->collections().pathOf(first) == QDir(profile.path()).filePath(QStringLiteral("scenes.json")));
    const broadcast::SceneCollection demo = studio->engine().scenes().collection();
    QString error;

    // The OBS import lands as a collection of its own, switched to.
    const auto imported = broadcast::SceneCollectionImport::fromFile(QStringLiteral(SHOPCAST_FIXTURES "/obs/直播间-obs29.json"),
                                                                     broadcast::SceneCollectionImport::studioInputKinds(), &error);
    REQUIRE(imported);
    QString added;
    REQUIRE(studio->addCollection(QStringLiteral("直播间"), imported->collection, true, &added, &error));
    CHECK(added == QStringLiteral("直播间"));
    CHECK(studio->collections().current() == QStringLiteral("直播间"));
    CHECK(studio->engine().scenes().collection() == imported->collection);

    // Switching while recording is refused; the scenes stay.
    REQUIRE(studio->engine().outputs().startRecording(profile.filePath(QStringLiteral("show.mkv")), {}, &error));
    CHECK_FALSE(studio->switchCollection(first, &error));
    CHECK(error.contains(QStringLiteral("recording")));
    CHECK(studio->collections().current() == QStringLiteral("直播间"));
    studio->engine().outputs().stopRecording();

    // An edit is saved on the way out; switching back brings the demo's scenes.
    REQUIRE(studio->engine().scenes().addScene(QStringLiteral("加的"), &error));
    REQUIRE(studio->switchCollection(first, &error));
    CHECK(studio->engine().scenes().collection() == demo);
    REQUIRE(studio->switchCollection(QStringLiteral("直播间"), &error));
    CHECK(studio->engine().scenes().collection().findScene(QStringLiteral("加的")));

    // Duplicate (a second with the same name gets " 2"), rename, remove; not the current one.
    REQUIRE(studio->addCollection(QStringLiteral("直播间"), studio->engine().scenes().collection(), false, &added, &error));
    CHECK(added == QStringLiteral("直播间 2"));
    CHECK_FALSE(studio->renameCollection(added, QStringLiteral("直播间"), &error)); // taken
    REQUIRE(studio->renameCollection(added, QStringLiteral("备份"), &error));
    CHECK_FALSE(studio->removeCollection(QStringLiteral("直播间"), &error)); // in use
    const QString backupFile = studio->collections().pathOf(QStringLiteral("备份"));
    CHECK(QFileInfo::exists(backupFile));
    REQUIRE(studio->removeCollection(QStringLiteral("备份"), &error));
    CHECK_FALSE(QFileInfo::exists(backupFile));
    CHECK(studio->collections().names() == QStringList{first, QStringLiteral("直播间")});
    // An empty new one has one scene.
    REQUIRE(studio->addCollection(QStringLiteral("空的"), std::nullopt, true, &added, &error));
    CHECK(studio->engine().scenes().collection().scenes().size() == 1);
    REQUIRE(studio->switchCollection(QStringLiteral("直播间"), &error));
    studio.reset();

    // The next start opens the last one; --collection picks another, an unknown one is said.
    auto again = startStudio(profile.path(), false, assembly::StudioOptions::Resume::Never);
    CHECK(again->collections().current() == QStringLiteral("直播间"));
    CHECK(again->engine().scenes().collection().findScene(QStringLiteral("加的")));
    again.reset();
    assembly::StudioOptions options;
    options.profileDir = profile.path();
    options.resume = assembly::StudioOptions::Resume::Never;
    options.collection = QStringLiteral("空的");
    auto picked = assembly::StudioCore::create(options, fakeEngine(), &error);
    REQUIRE(picked);
    CHECK(picked->collections().current() == QStringLiteral("空的"));
    picked.reset();
    options.collection = QStringLiteral("没有这个");
    auto unknown = assembly::StudioCore::create(options, fakeEngine(), &error);
    REQUIRE(unknown);
    CHECK(unknown->collections().current() == QStringLiteral("空的"));
    CHECK(unknown->startupWarnings().join(QLatin1Char(' ')).contains(QStringLiteral("没有这个")));
}
