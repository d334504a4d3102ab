#include "RecordingChapters.hpp"

#include <algorithm>

namespace shopcast::replay {

namespace {

// Pitches and interlude slots follow each other along the plan; the rest
// happens inside them.
int layerOf(ChapterKind kind)
{
    return kind == ChapterKind::Product || kind == ChapterKind::Interlude ? 0 : 1;
}

// The chapter's label as the file carries it: kind and title.
QString titleOf(const Chapter &chapter)
{
    return ChapterKinds::label(chapter.kind) + QStringLiteral(": ") + chapter.title;
}

} // namespace

QList<broadcast::MediaChapter> RecordingChapters::forFile(const QString &path, const QList<Chapter> &chapters)
{
    QList<const Chapter *> inFile;
    for (const Chapter &c : chapters)
        if (c.kind != ChapterKind::Highlight && c.media && c.media->path == path && c.media->endMs > c.media->startMs)
            inFile.append(&c);
    if (inFile.isEmpty())
        return {};
    // Cut the file at every chapter's start and end; each piece belongs to
    // the chapter that covers it on the lowest layer, the later-started one
    // where two do.
    QList<qint64> cuts{0};
    for (const Chapter *c : std::as_const(inFile))
        cuts << c->media->startMs << c->media->endMs;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<broadcast::MediaChapter> out;
    const Chapter *previous = nullptr;
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const qint64 from = cuts.at(i);
        const qint64 to = cuts.at(i + 1);
        const Chapter *owner = nullptr;
        for (const Chapter *c : std::as_const(inFile)) {
            if (c->media->startMs > from || c->media->endMs < to)
                continue;
            if (!owner || layerOf(c->kind) < layerOf(owner->kind) || (layerOf(c->kind) == layerOf(owner->kind) && c->media->startMs > owner->media->startMs))
                owner = c;
        }
        if (!out.isEmpty() && owner == previous) {
            out.last().endMs = to;
            continue;
        }
        out.append({from, to, owner ? titleOf(*owner) : tr("Between segments 串场")});
        previous = owner;
    }
    return out;
}

} // namespace shopcast::replay
