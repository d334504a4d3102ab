#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shopcast::replay {

enum class ChapterKind { Product, FlashSale, Lottery, Poll, Interlude, Highlight };

// Where a chapter is in a recorded file (the part of it that was recorded).
struct ChapterMedia
{
    QString path;
    qint64 startMs = 0; // offset into the file
    qint64 endMs = 0;
};

// One stretch of the show the review jumps to: a product pitch, a flash sale,
// a lottery (entries open to the draw), a poll, an interlude slot of the
// plan, or a highlight (a saved replay: its own file, ending when saved). Times are ms from the show's start. Chapters may overlap (a flash sale
// inside a pitch, a lottery inside an interlude).
struct Chapter
{
    ChapterKind kind = ChapterKind::Product;
    QString title;
    QString sku;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool openEnded = false; // the show stopped (crash, kill) before it ended: ends at the last thing recorded
    int slotIndex = -1;
    std::optional<ChapterMedia> media; // none: nothing was recorded during it

    qint64 durationMs() const { return endMs - startMs; }
};

class ChapterKinds
{
    Q_DECLARE_TR_FUNCTIONS(ChapterKinds)
public:
    static QString id(ChapterKind kind);
    static QString label(ChapterKind kind);
};

} // namespace shopcast::replay
