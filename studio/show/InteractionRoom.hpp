#pragma once

#include "rundown/SlotKind.hpp"

#include <QImage>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace shopcast::broadcast {
class ProgramView;
}
namespace shopcast::core {
class MonotonicClock;
}
namespace shopcast::interact {
class LotteryController;
class PollController;
struct LotteryPreset;
} // namespace shopcast::interact
namespace shopcast::storage {
class Database;
}

namespace shopcast::show {

class RundownSession;
class ShowTimeline;

// A slot of the plan that asked for a lottery or poll and has not been run.
struct PendingInteraction
{
    rundown::SlotKind kind;
    int slotIndex = -1;
    qint64 dueAtMs = 0;
};

// The room's interactions during a show: the lottery and the poll, the
// presets a rhythm slot opens (the slot's own, else the show's default), the
// one on-stream interaction card (entries, poll bars, winners, or the running
// slot's countdown when the plan asks for it) and their timeline events.
// ShowSession owns it and feeds it the comments that passed moderation.
class InteractionRoom : public QObject
{
    Q_OBJECT
public:
    InteractionRoom(storage::Database &db, const core::MonotonicClock &clock, ShowTimeline &timeline, RundownSession &rundown, broadcast::ProgramView &program,
                    QObject *parent = nullptr);
    ~InteractionRoom() override;

    interact::LotteryController &lottery() { return *m_lottery; }
    interact::PollController &poll() { return *m_poll; }
    // The lottery a rhythm lottery slot without its own preset opens (the
    // Lottery dock edits it).
    const interact::LotteryPreset &lotteryPreset() const { return *m_lotteryPreset; }
    void setLotteryPreset(const interact::LotteryPreset &preset);

    const std::optional<PendingInteraction> &pending() const { return m_pending; }
    void dismiss() { m_pending.reset(); }

    void setShowId(qint64 showId);
    // A rhythm lottery or poll slot began: open what it asks for.
    void slotDue(rundown::SlotKind kind, int slotIndex);

    // For tests: draw the card now instead of at the next quarter second.
    void renderNow() { render(); }
    // Takes the last result (winners or poll result) off the stream; an open
    // lottery, poll or countdown stays. True when a result was on.
    bool clearResult();
    bool hasResultOnStream() const { return m_lastResult != Result::None; }

signals:
    void message(const QString &text, bool isError);

private:
    void follow();
    void schedule();
    void render();
    void followCountdown();

    const core::MonotonicClock &m_clock;
    ShowTimeline &m_timeline;
    RundownSession &m_rundown;
    broadcast::ProgramView &m_program;
    std::unique_ptr<interact::LotteryController> m_lottery;
    std::unique_ptr<interact::PollController> m_poll;
    std::unique_ptr<interact::LotteryPreset> m_lotteryPreset;
    std::optional<PendingInteraction> m_pending;
    QTimer m_render{this};
    qint64 m_countdownSecond = -1; // the slot countdown's second on stream; -1: none
    // The newest result, shown until the next interaction or until taken off:
    // a poll closed after a draw shows its result, not the older winners.
    enum class Result { None, Winners, PollResult };
    Result m_lastResult = Result::None;
    QString m_prizePicturePath;
    QImage m_prizePicture;
};

} // namespace shopcast::show
