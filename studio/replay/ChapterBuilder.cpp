#include "ChapterBuilder.hpp"

#include "broadcast/RecordingRemuxer.hpp"
#include "rundown/SlotKind.hpp"

#include <QFileInfo>

#include <algorithm>

namespace shopcast::replay {

using show::TimelineEvent;
using show::TimelineKind;

QString ChapterKinds::id(ChapterKind kind)
{
    switch (kind) {
    case ChapterKind::Product: return QStringLiteral("product");
    case ChapterKind::FlashSale: return QStringLiteral("flash_sale");
    case ChapterKind::Lottery: return QStringLiteral("lottery");
    case ChapterKind::Poll: return QStringLiteral("poll");
    case ChapterKind::Interlude: return QStringLiteral("interlude");
    case ChapterKind::Highlight: return QStringLiteral("highlight");
    }
    return {};
}

QString ChapterKinds::label(ChapterKind kind)
{
    switch (kind) {
    case ChapterKind::Product: return tr("Pitch 讲解");
    case ChapterKind::FlashSale: return tr("Flash sale 秒杀");
    case ChapterKind::Lottery: return tr("Lottery 抽奖");
    case ChapterKind::Poll: return tr("Poll 投票");
    case ChapterKind::Interlude: return tr("Interlude 互动");
    case ChapterKind::Highlight: return tr("Highlight 高光");
    }
    return {};
}

ChapterBuilder::ChapterBuilder(const QList<TimelineEvent> &events, const QHash<QString, QString> &relocated)
{
    if (events.isEmpty())
        return;
    m_origin = events.constFirst().monotonicMs;
    for (const TimelineEvent &e : events)
        if (e.kind == TimelineKind::ShowStart) {
            m_origin = e.monotonicMs;
            break;
        }
    m_lengthMs = std::max<qint64>(0, events.constLast().monotonicMs - m_origin);
    m_ended = events.constLast().kind == TimelineKind::ShowEnd;
    buildRecordings(events, relocated);
    buildChapters(events);
}

void ChapterBuilder::buildRecordings(const QList<TimelineEvent> &events, const QHash<QString, QString> &relocated)
{
    std::optional<RecordingSpan> running;
    auto finish = [&](qint64 endMs, bool stopped, const QString &finalPath) {
        RecordingSpan span = *running;
        span.endMs = std::max(span.startMs, endMs);
        span.stopped = stopped;
        // The timeline names the MKV being written; once stopped, the MP4 the
        // remux made. Use what is there: moved, the MP4, else the MKV.
        QStringList candidates;
        if (relocated.contains(span.recordedPath))
            candidates.append(relocated.value(span.recordedPath));
        if (!finalPath.isEmpty() && relocated.contains(finalPath))
            candidates.append(relocated.value(finalPath));
        if (!finalPath.isEmpty())
            candidates.append(finalPath);
        candidates.append(broadcast::RecordingRemuxer::mp4PathFor(span.recordedPath));
        candidates.append(span.recordedPath);
        span.path = candidates.constFirst();
        for (const QString &c : candidates)
            if (QFileInfo(c).isFile()) {
                span.path = c;
                span.exists = true;
                break;
            }
        m_recordings.append(span);
        running.reset();
    };
    for (const TimelineEvent &e : events) {
        const qint64 at = e.monotonicMs - m_origin;
        if (e.kind == TimelineKind::RecordingStart) {
            if (running)
                finish(at, false, {});
            running = RecordingSpan{{}, e.detail.value(QStringLiteral("path")).toString(), at};
        } else if (e.kind == TimelineKind::RecordingStop && running) {
            finish(at, true, e.detail.value(QStringLiteral("path")).toString());
        }
    }
    if (running)
        finish(m_lengthMs, false, {});
}

std::optional<ChapterMedia> ChapterBuilder::mediaFor(qint64 startMs, qint64 endMs) const
{
    // The recording that holds most of the stretch; only the recorded part.
    const RecordingSpan *best = nullptr;
    qint64 bestOverlap = 0;
    for (const RecordingSpan &r : m_recordings) {
        const qint64 overlap = std::min(endMs, r.endMs) - std::max(startMs, r.startMs);
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = &r;
        }
    }
    if (!best)
        return std::nullopt;
    return ChapterMedia{best->path, std::max(startMs, best->startMs) - best->startMs, std::min(endMs, best->endMs) - best->startMs};
}

namespace {
Chapter makeChapter(ChapterKind kind, const QString &title, const QString &sku, qint64 startMs)
{
    Chapter c;
    c.kind = kind;
    c.title = title;
    c.sku = sku;
    c.startMs = startMs;
    return c;
}
} // namespace

void ChapterBuilder::buildChapters(const QList<TimelineEvent> &events)
{
    // A pitch ends with its slot or when the product leaves the air,
    // whichever is first; the product may stay on the card past its slot
    // (through a lottery, say), and a product slot for that same product
    // then starts a new pitch.
    std::optional<Chapter> pitch;
    std::optional<Chapter> onCard;      // what is on air, pitched or not
    QHash<QString, Chapter> flashSales; // by SKU
    std::optional<Chapter> lottery;
    std::optional<Chapter> poll;
    QHash<int, Chapter> interludes; // by slot index
    auto close = [this](Chapter c, qint64 endMs, bool openEnded) {
        c.endMs = std::max(c.startMs, endMs);
        c.openEnded = openEnded;
        c.media = mediaFor(c.startMs, c.endMs);
        m_chapters.append(c);
    };
    for (const TimelineEvent &e : events) {
        const qint64 at = e.monotonicMs - m_origin;
        switch (e.kind) {
        case TimelineKind::Product:
            if (pitch)
                close(*pitch, at, false);
            pitch = makeChapter(ChapterKind::Product, e.detail.value(QStringLiteral("title")).toString(), e.sku, at);
            pitch->slotIndex = e.detail.value(QStringLiteral("slotIndex")).toInt(-1);
            onCard = pitch;
            break;
        case TimelineKind::ProductCleared:
            if (pitch)
                close(*pitch, at, false);
            pitch.reset();
            onCard.reset();
            break;
        case TimelineKind::FlashSaleStart:
            if (flashSales.contains(e.sku))
                close(flashSales.take(e.sku), at, false);
            flashSales.insert(e.sku, makeChapter(ChapterKind::FlashSale, pitch && pitch->sku == e.sku ? pitch->title : e.sku, e.sku, at));
            break;
        case TimelineKind::FlashSaleEnd:
            if (flashSales.contains(e.sku))
                close(flashSales.take(e.sku), at, false);
            break;
        case TimelineKind::LotteryOpened:
            if (lottery)
                close(*lottery, at, false);
            lottery = makeChapter(ChapterKind::Lottery, e.detail.value(QStringLiteral("prize")).toString(), {}, at);
            break;
        case TimelineKind::LotteryDrawn:
            if (lottery)
                close(*lottery, at, false);
            lottery.reset();
            break;
        case TimelineKind::PollOpened:
            if (poll)
                close(*poll, at, false);
            poll = makeChapter(ChapterKind::Poll, e.detail.value(QStringLiteral("question")).toString(), {}, at);
            break;
        case TimelineKind::PollClosed:
            if (poll)
                close(*poll, at, false);
            poll.reset();
            break;
        case TimelineKind::SlotStart: {
            const auto kind = rundown::SlotKinds::fromId(e.detail.value(QStringLiteral("kind")).toString());
            const int index = e.detail.value(QStringLiteral("index")).toInt(-1);
            if (kind == rundown::SlotKind::Product && !pitch && onCard && onCard->sku == e.sku) {
                // Its slot again, with the product still on the card: no
                // Product event comes (it is on air already).
                pitch = makeChapter(ChapterKind::Product, onCard->title, onCard->sku, at);
                pitch->slotIndex = index;
            } else if (kind && *kind != rundown::SlotKind::Product) {
                Chapter c = makeChapter(ChapterKind::Interlude, rundown::SlotKinds::label(*kind), {}, at);
                c.slotIndex = index;
                interludes.insert(index, c);
            }
            break;
        }
        case TimelineKind::ReplaySaved: {
            // The replay is a file of its own: the chapter plays it, whether
            // or not the show was recorded.
            const QString path = e.detail.value(QStringLiteral("path")).toString();
            const qint64 lengthMs = std::max<qint64>(0, e.detail.value(QStringLiteral("lengthMs")).toInteger());
            Chapter c = makeChapter(ChapterKind::Highlight, QFileInfo(path).completeBaseName(), {}, std::max<qint64>(0, at - lengthMs));
            c.endMs = at;
            c.media = ChapterMedia{path, 0, lengthMs};
            m_chapters.append(c);
            break;
        }
        case TimelineKind::SlotEnd: {
            const int index = e.detail.value(QStringLiteral("index")).toInt(-1);
            if (interludes.contains(index))
                close(interludes.take(index), at, false);
            if (pitch && index >= 0 && pitch->slotIndex == index) {
                close(*pitch, at, false);
                pitch.reset();
            }
            break;
        }
        default: break; // the show's end closes what is open below
        }
    }
    // What was still running at the end: a show that ended normally closes
    // it there; one that stopped without an end leaves it open-ended.
    const bool openEnded = !m_ended;
    if (pitch)
        close(*pitch, m_lengthMs, openEnded);
    for (const Chapter &c : std::as_const(flashSales))
        close(c, m_lengthMs, openEnded);
    if (lottery)
        close(*lottery, m_lengthMs, openEnded);
    if (poll)
        close(*poll, m_lengthMs, openEnded);
    for (const Chapter &c : std::as_const(interludes))
        close(c, m_lengthMs, openEnded);
    std::stable_sort(m_chapters.begin(), m_chapters.end(),
                     [](const Chapter &a, const Chapter &b) { return a.startMs != b.startMs ? a.startMs < b.startMs : int(a.kind) < int(b.kind); });
}

} // namespace shopcast::replay
