#include "ShowSession.hpp"

#include "LiveProductController.hpp"
#include "PlanRepository.hpp"
#include "RundownSession.hpp"
#include "ShowActions.hpp"
#include "ShowRecovery.hpp"
#include "ShowTimeline.hpp"

#include "actions/ActionRegistry.hpp"
#include "broadcast/BroadcastEngine.hpp"
#include "broadcast/RecordingRemuxer.hpp"
#include "catalog/CatalogImport.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "chat/ChatLog.hpp"
#include "chat/ChatModel.hpp"
#include "chat/CommentHub.hpp"
#include "core/MonotonicClock.hpp"
#include "interact/LotteryController.hpp"
#include "interact/PollController.hpp"
#include "moderation/ModerationController.hpp"
#include "overlay/PinnedCommentRenderer.hpp"
#include "overlay/SalesTickerRenderer.hpp"
#include "overlay/ProductCardRenderer.hpp"
#include "rundown/PlanGenerator.hpp"
#include "rundown/PlanTableModel.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace shopcast::show {

using broadcast::OutputState;

namespace {
QString stateId(OutputState state)
{
    switch (state) {
    case OutputState::Idle: return QStringLiteral("idle");
    case OutputState::Connecting: return QStringLiteral("connecting");
    case OutputState::Live: return QStringLiteral("live");
    case OutputState::Reconnecting: return QStringLiteral("reconnecting");
    case OutputState::Failed: return QStringLiteral("failed");
    case OutputState::Stopped: return QStringLiteral("stopped");
    }
    return {};
}
} // namespace

ShowSession::ShowSession(storage::Database &db, broadcast::BroadcastEngine &engine, chat::CommentHub &hub, const core::MonotonicClock &clock,
                         const QString &moderationRulesPath, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_engine(engine)
    , m_hub(hub)
    , m_clock(clock)
    , m_products(std::make_unique<catalog::ProductRepository>(db))
    , m_lineup(std::make_unique<catalog::LineupModel>(db, *m_products))
    , m_timeline(std::make_unique<ShowTimeline>(db, clock))
    , m_live(std::make_unique<LiveProductController>(*m_lineup, *m_timeline, clock))
    , m_plans(std::make_unique<PlanRepository>(db))
    , m_rundown(std::make_unique<RundownSession>(clock, m_timeline.get()))
    , m_planEditor(std::make_unique<rundown::PlanTableModel>())
    , m_chatModel(std::make_unique<chat::ChatModel>())
    , m_chatLog(std::make_unique<chat::ChatLog>(db.writer()))
    , m_moderation(std::make_unique<moderation::ModerationController>(db, moderationRulesPath))
    , m_interactions(std::make_unique<InteractionRoom>(db, clock, *m_timeline, *m_rundown, engine.program()))
    , m_notes(std::make_unique<ProducerNotes>())
    , m_sales(std::make_unique<SalesRoom>(db, *m_timeline, clock))
    , m_ticker(std::make_unique<SalesTicker>(clock))
    , m_actions(std::make_unique<actions::ActionRegistry>())
{
    ShowActions::registerOn(*m_actions, *this);
    connect(m_actions.get(), &actions::ActionRegistry::invoked, this, &ShowSession::recordInvocation);
    connect(&m_db.writer(), &storage::StorageWriter::writeFailed, this, [this](const QString &error) { emit message(tr("Not saved: %1").arg(error), true); });
    connect(m_live.get(), &LiveProductController::cardChanged, this,
            [this](const QImage &card) { m_engine.program().setOverlayImage(QStringLiteral("product_card"), card); });
    connect(m_live.get(), &LiveProductController::pictureChanged, this,
            [this](const QImage &picture) { m_engine.program().setOverlayImage(QStringLiteral("product_picture"), picture); });
    connect(m_live.get(), &LiveProductController::message, this, &ShowSession::message);
    connect(m_rundown.get(), &RundownSession::message, this, &ShowSession::message);
    connect(m_rundown.get(), &RundownSession::aboutToStart, this, [this] { ensureShow(QStringLiteral("rundown")); });
    connect(m_rundown.get(), &RundownSession::productDue, this, [this](const QString &sku) {
        m_actions->invoke(QStringLiteral("product.explain"), {{QStringLiteral("sku"), sku}}, actions::Origin::Timer);
    });
    connect(m_rundown.get(), &RundownSession::interactionDue, this, [this](rundown::SlotKind kind, int slotIndex) {
        m_interactions->slotDue(kind, slotIndex);
        emit interactionRequested(kind, slotIndex);
    });
    connect(m_interactions.get(), &InteractionRoom::message, this, &ShowSession::message);
    // Every comment passes moderation before anything else sees it.
    connect(&m_hub, &chat::CommentHub::accepted, m_moderation.get(), &moderation::ModerationController::process);
    connect(m_moderation.get(), &moderation::ModerationController::judged, m_chatModel.get(), &chat::ChatModel::append);
    connect(m_moderation.get(), &moderation::ModerationController::judged, this, [this](const QList<chat::ChatEvent> &events) {
        for (const chat::ChatEvent &e : events)
            m_commentRate.add(e.arrivedAtMs);
    });
    connect(m_moderation.get(), &moderation::ModerationController::approved, m_chatModel.get(), &chat::ChatModel::append);
    connect(m_moderation.get(), &moderation::ModerationController::passed, this, &ShowSession::onComments);
    connect(m_moderation.get(), &moderation::ModerationController::message, this, &ShowSession::message);
    // Viewers asked to type the lottery's keyword or a vote type it again and
    // again: found by the show benchmark, where the repeat rule hid (and
    // escalated to timeouts) every viewer who had typed it before entries opened.
    const auto repeatable = [this] {
        QStringList texts;
        if (m_interactions->lottery().state() == interact::LotteryController::State::Open)
            texts.append(m_interactions->lottery().preset().keyword);
        if (m_interactions->poll().isOpen())
            for (const interact::PollOption &option : m_interactions->poll().options())
                texts += option.keywords;
        m_moderation->setRepeatable(texts);
    };
    connect(&m_interactions->lottery(), &interact::LotteryController::stateChanged, this, repeatable);
    connect(&m_interactions->poll(), &interact::PollController::stateChanged, this, repeatable);
    connect(&m_hub, &chat::CommentHub::salesReceived, m_sales.get(), &SalesRoom::ingest);
    connect(&m_hub, &chat::CommentHub::audienceReceived, m_sales.get(), &SalesRoom::ingestAudience);
    connect(this, &ShowSession::onAirChanged, m_sales.get(), &SalesRoom::setOnAir);
    connect(m_sales.get(), &SalesRoom::changed, m_live.get(), [this] { m_live->setSoldUnits(m_sales->soldUnitsBySku()); });
    connect(m_sales.get(), &SalesRoom::sold, m_ticker.get(), [this](Sale sale) {
        if (sale.title.isEmpty()) // the bridge may send only the SKU: the lineup names it
            if (const int row = m_lineup->rowOfSku(sale.sku); row >= 0)
                sale.title = m_lineup->productAt(row).title;
        if (sale.title.isEmpty())
            sale.title = sale.sku;
        m_ticker->offer(sale);
    });
    connect(m_ticker.get(), &SalesTicker::shown, this, &ShowSession::renderTicker);
    connect(&m_hub, &chat::CommentHub::sourceError, this, [this](const QString &error) { emit message(error, true); });
    connect(&m_engine.program(), &broadcast::ProgramView::canvasChanged, this, &ShowSession::applyCanvas);
    applyCanvas(m_engine.program().canvas());
    followOutputs();
    followLineup();
    // Once a second while live: a crash loses at most that of where the show stands.
    m_checkpointTimer.setInterval(1000);
    connect(&m_checkpointTimer, &QTimer::timeout, this, [this] { ShowCheckpoint::save(m_db, checkpoint()); });
    // The plan changes rarely; the checkpoint carries it every second.
    connect(m_rundown.get(), &RundownSession::planChanged, this, [this] { m_planJson = m_rundown->plan().toJson(); });
    m_planJson = m_rundown->plan().toJson();
    connect(m_timeline.get(), &ShowTimeline::opened, &m_checkpointTimer, qOverload<>(&QTimer::start));
    connect(m_timeline.get(), &ShowTimeline::closed, &m_checkpointTimer, &QTimer::stop);
}

// The show's last writes are queued; the storage writer commits them before
// it stops (the database outlives the session).
ShowSession::~ShowSession()
{
    endShow(QStringLiteral("closed"));
}

QString ShowSession::triggerId(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Button: return QStringLiteral("button");
    case Trigger::Hotkey: return QStringLiteral("hotkey");
    case Trigger::LineupClick: return QStringLiteral("lineup");
    case Trigger::Rhythm: return QStringLiteral("rhythm");
    case Trigger::LineupChange: return QStringLiteral("lineup_change");
    case Trigger::Startup: return QStringLiteral("startup");
    case Trigger::Remote: return QStringLiteral("remote");
    case Trigger::Resume: return QStringLiteral("resume");
    }
    return {};
}

QStringList ShowSession::load()
{
    QStringList problems;
    QString why;
    if (!m_lineup->load(&why))
        problems.append(tr("The lineup could not be loaded: %1").arg(why));
    why.clear();
    std::optional<rundown::ShowPlan> plan = m_plans->current(&why);
    if (!why.isEmpty())
        problems.append(tr("The saved show plan could not be read (%1); it is kept in the database and a new plan was made.").arg(why));
    if (!plan) {
        // A first plan from the lineup, following the 332 rule, so the timer
        // has something to run; the producer edits it in the Plan dock.
        QStringList skus;
        for (int r = 0; r < m_lineup->rowCount(); ++r)
            skus.append(m_lineup->productAt(r).sku);
        plan = rundown::PlanGenerator::generate(skus, rundown::RhythmRule::preset332(), {tr("Today's show"), 300'000, 180'000});
    }
    m_rundown->setPlan(*plan);
    m_planEditor->setPlan(*plan);
    return problems;
}

void ShowSession::loadDemo(const QString &resourceDir, std::function<void(const QStringList &)> done)
{
    const QString demoCatalog = QDir(resourceDir).filePath(QStringLiteral("demo/products.csv"));
    catalog::CatalogImport::start(demoCatalog, *m_products, this, [this, demoCatalog, done = std::move(done)](const catalog::CatalogImport &result) {
        if (!result.ok()) {
            done({result.summary(demoCatalog)});
            return;
        }
        if (m_lineup->rowCount() == 0) {
            QString ignored;
            for (const catalog::Product &p : result.parsed.products)
                m_lineup->addProduct(p.sku, &ignored);
        }
        if (m_lineup->rowCount() > 0)
            explainRow(0, Trigger::Startup);
        done({});
    });
}

bool ShowSession::isRunning() const
{
    return m_timeline->isOpen();
}

qint64 ShowSession::showId() const
{
    return m_timeline->showId();
}

bool ShowSession::startShow(const QString &title, QString *error)
{
    if (isRunning())
        return true;
    // Untitled, a show is called what its plan is called (the producer named
    // it), and only without a plan by its date.
    QString name = title.trimmed();
    if (name.isEmpty())
        name = m_rundown->plan().title.trimmed();
    if (name.isEmpty())
        name = tr("Show %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!m_timeline->open(name, error))
        return false;
    m_chatLog->setShowId(m_timeline->showId());
    m_moderation->setShowId(m_timeline->showId());
    m_interactions->setShowId(m_timeline->showId());
    // Where things stand as the show opens: the replay starts from here.
    m_timeline->record(TimelineKind::ShowStart, m_live->onAirSku(),
                       {{QStringLiteral("title"), name},
                        {QStringLiteral("onAirSku"), m_live->onAirSku()},
                        {QStringLiteral("slotIndex"), m_rundown->clock().state().slotIndex}});
    if (const auto product = m_live->onAirProduct())
        m_timeline->record(TimelineKind::Product, product->sku,
                           {{QStringLiteral("title"), product->title},
                            {QStringLiteral("livePrice"), product->effectivePrice().toString()},
                            {QStringLiteral("trigger"), triggerId(Trigger::Startup)},
                            {QStringLiteral("slotIndex"), m_rundown->clock().state().slotIndex},
                            {QStringLiteral("planned"), false}});
    const QList<broadcast::OutputStats> outputs = m_engine.outputs().stats().outputs;
    if (m_engine.outputs().isStreaming()
        && std::any_of(outputs.cbegin(), outputs.cend(), [](const broadcast::OutputStats &o) { return o.state == OutputState::Live; })) {
        m_timeline->record(TimelineKind::StreamStart, {}, {{QStringLiteral("destinations"), outputs.size()}});
        m_streamOnTimeline = true;
    }
    emit showStarted(m_timeline->showId());
    emit message(tr("The show has started: %1").arg(name), false);
    return true;
}

void ShowSession::recordInvocation(const actions::Invocation &invocation)
{
    QJsonObject detail{{QStringLiteral("id"), invocation.actionId.left(128)},
                       {QStringLiteral("origin"), actions::Origins::id(invocation.caller.origin)},
                       {QStringLiteral("ok"), invocation.result.ok}};
    if (!invocation.result.ok)
        detail.insert(QStringLiteral("error"), invocation.result.error.left(500));
    if (!invocation.caller.client.isEmpty())
        detail.insert(QStringLiteral("client"), invocation.caller.client.left(128));
    if (invocation.caller.origin == actions::Origin::Remote) // which password it came with
        detail.insert(QStringLiteral("role"), actions::Origins::permissionId(invocation.caller.permission));
    // Parameters as given, when they are small (a poll's preset is, a pasted
    // essay is not): the review shows what was asked for.
    if (!invocation.params.isEmpty() && QJsonDocument(invocation.params).toJson(QJsonDocument::Compact).size() <= 2048)
        detail.insert(QStringLiteral("params"), invocation.params);
    m_timeline->record(TimelineKind::Action, {}, detail);
}

void ShowSession::ensureShow(const QString &why)
{
    if (isRunning())
        return;
    QString error;
    if (!startShow({}, &error))
        emit message(tr("The show could not start (%1): %2").arg(why, error), true);
}

void ShowSession::endShow(const QString &reason)
{
    if (!isRunning())
        return;
    const qint64 id = m_timeline->showId();
    m_timeline->close(reason);
    m_chatLog->setShowId(0);
    m_moderation->setShowId(0);
    m_interactions->setShowId(0);
    emit showEnded(id, reason);
}

ShowCheckpoint ShowSession::checkpoint() const
{
    ShowCheckpoint c;
    c.showId = m_timeline->showId();
    c.monotonicMs = m_clock.nowMs();
    c.savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    c.onAirSku = m_live->onAirSku();
    if (m_live->isFlashSaleRunning()) {
        c.flashSaleRemainingMs = m_live->flashSaleRemainingMs().value_or(0);
        if (m_live->flashSalePrice())
            c.flashSalePrice = m_live->flashSalePrice()->toString();
    }
    if (m_pinned)
        c.pinnedComment = m_pinnedComment;
    c.planJson = m_planJson;
    c.rhythm = m_rundown->clock().snapshot().toJson();
    c.lottery = m_interactions->lottery().openSnapshot();
    c.poll = m_interactions->poll().openSnapshot();
    c.streaming = m_engine.outputs().isStreaming();
    c.recording = m_engine.outputs().isRecording();
    return c;
}

bool ShowSession::resume(const ResumeOffer &offer, QString *error)
{
    if (isRunning()) {
        *error = tr("a show is already running");
        return false;
    }
    const ShowCheckpoint &c = offer.checkpoint;
    // Everything is checked before anything changes.
    QString why;
    std::optional<rundown::ShowPlan> plan = rundown::ShowPlan::fromJson(c.planJson, &why);
    if (!plan) {
        *error = tr("the show's plan in its checkpoint cannot be read: %1").arg(why);
        return false;
    }
    const auto rhythm = rundown::RhythmClock::Snapshot::fromJson(c.rhythm, int(plan->slotList.size()), &why);
    if (!rhythm) {
        *error = why;
        return false;
    }
    std::optional<catalog::Money> salePrice;
    if (!c.flashSalePrice.isEmpty() && !(salePrice = catalog::Money::parse(c.flashSalePrice))) {
        *error = tr("the flash sale price %1 in the checkpoint is not a price").arg(c.flashSalePrice);
        return false;
    }
    if (!m_timeline->reopen(offer.show.showId, error))
        return false;
    // Its recordings end where it stopped (recovery makes their MP4s), before
    // anything of the resumed part is written.
    for (const QString &mkv : offer.show.unfinishedRecordings)
        m_timeline->recordEvent(ShowTimeline::makeEvent(offer.stoppedAtMs, TimelineKind::RecordingStop, {},
                                                        {{QStringLiteral("path"), broadcast::RecordingRemuxer::mp4PathFor(mkv)},
                                                         {QStringLiteral("error"), tr("the studio stopped; recovered on the next start")}}));
    const qint64 id = m_timeline->showId();
    m_chatLog->setShowId(id);
    m_moderation->setShowId(id);
    m_interactions->setShowId(id);
    m_timeline->record(TimelineKind::ShowResumed, {}, {{QStringLiteral("gapMs"), offer.gapMs}, {QStringLiteral("stoppedAtMs"), offer.stoppedAtMs}});

    m_rundown->setPlan(*plan);
    m_planEditor->setPlan(*plan);
    QStringList lost;
    if (!m_rundown->clock().restore(*rhythm, &why))
        lost.append(tr("the rhythm timer (%1)").arg(why));
    m_rundown->notifyStateChanged();
    if (!c.onAirSku.isEmpty() && m_live->onAirSku() == c.onAirSku) {
        // Put on air in rehearsal before the show reopened: on the timeline now.
        m_live->putOnAir({});
        m_lineup->markOnAir({});
    }
    if (!c.onAirSku.isEmpty() && !explain(c.onAirSku, Trigger::Resume))
        lost.append(tr("the product %1").arg(c.onAirSku));
    if (c.flashSaleRemainingMs > 0 && !m_live->resumeFlashSale(c.flashSaleRemainingMs, salePrice))
        lost.append(tr("the flash sale"));
    if (!c.pinnedComment.isEmpty()) {
        m_pinned = true;
        m_pinnedComment = c.pinnedComment;
        renderPin();
    }
    // Who commented decides who may enter a lottery: counted again from the chat log.
    const QList<chat::ChatEvent> comments = chat::ChatLog::loadComments(m_db.connection(), id);
    if (!c.lottery.isEmpty()) {
        // Its window and the flash sale stood still from the checkpoint on.
        if (!m_interactions->lottery().resumeOpen(c.lottery, comments, m_clock.nowMs() - c.monotonicMs, &why)) {
            lost.append(tr("the open lottery (%1)").arg(why));
            m_interactions->lottery().recount(comments);
        }
    } else {
        m_interactions->lottery().recount(comments);
    }
    if (!c.poll.isEmpty() && !m_interactions->poll().resumeOpen(c.poll, comments, &why))
        lost.append(tr("the open poll (%1)").arg(why));
    emit showStarted(id);
    emit message(tr("The show \"%1\" goes on where it stopped %2 s ago.").arg(m_timeline->title()).arg(offer.gapMs / 1000), false);
    if (!lost.isEmpty())
        emit message(tr("Not resumed: %1.").arg(lost.join(QStringLiteral(", "))), true);
    return true;
}

bool ShowSession::explain(const QString &sku, Trigger trigger)
{
    int row = m_lineup->rowOfSku(sku);
    if (row < 0) {
        // The plan may name a product not yet in the lineup: it joins it.
        QString error;
        if (!m_lineup->addProduct(sku, &error)) {
            emit message(tr("%1 cannot go on air: %2").arg(sku, error), true);
            return false;
        }
        row = m_lineup->rowOfSku(sku);
    }
    if (!m_live->putOnAir(sku))
        return true; // already on air
    m_lineup->markOnAir(sku);
    const rundown::RhythmClock::State rhythm = m_rundown->clock().state();
    const bool running = rhythm.started && !rhythm.finished && rhythm.slotIndex >= 0;
    const bool planned = running && m_rundown->plan().slotList.at(rhythm.slotIndex).sku == sku;
    const catalog::Product &product = m_lineup->productAt(row);
    m_timeline->record(TimelineKind::Product, sku,
                       {{QStringLiteral("title"), product.title},
                        {QStringLiteral("livePrice"), product.effectivePrice().toString()},
                        {QStringLiteral("trigger"), triggerId(trigger)},
                        {QStringLiteral("slotIndex"), running ? rhythm.slotIndex : -1},
                        {QStringLiteral("planned"), planned}});
    m_moderation->setProductOnAir(sku, product.title);
    emit onAirChanged(sku);
    return true;
}

bool ShowSession::explainRow(int row, Trigger trigger)
{
    if (row < 0 || row >= m_lineup->rowCount())
        return false;
    return explain(m_lineup->productAt(row).sku, trigger);
}

bool ShowSession::nextProduct(Trigger trigger)
{
    return explainRow(m_lineup->onAirRow() + 1, trigger);
}

bool ShowSession::previousProduct(Trigger trigger)
{
    const int row = m_lineup->onAirRow();
    return row > 0 && explainRow(row - 1, trigger);
}

void ShowSession::clearProduct(Trigger trigger)
{
    if (!m_live->putOnAir({}))
        return;
    m_lineup->markOnAir({});
    m_timeline->record(TimelineKind::ProductCleared, {}, {{QStringLiteral("trigger"), triggerId(trigger)}});
    m_moderation->setProductOnAir({}, {});
    emit onAirChanged({});
}

void ShowSession::onComments(const QList<chat::ChatEvent> &events)
{
    // What moderation let through (or a moderator approved): the log and
    // (later) lottery and poll entries. The chat view gets every comment,
    // judged, straight from moderation.
    m_chatLog->append(events);
    m_interactions->lottery().ingest(events);
    m_interactions->poll().ingest(events);
}

void ShowSession::pinComment(const chat::ChatEvent &comment)
{
    m_pinned = true;
    m_pinnedComment = {{QStringLiteral("platform"), comment.platform},
                       {QStringLiteral("id"), comment.id},
                       {QStringLiteral("userName"), comment.userName},
                       {QStringLiteral("text"), comment.text.left(300)}};
    m_timeline->record(TimelineKind::CommentPinned, {}, m_pinnedComment);
    renderPin();
}

void ShowSession::clearPinnedComment()
{
    if (!m_pinned)
        return;
    m_pinned = false;
    m_timeline->record(TimelineKind::CommentUnpinned, {}, {{QStringLiteral("id"), m_pinnedComment.value(QStringLiteral("id"))}});
    m_pinnedComment = {};
    renderPin();
}

void ShowSession::renderPin()
{
    const broadcast::CanvasSpec canvas = m_engine.program().canvas();
    const QImage card = m_pinned ? overlay::PinnedCommentRenderer::render(m_pinnedComment.value(QStringLiteral("userName")).toString(),
                                                                          m_pinnedComment.value(QStringLiteral("text")).toString(),
                                                                          overlay::PinnedCommentRenderer::defaultSize({canvas.widthPx, canvas.heightPx}))
                                 : QImage();
    m_engine.program().setOverlayImage(QStringLiteral("pinned_comment"), card);
}

void ShowSession::followOutputs()
{
    broadcast::OutputControl &outputs = m_engine.outputs();
    connect(&outputs, &broadcast::OutputControl::streamingStarted, this, [this](int destinations) {
        m_streamDestinations = destinations;
        m_streamOnTimeline = false;
    });
    connect(&outputs, &broadcast::OutputControl::streamingStopped, this, [this] {
        if (m_streamOnTimeline)
            m_timeline->record(TimelineKind::StreamStop);
        m_streamDestinations = 0;
        m_streamOnTimeline = false;
    });
    connect(&outputs, &broadcast::OutputControl::outputStateChanged, this, [this](int index, OutputState state, const QString &text) {
        if (state == OutputState::Live && !m_streamOnTimeline && m_streamDestinations > 0) {
            ensureShow(QStringLiteral("going live"));
            // startShow already records a stream that was live when it opened.
            if (!m_streamOnTimeline && isRunning()) {
                m_timeline->record(TimelineKind::StreamStart, {}, {{QStringLiteral("destinations"), m_streamDestinations}});
                m_streamOnTimeline = true;
            }
        }
        m_timeline->record(TimelineKind::DestinationState, {},
                           {{QStringLiteral("index"), index}, {QStringLiteral("state"), stateId(state)}, {QStringLiteral("message"), text}});
    });
    connect(&outputs, &broadcast::OutputControl::recordingStarted, this, [this](const QString &path) {
        ensureShow(QStringLiteral("recording"));
        m_timeline->record(TimelineKind::RecordingStart, {}, {{QStringLiteral("path"), path}});
    });
    connect(&outputs, &broadcast::OutputControl::recordingFinished, this, [this](const QString &path, const QString &error) {
        m_timeline->record(TimelineKind::RecordingStop, {}, {{QStringLiteral("path"), path}, {QStringLiteral("error"), error}});
    });
    // A replay saved outside a show belongs to no timeline; the file is there all the same.
    connect(&outputs, &broadcast::OutputControl::replaySaved, this, [this](const QString &path, qint64 lengthMs) {
        if (isRunning())
            m_timeline->record(TimelineKind::ReplaySaved, {}, {{QStringLiteral("path"), path}, {QStringLiteral("lengthMs"), lengthMs}});
    });
}

void ShowSession::followLineup()
{
    // A product removed from the lineup cannot stay on air.
    auto check = [this] {
        if (!m_live->onAirSku().isEmpty() && m_lineup->rowOfSku(m_live->onAirSku()) < 0)
            clearProduct(Trigger::LineupChange);
    };
    connect(m_lineup.get(), &QAbstractItemModel::rowsRemoved, this, check);
    connect(m_lineup.get(), &QAbstractItemModel::modelReset, this, check);
}

void ShowSession::applyCanvas(const broadcast::CanvasSpec &canvas)
{
    m_live->setCardSize(overlay::ProductCardRenderer::defaultSize({canvas.widthPx, canvas.heightPx}));
    renderTicker(m_ticker->current());
}

void ShowSession::renderTicker(const QString &line)
{
    const broadcast::CanvasSpec canvas = m_engine.program().canvas();
    const int sources = m_engine.program().setOverlayImage(
        QStringLiteral("sales_ticker"),
        line.isEmpty() ? QImage() : overlay::SalesTickerRenderer::render(line, overlay::SalesTickerRenderer::defaultSize({canvas.widthPx, canvas.heightPx})));
    if (!line.isEmpty())
        m_ticker->setUnplaced(sources == 0);
}

} // namespace shopcast::show
