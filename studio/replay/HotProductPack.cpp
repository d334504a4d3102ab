#include "HotProductPack.hpp"

#include "overlay/ProductCardRenderer.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace shopcast::replay {

namespace {

QString yuan(qint64 cents)
{
    return QStringLiteral("¥") + catalog::Money::fromCents(cents).toString();
}

qint64 figure(const ProductStats &p, HotProductPack::Ranking ranking)
{
    return ranking == HotProductPack::Ranking::Gmv ? p.gmvCents : p.attributedCents;
}

// The pitch to cut for a product: the recorded one its orders were
// attributed to most, else its longest recorded one.
std::optional<int> bestPitch(const ShowReview &review, const QString &sku)
{
    std::optional<int> best;
    qint64 bestCents = -1;
    qint64 bestMs = -1;
    for (const PitchSales &ps : review.pitchSales) {
        const Chapter &c = review.chapters.at(ps.chapter);
        if (c.sku != sku || !c.media || c.media->endMs <= c.media->startMs)
            continue;
        if (ps.attributedCents > bestCents || (ps.attributedCents == bestCents && c.durationMs() > bestMs)) {
            best = ps.chapter;
            bestCents = ps.attributedCents;
            bestMs = c.durationMs();
        }
    }
    return best;
}

bool saveText(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = HotProductPack::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<HotProductPack::Ranking> HotProductPack::rankingFromId(const QString &id)
{
    if (id == QLatin1String("gmv"))
        return Ranking::Gmv;
    if (id == QLatin1String("attributed"))
        return Ranking::Attributed;
    return std::nullopt;
}

QString HotProductPack::copyFor(const catalog::Product &product, int unitsSold)
{
    QString text = QStringLiteral("【%1】").arg(product.title);
    if (product.price.cents() > 0) {
        if (product.promoPrice && *product.promoPrice < product.price)
            text += tr("直播价 %1（原价 %2）").arg(yuan(product.promoPrice->cents()), yuan(product.price.cents()));
        else
            text += tr("到手价 %1").arg(yuan(product.effectivePrice().cents()));
    }
    // Three points read in a chat bubble; more are skipped by everyone.
    const QStringList points = product.sellingPoints.mid(0, 3);
    if (!points.isEmpty())
        text += QStringLiteral("｜") + points.join(QStringLiteral(" · "));
    if (unitsSold > 0)
        text += QStringLiteral("｜") + tr("直播间已售 %1 件").arg(unitsSold);
    return text;
}

QList<PackEntry> HotProductPack::choose(const ShowReview &review, const QList<catalog::Product> &catalog, const Options &options, const QString &outputDir)
{
    QList<ProductStats> sold;
    for (const ProductStats &p : review.products)
        if (figure(p, options.ranking) > 0)
            sold.append(p);
    std::stable_sort(sold.begin(), sold.end(), [&](const ProductStats &a, const ProductStats &b) {
        const qint64 fa = figure(a, options.ranking), fb = figure(b, options.ranking);
        if (fa != fb)
            return fa > fb;
        if (a.units != b.units)
            return a.units > b.units;
        return a.sku < b.sku;
    });
    sold = sold.mid(0, std::clamp(options.top, 1, kMaxTop));

    QHash<QString, const catalog::Product *> bySku;
    for (const catalog::Product &p : catalog)
        bySku.insert(p.sku, &p);
    const QDir dir(outputDir);
    QList<PackEntry> entries;
    for (const ProductStats &p : std::as_const(sold)) {
        PackEntry e;
        e.rank = int(entries.size()) + 1;
        e.stats = p;
        if (const catalog::Product *found = bySku.value(p.sku)) {
            e.product = *found;
        } else {
            e.inCatalog = false;
            e.product.sku = p.sku;
            e.product.title = p.title;
        }
        const QString base = ClipExporter::safeFileName(QStringLiteral("%1 %2 %3").arg(e.rank, 2, 10, QLatin1Char('0')).arg(p.sku, p.title));
        e.cardFile = base + QStringLiteral(".png");
        if (const std::optional<int> chapter = bestPitch(review, p.sku)) {
            const Chapter &c = review.chapters.at(*chapter);
            e.clip = ClipJob{c.title, c.media->path, c.media->startMs, c.media->endMs, dir.filePath(base + QStringLiteral(".mp4"))};
        }
        e.copy = copyFor(e.product, p.units);
        entries.append(e);
    }
    return entries;
}

QString HotProductPack::indexHtml(const ShowReview &review, const QList<PackEntry> &entries, const Options &options)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                               "<title>%1</title><style>"
                               "body{font-family:sans-serif;max-width:760px;margin:auto;padding:12px;color:#222}"
                               "section{border-top:1px solid #ddd;padding:12px 0}img,video{max-width:100%%;display:block;margin:6px 0}"
                               ".copy{background:#f4f4f4;padding:8px;border-radius:6px;user-select:all}.fig{color:#666}"
                               "</style></head><body>\n")
                    .arg(esc(tr("爆品 · %1").arg(review.summary.title)));
    h += QStringLiteral("<h1>%1</h1>\n<p class=\"fig\">%2</p>\n")
             .arg(esc(tr("爆品 · %1").arg(review.summary.title)),
                  esc(tr("%1 · show GMV %2 · ranked by %3")
                          .arg(review.summary.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), yuan(review.gmvCents),
                               options.ranking == Ranking::Gmv ? tr("GMV") : tr("GMV attributed to its pitches"))));
    for (const PackEntry &e : entries) {
        h += QStringLiteral("<section id=\"p%1\">\n<h2>%1. %2 <small>%3</small></h2>\n").arg(e.rank).arg(esc(e.product.title), esc(e.product.sku));
        h += QStringLiteral("<img src=\"%1\" alt=\"%2\">\n").arg(esc(QUrl::toPercentEncoding(e.cardFile)), esc(e.product.title));
        if (e.clip)
            h += QStringLiteral("<video controls preload=\"metadata\" src=\"%1\"></video>\n")
                     .arg(esc(QUrl::toPercentEncoding(QFileInfo(e.clip->outputPath).fileName())));
        else
            h += QStringLiteral("<p class=\"fig\">%1</p>\n").arg(esc(tr("No recorded pitch: no clip.")));
        if (!e.inCatalog)
            h += QStringLiteral("<p class=\"fig\">%1</p>\n").arg(esc(tr("Not in the catalog any more: no price or selling points.")));
        h += QStringLiteral("<p class=\"copy\">%1</p>\n").arg(esc(e.copy));
        h += QStringLiteral("<p class=\"fig\">%1</p>\n</section>\n")
                 .arg(esc(tr("GMV %1 · %2 orders · %3 units · attributed to its pitches %4")
                              .arg(yuan(e.stats.gmvCents))
                              .arg(e.stats.orders)
                              .arg(e.stats.units)
                              .arg(yuan(e.stats.attributedCents))));
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

bool HotProductPack::write(const ShowReview &review, const QList<catalog::Product> &catalog, const Options &options, const QString &outputDir,
                           const ClipExporter::Progress &progress, QStringList *written, QString *error)
{
    const QList<PackEntry> entries = choose(review, catalog, options, outputDir);
    if (entries.isEmpty()) {
        *error = options.ranking == Ranking::Gmv ? tr("show %1 has no sales: import its orders first (File → Import orders…)").arg(review.summary.id)
                                                 : tr("no sale of show %1 was paid during or after a pitch of its product").arg(review.summary.id);
        return false;
    }
    if (!QDir().mkpath(outputDir)) {
        *error = tr("cannot create %1").arg(outputDir);
        return false;
    }
    QList<ClipJob> jobs;
    for (const PackEntry &e : entries)
        if (e.clip)
            jobs.append(*e.clip);
    if (!ClipExporter::run(jobs, progress, written, error))
        return false;

    const QSize cardPx = overlay::ProductCardRenderer::defaultSize({1920, 1080});
    const QDir dir(outputDir);
    for (const PackEntry &e : entries) {
        overlay::ProductCardState state;
        state.product = e.product;
        // What sold is the social proof; the stock left was the show's, stale now.
        state.product.stock.reset();
        state.soldUnits = e.stats.units;
        const QImage card = overlay::ProductCardRenderer::render(state, overlay::ProductCardRenderer::templates().constFirst(), cardPx);
        const QString path = dir.filePath(e.cardFile);
        if (!card.save(path, "PNG")) {
            *error = tr("cannot write %1").arg(path);
            return false;
        }
        written->append(path);
    }
    QStringList copies;
    for (const PackEntry &e : entries)
        copies.append(QStringLiteral("%1. %2").arg(e.rank).arg(e.copy));
    const QString copyPath = dir.filePath(QStringLiteral("copy.txt"));
    const QString indexPath = dir.filePath(QStringLiteral("index.html"));
    if (!saveText(copyPath, (copies.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), error)
        || !saveText(indexPath, indexHtml(review, entries, options).toUtf8(), error))
        return false;
    written->append(copyPath);
    written->append(indexPath);
    return true;
}

} // namespace shopcast::replay
