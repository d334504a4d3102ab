#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shopcast::cli {

// `shopcast-cli report --show ID --db PATH --out DIR` writes the show's HTML
// report (with its charts); `shopcast-cli clips --show ID --db PATH --out DIR`
// cuts one clip per recorded product pitch and writes the chapters into the
// recording; `shopcast-cli pack --show ID --db PATH --out DIR [--top N]
// [--by gmv|attributed]` writes the hot-product pack. Progress on stderr; exit 1 when the show, database or recording
// cannot be used (nothing is changed then), 2 for bad arguments.
class ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)
public:
    int runReport(const QStringList &arguments);
    int runClips(const QStringList &arguments);
    int runPack(const QStringList &arguments);
};

} // namespace shopcast::cli
