#pragma once

#include "ProducerNotes.hpp"
#include "SalesRoom.hpp"
#include "InteractionRoom.hpp"
#include "ShowCheckpoint.hpp"

#include "chat/CommentRate.hpp"
#include "rundown/SlotKind.hpp"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace shopcast::actions {
class ActionRegistry;
struct Invocation;
} // namespace shopcast::actions
namespace shopcast::broadcast {
class BroadcastEngine;
struct CanvasSpec;
} // namespace shopcast::broadcast
namespace shopcast::catalog {
class LineupModel;
class ProductRepository;
} // namespace shopcast::catalog
namespace shopcast::chat {
class ChatLog;
class ChatModel;
class CommentHub;
struct ChatEvent;
} // namespace shopcast::chat
namespace shopcast::core {
class MonotonicClock;
}
namespace shopcast::interact {
class LotteryController;
class PollController;
struct LotteryPreset;
} // namespace shopcast::interact
namespace shopcast::moderation {
class ModerationController;
}
namespace shopcast::rundown {
class PlanTableModel;
}
namespace shopcast::storage {
class Database;
}

namespace shopcast::show {

class LiveProductController;
class PlanRepository;
class RundownSession;
class ShowTimeline;
struct ResumeOffer;

// What made a product go on air; recorded with the switch.
enum class Trigger { Button, Hotkey, LineupClick, Rhythm, LineupChange, Startup, Remote, Resume };

// The live show's lifecycle and the wiring of its rooms: it opens and ends
// the show (and its timeline), resumes one after a crash, writes the
// checkpoint, passes moderated comments to the rooms that take them, follows
// the outputs onto the timeline, and owns the action registry through which
// every trigger acts on the show. The work itself is in the rooms (the
// lineup, LiveProductController, RundownSession, InteractionRoom, the
// moderation controller); docks get the room they use, not the session. A
// new capability is a room of its own with its actions in the registry, not
// more methods here.
class ShowSession : public QObject
{
    Q_OBJECT
public:
    // moderationRulesPath: the profile's moderation.json (empty: defaults, not saved).
    ShowSession(storage::Database &db, broadcast::BroadcastEngine &engine, chat::CommentHub &hub, const core::MonotonicClock &clock,
                const QString &moderationRulesPath = {}, QObject *parent = nullptr);
    ~ShowSession() override;

    // Loads the lineup and the producer's plan (or makes a first plan from
    // the lineup with the 332 rule). Problems are returned, never fatal.
    QStringList load();
    // The demo show: the demo catalog in the lineup, its first product on
    // air. Read and stored on workers; done(problems) comes on this thread
    // (not at all if the session is gone first).
    void loadDemo(const QString &resourceDir, std::function<void(const QStringList &)> done);

    storage::Database &database() { return m_db; }
    catalog::ProductRepository &products() { return *m_products; }
    catalog::LineupModel &lineup() { return *m_lineup; }
    LiveProductController &live() { return *m_live; }
    PlanRepository &plans() { return *m_plans; }
    RundownSession &rundown() { return *m_rundown; }
    rundown::PlanTableModel &planEditor() { return *m_planEditor; } // the producer's working copy
    ShowTimeline &timeline() { return *m_timeline; }
    chat::ChatModel &chat() { return *m_chatModel; }
    // Every comment moderation judged, by the second, for the last minute.
    const chat::CommentRate &commentRate() const { return m_commentRate; }
    chat::ChatLog &chatLog() { return *m_chatLog; }
    moderation::ModerationController &moderation() { return *m_moderation; }
    InteractionRoom &interactions() { return *m_interactions; }
    // The producer's notes to the host (a banner in the host's window, never on stream).
    ProducerNotes &producerNotes() { return *m_notes; }
    SalesRoom &sales() { return *m_sales; }
    SalesTicker &salesTicker() { return *m_ticker; }
    interact::LotteryController &lottery() { return m_interactions->lottery(); }
    interact::PollController &poll() { return m_interactions->poll(); }
    // The lottery a rhythm lottery slot without its own preset opens (the Lottery dock edits it).
    const interact::LotteryPreset &lotteryPreset() const { return m_interactions->lotteryPreset(); }
    void setLotteryPreset(const interact::LotteryPreset &preset) { m_interactions->setLotteryPreset(preset); }
    const core::MonotonicClock &clock() const { return m_clock; }
    // Every show action by id; docks, hotkeys, the rhythm timer and remote
    // clients invoke them here, and each invocation lands on the timeline.
    actions::ActionRegistry &actions() { return *m_actions; }

    bool isRunning() const;
    qint64 showId() const;
    // Empty title: "Show <date time>" (or the plan's title).
    bool startShow(const QString &title, QString *error);
    void endShow(const QString &reason);
    // Where the show stands now (written once a second while it runs).
    ShowCheckpoint checkpoint() const;
    // Goes on with a show the studio did not end, from its last checkpoint:
    // its recordings are closed on the timeline where it stopped, then the
    // plan, the rhythm timer's place, the product, an open flash sale, the
    // pinned comment and an open lottery come back. Nothing changes when the
    // checkpoint cannot be used (the error says why).
    bool resume(const ResumeOffer &offer, QString *error);

    // The one path for a product switch. False (with a message) when the
    // product cannot go on air.
    bool explain(const QString &sku, Trigger trigger);
    bool explainRow(int row, Trigger trigger);
    bool nextProduct(Trigger trigger);
    bool previousProduct(Trigger trigger);
    void clearProduct(Trigger trigger);

    // A viewer's comment on stream (a card like the product card) until cleared.
    void pinComment(const chat::ChatEvent &comment);
    void clearPinnedComment();
    bool hasPinnedComment() const { return m_pinned; }
    const QJsonObject &pinnedComment() const { return m_pinnedComment; } // {platform, id, userName, text}

    const std::optional<PendingInteraction> &pendingInteraction() const { return m_interactions->pending(); }
    void dismissInteraction() { m_interactions->dismiss(); }

    static QString triggerId(Trigger trigger);

signals:
    void showStarted(qint64 showId);
    void showEnded(qint64 showId, const QString &reason);
    void onAirChanged(const QString &sku);
    // A lottery or poll slot began: the interaction room takes it from here.
    void interactionRequested(shopcast::rundown::SlotKind kind, int slotIndex);
    void message(const QString &text, bool isError);

private:
    void ensureShow(const QString &why);
    void recordInvocation(const actions::Invocation &invocation);
    void onComments(const QList<shopcast::chat::ChatEvent> &events);
    void renderPin();
    void renderTicker(const QString &line);
    void followOutputs();
    void followLineup();
    void applyCanvas(const broadcast::CanvasSpec &canvas);

    storage::Database &m_db;
    broadcast::BroadcastEngine &m_engine;
    chat::CommentHub &m_hub;
    const core::MonotonicClock &m_clock;
    std::unique_ptr<catalog::ProductRepository> m_products;
    std::unique_ptr<catalog::LineupModel> m_lineup;
    std::unique_ptr<ShowTimeline> m_timeline;
    std::unique_ptr<LiveProductController> m_live;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<RundownSession> m_rundown;
    std::unique_ptr<rundown::PlanTableModel> m_planEditor;
    std::unique_ptr<chat::ChatModel> m_chatModel;
    chat::CommentRate m_commentRate;
    std::unique_ptr<chat::ChatLog> m_chatLog;
    std::unique_ptr<moderation::ModerationController> m_moderation;
    std::unique_ptr<InteractionRoom> m_interactions;
    std::unique_ptr<ProducerNotes> m_notes;
    std::unique_ptr<SalesRoom> m_sales;
    std::unique_ptr<SalesTicker> m_ticker;
    std::unique_ptr<actions::ActionRegistry> m_actions;
    bool m_pinned = false;
    // Destinations of a stream started but not yet live: the show (and the
    // timeline's stream_start) begins when the first one is, so a stream that
    // never reached the platform starts nothing.
    int m_streamDestinations = 0;
    bool m_streamOnTimeline = false;
    QJsonObject m_pinnedComment;
    QTimer m_checkpointTimer{this};
    QByteArray m_planJson; // the running plan as the checkpoint writes it
};

} // namespace shopcast::show
