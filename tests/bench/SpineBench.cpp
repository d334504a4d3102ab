// The action spine's cost on the GUI thread. (1) Starting a show while the
// storage writer is busy with a chat of 1,000 comments a second: the GUI
// thread's longest gap around show.start, the way it was (the show's row
// INSERTed and the writer flushed, as ShowTimeline::open did) against now
// (the id chosen on the GUI thread, the row queued). (2) One action through
// the registry (parameters checked, the handler, the timeline event) against
// the same switch called directly on the session: the registry's overhead.
#include "BenchStats.hpp"
#include "EventLoopGap.hpp"
#include "FakeEngine.hpp"

#include "actions/ActionRegistry.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "chat/ChatLog.hpp"
#include "chat/CommentHub.hpp"
#include "core/MonotonicClock.hpp"
#include "show/RundownSession.hpp"
#include "show/ShowSession.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace shopcast;

namespace {

void spin(qint64 ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the cards are drawn with QPainter, no display needed
    QGuiApplication app(argc, argv);
    std::printf("machine: %s, %d logical cores\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    QTemporaryDir dir;
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    core::SteadyClock clock;
    test::FakeEngine engine;
    chat::CommentHub hub(clock);
    show::ShowSession session(*db, engine, hub, clock);
    session.rundown().setPolling(false);
    QList<catalog::Product> products;
    for (int i = 0; i < 20; ++i) {
        catalog::Product p;
        p.sku = QStringLiteral("P%1").arg(i);
        p.title = QStringLiteral("商品%1").arg(i);
        p.price = catalog::Money::fromCents(990 + i);
        products.append(p);
    }
    if (!session.products().saveAll(products, QStringLiteral("bench"), &error))
        return 1;
    for (const catalog::Product &p : products)
        session.lineup().addProduct(p.sku, &error);

    // A busy room: 50 comments every 50 ms into a chat log of its own show.
    chat::ChatLog busy(db->writer(), 1);
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("INSERT INTO shows (id, title, started_at) VALUES (1, 'busy', '2026-12-02T00:00:00Z')"));
    }
    int n = 0;
    QTimer room;
    QObject::connect(&room, &QTimer::timeout, [&] {
        QList<chat::ChatEvent> batch;
        for (int i = 0; i < 50; ++i, ++n) {
            chat::ChatEvent e;
            e.platform = QStringLiteral("bench");
            e.id = QString::number(n);
            e.userName = QStringLiteral("u%1").arg(n % 300);
            e.text = QStringLiteral("好看 %1").arg(n);
            e.arrivedAtMs = clock.nowMs();
            batch.append(e);
        }
        busy.append(batch);
    });
    room.start(50);
    spin(500);

    constexpr int kRounds = 20;
    std::vector<double> before, now;
    for (int round = 0; round < kRounds; ++round) {
        // Before: the row written and waited for, as ShowTimeline::open did.
        test::EventLoopGap gap;
        gap.start();
        QTimer::singleShot(10, [&] {
            db->writer().submit(
                [](QSqlDatabase &c, QString *) {
                    QSqlQuery q(c);
                    return q.exec(QStringLiteral("INSERT INTO shows (title, started_at) VALUES ('old way', '2026-12-02T00:00:00Z')"));
                },
                QStringLiteral("bench"));
            db->writer().flush();
        });
        spin(150);
        gap.stop();
        before.push_back(double(gap.longestMs()));

        gap.start();
        QTimer::singleShot(10, [&] {
            session.actions().invoke(QStringLiteral("show.start"), {{QStringLiteral("title"), QStringLiteral("bench")}}, actions::Origin::Dock);
        });
        spin(150);
        gap.stop();
        now.push_back(double(gap.longestMs()));
        session.endShow(QStringLiteral("bench"));
    }
    std::printf("starting a show while the writer commits 1,000 comments/s (%d rounds; the GUI thread's longest gap, 2 ms ticks):\n"
                "  the row INSERTed and flushed (before): median %.0f ms, p90 %.0f ms, max %.0f ms\n"
                "  show.start through the registry, the row queued (now): median %.0f ms, p90 %.0f ms, max %.0f ms\n",
                kRounds, bench::median(before), bench::percentile(before, 0.9), bench::percentile(before, 1.0), bench::median(now), bench::percentile(now, 0.9),
                bench::percentile(now, 1.0));

    // The registry's overhead on one product switch, during a show.
    session.actions().invoke(QStringLiteral("show.start"), {{QStringLiteral("title"), QStringLiteral("switches")}}, actions::Origin::Dock);
    constexpr int kSwitches = 2'000;
    std::vector<double> direct, viaRegistry;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < kSwitches; ++i)
            session.explain(products.at(i % products.size()).sku, show::Trigger::Button);
        direct.push_back(double(t.nsecsElapsed()) / 1e3 / kSwitches);
        t.restart();
        for (int i = 0; i < kSwitches; ++i)
            session.actions().invoke(QStringLiteral("product.explain"), {{QStringLiteral("sku"), products.at((i + 1) % products.size()).sku}},
                                     actions::Origin::Hotkey);
        viaRegistry.push_back(double(t.nsecsElapsed()) / 1e3 / kSwitches);
        spin(50);
    }
    std::printf("a product switch during a show (card drawn, timeline written; medians of 5 x %d):\n"
                "  ShowSession::explain directly %.0f us; through the registry (checks, switch, action event) %.0f us; ratio %.2f\n",
                kSwitches, bench::median(direct), bench::median(viaRegistry), bench::median(viaRegistry) / bench::median(direct));
    room.stop();
    return 0;
}
