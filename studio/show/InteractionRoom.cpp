#include "InteractionRoom.hpp"

#include "RundownSession.hpp"
#include "ShowTimeline.hpp"

#include "broadcast/ProgramView.hpp"
#include "core/MonotonicClock.hpp"
#include "interact/LotteryController.hpp"
#include "interact/LotteryPreset.hpp"
#include "interact/PollController.hpp"
#include "interact/PollPreset.hpp"
#include "overlay/InteractionOverlayRenderer.hpp"

#include <QJsonArray>

namespace shopcast::show {

using interact::LotteryController;
using rundown::SlotKind;

InteractionRoom::InteractionRoom(storage::Database &db, const core::MonotonicClock &clock, ShowTimeline &timeline, RundownSession &rundown,
                                 broadcast::ProgramView &program, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timeline(timeline)
    , m_rundown(rundown)
    , m_program(program)
    , m_lottery(std::make_unique<LotteryController>(db, clock))
    , m_poll(std::make_unique<interact::PollController>(clock))
    , m_lotteryPreset(std::make_unique<interact::LotteryPreset>())
{
    m_lotteryPreset->prize = tr("Lucky bag 福袋");
    // Votes and entries can arrive thousands a second: the card is redrawn at
    // most four times a second (a state change redraws at the next tick too).
    m_render.setSingleShot(true);
    m_render.setInterval(250);
    connect(&m_render, &QTimer::timeout, this, &InteractionRoom::render);
    follow();
    followCountdown();
}

InteractionRoom::~InteractionRoom() = default;

void InteractionRoom::setLotteryPreset(const interact::LotteryPreset &preset)
{
    *m_lotteryPreset = preset;
}

void InteractionRoom::setShowId(qint64 showId)
{
    m_lottery->setShowId(showId);
    if (showId == 0)
        m_pending.reset();
}

void InteractionRoom::schedule()
{
    if (!m_render.isActive())
        m_render.start();
}

void InteractionRoom::slotDue(SlotKind kind, int slotIndex)
{
    m_pending = PendingInteraction{kind, slotIndex, m_clock.nowMs()};
    m_timeline.record(TimelineKind::InteractionDue, {}, {{QStringLiteral("kind"), rundown::SlotKinds::id(kind)}, {QStringLiteral("slotIndex"), slotIndex}});
    const rundown::PlanSlot &slot = m_rundown.plan().slotList.at(slotIndex);
    QString error;
    if (kind == SlotKind::Lottery && m_lottery->state() != LotteryController::State::Open) {
        // The slot's own preset as the producer set it; without one the
        // show's default, its entries open for most of the slot.
        std::optional<interact::LotteryPreset> preset;
        if (!slot.preset.isEmpty()) {
            preset = interact::LotteryPreset::fromJson(slot.preset, &error);
            if (!preset)
                emit message(tr("Slot %1's lottery preset is not usable (%2); the show's default opens instead.").arg(slotIndex + 1).arg(error), true);
        }
        if (!preset) {
            preset = *m_lotteryPreset;
            preset->entryWindowMs = std::clamp<qint64>(slot.plannedMs * 3 / 4, 5'000, 3'600'000);
        }
        if (!m_lottery->open(*preset, &error))
            emit message(tr("The lottery could not open: %1").arg(error), true);
    } else if (kind == SlotKind::Poll && !slot.preset.isEmpty() && !m_poll->isOpen()) {
        // A poll without a preset needs its question from the host (the dock).
        const std::optional<interact::PollPreset> preset = interact::PollPreset::fromJson(slot.preset, &error);
        if (!preset || !m_poll->open(*preset, &error))
            emit message(tr("Slot %1's poll could not open: %2").arg(slotIndex + 1).arg(error), true);
    }
}

void InteractionRoom::follow()
{
    connect(m_lottery.get(), &LotteryController::message, this, &InteractionRoom::message);
    connect(m_lottery.get(), &LotteryController::changed, this, &InteractionRoom::schedule);
    connect(m_poll.get(), &interact::PollController::changed, this, &InteractionRoom::schedule);
    connect(m_lottery.get(), &LotteryController::stateChanged, this, [this](LotteryController::State state) {
        const interact::LotteryPreset &p = m_lottery->preset();
        switch (state) {
        case LotteryController::State::Open:
            if (m_lottery->isResuming())
                break; // the same lottery, opened before the studio stopped
            m_timeline.record(TimelineKind::LotteryOpened, {},
                              {{QStringLiteral("prize"), p.prize},
                               {QStringLiteral("keyword"), p.keyword},
                               {QStringLiteral("winners"), p.winners},
                               {QStringLiteral("commitment"), m_lottery->commitment()},
                               {QStringLiteral("entryWindowMs"), p.entryWindowMs}});
            break;
        case LotteryController::State::Closed:
            m_timeline.record(TimelineKind::LotteryClosed, {}, {{QStringLiteral("entrants"), m_lottery->entrantCount()}});
            break;
        case LotteryController::State::Drawn: {
            m_lastResult = Result::Winners;
            const QJsonObject &audit = m_lottery->audit();
            m_timeline.record(TimelineKind::LotteryDrawn, {},
                              {{QStringLiteral("prize"), p.prize},
                               {QStringLiteral("commitment"), audit.value(QStringLiteral("commitment"))},
                               {QStringLiteral("seed"), audit.value(QStringLiteral("seed"))},
                               {QStringLiteral("entrants"), m_lottery->entrantCount()},
                               {QStringLiteral("winners"), audit.value(QStringLiteral("winners"))}});
            if (m_pending && m_pending->kind == SlotKind::Lottery)
                m_pending.reset();
            break;
        }
        case LotteryController::State::Idle:
        case LotteryController::State::Drawing: break;
        }
    });
    connect(m_lottery.get(), &LotteryController::redrawn, this, [this](const QString &absent, const QString &replacement) {
        m_timeline.record(TimelineKind::LotteryRedrawn, {}, {{QStringLiteral("absent"), absent}, {QStringLiteral("replacement"), replacement}});
    });
    connect(m_poll.get(), &interact::PollController::stateChanged, this, [this](bool open) {
        QJsonArray options;
        for (const auto &o : m_poll->options())
            options.append(o.label);
        if (open) {
            if (m_poll->isResuming())
                return; // the same poll, opened before the studio stopped
            m_timeline.record(TimelineKind::PollOpened, {}, {{QStringLiteral("question"), m_poll->question()}, {QStringLiteral("options"), options}});
        } else {
            m_timeline.record(TimelineKind::PollClosed, {}, m_poll->result());
            m_lastResult = Result::PollResult;
            if (m_pending && m_pending->kind == SlotKind::Poll)
                m_pending.reset();
        }
    });
}

void InteractionRoom::followCountdown()
{
    // The rundown is polled a few times a second; the card only changes when
    // the second shown does, or a countdown slot begins or ends.
    connect(&m_rundown, &RundownSession::stateChanged, this, [this] {
        const rundown::RhythmClock::State s = m_rundown.clock().state();
        const bool shown = s.started && !s.finished && s.slotIndex >= 0 && s.slotIndex < m_rundown.plan().slotList.size()
                           && m_rundown.plan().slotList.at(s.slotIndex).countdown;
        const qint64 second = shown ? (std::max<qint64>(0, s.remainingMs) + 999) / 1000 : -1;
        if (second != m_countdownSecond) {
            m_countdownSecond = second;
            schedule();
        }
    });
}

bool InteractionRoom::clearResult()
{
    if (m_lastResult == Result::None)
        return false;
    m_lastResult = Result::None;
    render();
    return true;
}

void InteractionRoom::render()
{
    // One on-stream place for the room's interaction: an open lottery, else
    // an open poll, else the running slot's countdown, else the last result
    // (winners or poll result) until the next one.
    const broadcast::CanvasSpec canvas = m_program.canvas();
    const QSize size = overlay::InteractionOverlayRenderer::defaultSize({canvas.widthPx, canvas.heightPx});
    const LotteryController::State lottery = m_lottery->state();
    QImage image;
    auto pollCard = [&] {
        QStringList labels;
        for (const auto &o : m_poll->options())
            labels.append(o.label);
        return overlay::InteractionOverlayRenderer::poll(m_poll->question(), labels, m_poll->counts(), !m_poll->isOpen(), size);
    };
    // An open poll goes before a countdown; its result only after one.
    const bool pollOnStream = m_poll->isOpen() || (m_countdownSecond < 0 && m_lastResult == Result::PollResult && m_poll->hasPoll());
    if (lottery == LotteryController::State::Open) {
        const QString &picture = m_lottery->preset().imagePath;
        if (picture != m_prizePicturePath) {
            // Read once per lottery, not four times a second; a missing file is no picture.
            m_prizePicturePath = picture;
            m_prizePicture = picture.isEmpty() ? QImage() : QImage(picture);
            if (!picture.isEmpty() && m_prizePicture.isNull())
                emit message(tr("The prize picture %1 cannot be read; the card shows the prize's name only.").arg(picture), true);
        }
        image = overlay::InteractionOverlayRenderer::lotteryEntry(m_lottery->preset().prize, m_lottery->preset().keyword, m_lottery->remainingMs(),
                                                                  m_lottery->entrantCount(), m_lottery->commitment(), size, m_prizePicture);
    } else if (pollOnStream) {
        image = pollCard();
    } else if (m_countdownSecond >= 0) {
        const rundown::RhythmClock::State s = m_rundown.clock().state();
        const rundown::PlanSlot &slot = m_rundown.plan().slotList.at(s.slotIndex);
        const QString label = !slot.notes.trimmed().isEmpty()  ? slot.notes.trimmed().left(40)
                              : slot.kind == SlotKind::Product ? tr("This offer ends in 本品倒计时")
                                                               : rundown::SlotKinds::label(slot.kind);
        image = overlay::InteractionOverlayRenderer::slotCountdown(label, s.remainingMs, size);
    } else if (m_lastResult == Result::Winners && lottery == LotteryController::State::Drawn) {
        QStringList names;
        for (const auto &w : m_lottery->winners())
            names.append(w.userName);
        image = overlay::InteractionOverlayRenderer::lotteryWinners(m_lottery->preset().prize, names, size);
    }
    m_program.setOverlayImage(QStringLiteral("interaction"), image);
}

} // namespace shopcast::show
