#pragma once

#include "ClipExporter.hpp"
#include "ShowReview.hpp"

#include "catalog/Product.hpp"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shopcast::replay {

// One product of the pack: why it is in (its figures), what it is (the
// catalog's row, or just its SKU and title when the catalog lost it), its
// clip (the pitch that sold most, else its longest recorded one) and the
// copy a merchant pastes into a WeChat group.
struct PackEntry
{
    int rank = 0; // 1-based
    ProductStats stats;
    catalog::Product product;
    bool inCatalog = true;
    std::optional<ClipJob> clip; // none: none of its pitches was recorded
    QString cardFile;            // file names inside the pack folder
    QString copy;
};

// The hot-product pack for the second push (二次推广): the show's top
// products by GMV or by GMV attributed to their pitches, each with its clip
// (stream copy), its product card as a PNG (the on-stream card, with what
// sold), its price and a short copy from its selling points, in one folder
// with an index.html and a copy.txt.
class HotProductPack
{
    Q_DECLARE_TR_FUNCTIONS(HotProductPack)
public:
    enum class Ranking { Gmv, Attributed };
    struct Options
    {
        int top = 5;
        Ranking ranking = Ranking::Gmv;
    };
    static constexpr int kMaxTop = 50;

    // Products that sold (by the ranking's figure, highest first; ties by
    // units, then SKU), at most options.top, with file names in outputDir.
    static QList<PackEntry> choose(const ShowReview &review, const QList<catalog::Product> &catalog, const Options &options, const QString &outputDir);
    // "【title】直播价 ¥x（原价 ¥y）｜point · point · point｜直播间已售 N 件"
    static QString copyFor(const catalog::Product &product, int unitsSold);
    static std::optional<Ranking> rankingFromId(const QString &id); // "gmv", "attributed"

    // Writes the pack: clips first (the slow part, with progress; false
    // cancels), then cards, index.html and copy.txt. Runs on the calling
    // thread. Fails when nothing sold. written gets every file made.
    static bool write(const ShowReview &review, const QList<catalog::Product> &catalog, const Options &options, const QString &outputDir,
                      const ClipExporter::Progress &progress, QStringList *written, QString *error);
    static QString indexHtml(const ShowReview &review, const QList<PackEntry> &entries, const Options &options);
};

} // namespace shopcast::replay
