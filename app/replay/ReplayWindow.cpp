#include "ReplayWindow.hpp"

#include "ChapterBar.hpp"

#include "replay/AudienceModel.hpp"
#include "replay/AudienceRanking.hpp"
#include "storage/Database.hpp"
#include "replay/ChapterModel.hpp"
#include "replay/ClipExporter.hpp"
#include "replay/HotProductPack.hpp"
#include "catalog/Money.hpp"
#include "catalog/ProductRepository.hpp"
#include "storage/ReadConnection.hpp"
#include "replay/ProductStatsModel.hpp"
#include "replay/ReplayController.hpp"
#include "replay/ReportWriter.hpp"
#include "replay/ShowReview.hpp"
#include "rundown/SlotKind.hpp"
#include "work/Work.hpp"

#include <QAudioOutput>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QVideoWidget>

namespace shopcast::app {

using replay::ChapterModel;

QString ReplayWindow::salesFigures(const replay::ShowReview &r)
{
    const auto money = [](qint64 cents) { return catalog::Money::fromCents(cents).toString(); };
    QStringList parts{tr("GMV ¥%1").arg(money(r.gmvCents)), tr("%n order(s)", nullptr, r.orders), tr("%n unit(s)", nullptr, r.units),
                      tr("%n refund(s)", nullptr, r.refunds)};
    if (r.audienceKnown)
        parts << tr("views %1 · viewers %2 · peak online %3").arg(r.views).arg(r.viewers).arg(r.peakOnline)
              << tr("GPM ¥%1 · UV value ¥%2").arg(money(r.gpmCents()), money(r.uvValueCents()));
    return parts.join(QStringLiteral(" · "));
}

ReplayWindow::ReplayWindow(storage::Database &db, replay::ShowReview review, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_controller(std::make_unique<replay::ReplayController>(std::move(review)))
    , m_chapters(std::make_unique<replay::ChapterModel>())
    , m_products(std::make_unique<replay::ProductStatsModel>())
    , m_audience(std::make_unique<replay::AudienceModel>())
    , m_exporter(std::make_unique<replay::ClipExporter>())
{
    setObjectName(QStringLiteral("replayWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    const replay::ShowReview &r = m_controller->review();
    setWindowTitle(tr("Review 复盘: %1 (%2)").arg(r.summary.title, r.summary.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_chapters->setChapters(r.chapters);
    m_products->setProducts(r.products);

    auto *tools = addToolBar(tr("Review"));
    tools->setObjectName(QStringLiteral("replayTools"));
    tools->addAction(tr("Export clips…"), this, &ReplayWindow::exportClips);
    tools->addAction(tr("Write chapters into the recording"), this, &ReplayWindow::writeChapters);
    tools->addAction(tr("Export report…"), this, &ReplayWindow::exportReport);
    auto *pack = tools->addAction(tr("Hot-product pack…"), this, &ReplayWindow::exportPack);
    pack->setObjectName(QStringLiteral("hotProductPack"));
    pack->setToolTip(tr("The top products by GMV, each with its clip, card and copy, in one folder for the second push (二次推广)"));
    tools->addSeparator();
    // The attribution rule is the merchant's: how long after a pitch an order still counts for it.
    auto *attribution = new QSpinBox(tools);
    attribution->setObjectName(QStringLiteral("attributionMinutes"));
    attribution->setRange(0, replay::ShowReview::kMaxAttributionMinutes);
    attribution->setValue(int(r.attributionMs / 60'000));
    attribution->setPrefix(tr("Orders count for a pitch up to "));
    attribution->setSuffix(tr(" min after it"));
    attribution->setKeyboardTracking(false); // one reload per value typed, not per digit
    tools->addWidget(attribution);
    connect(attribution, &QSpinBox::valueChanged, this, [this](int minutes) { reloadWithAttribution(minutes * 60'000LL); });

    auto *top = new QSplitter(Qt::Horizontal);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_video = new QVideoWidget(left);
    m_video->setMinimumSize(320, 180);
    m_bar = new ChapterBar(left);
    auto *transport = new QHBoxLayout;
    m_play = new QPushButton(tr("Play"), left);
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_time = new QLabel(left);
    m_time->setObjectName(QStringLiteral("replayTime"));
    auto *recordings = new QComboBox(left);
    for (const replay::RecordingSpan &span : r.summary.recordings)
        recordings->addItem(QStringLiteral("%1 (%2)").arg(QFileInfo(span.path).fileName(), ChapterModel::formatMs(span.startMs)));
    recordings->setVisible(r.summary.recordings.size() > 1);
    recordings->setCurrentIndex(m_controller->recordingIndex());
    transport->addWidget(m_play);
    transport->addWidget(m_time, 1);
    transport->addWidget(recordings);
    leftLayout->addWidget(m_video, 1);
    leftLayout->addWidget(m_bar);
    leftLayout->addLayout(transport);
    m_chapterList = new QTableView;
    m_chapterList->setObjectName(QStringLiteral("chapterList"));
    m_chapterList->setModel(m_chapters.get());
    m_chapterList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chapterList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chapterList->verticalHeader()->hide();
    m_chapterList->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chapterList->horizontalHeader()->setSectionResizeMode(ChapterModel::Title, QHeaderView::Stretch);
    top->addWidget(left);
    top->addWidget(m_chapterList);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("replayTabs"));
    tabs->addTab(buildCharts(), tr("The room"));
    auto *timing = new QChartView;
    {
        auto *chart = new QChart;
        chart->setTitle(tr("Planned against actual per slot (minutes)"));
        auto *planned = new QBarSet(tr("Planned"));
        auto *actual = new QBarSet(tr("Actual"));
        QStringList categories;
        double longest = 1;
        for (const replay::SlotTiming &s : r.slotTimings) {
            *planned << s.plannedMs / 60'000.0;
            *actual << s.actualMs / 60'000.0;
            longest = std::max({longest, s.plannedMs / 60'000.0, s.actualMs / 60'000.0});
            // Which slot, not only its number: "3 商品 CUP-01".
            const std::optional<rundown::SlotKind> kind = rundown::SlotKinds::fromId(s.kind);
            categories.append(QStringLiteral("%1 %2 %3").arg(s.index + 1).arg(kind ? rundown::SlotKinds::label(*kind) : s.kind, s.sku).trimmed());
        }
        planned->setColor(QColor(0xbd, 0xbd, 0xbd));
        actual->setColor(QColor(0x1e, 0x88, 0xe5));
        auto *series = new QBarSeries;
        series->append({planned, actual});
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        auto *y = new QValueAxis;
        y->setRange(0, longest * 1.1);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        timing->setChart(chart);
    }
    tabs->addTab(timing, tr("Planned vs actual"));
    auto *productsPage = new QWidget;
    auto *productsLayout = new QVBoxLayout(productsPage);
    // The show's money in one line over the table, with GPM and UV value
    // where the platforms reported the room's size.
    auto *figures = new QLabel(salesFigures(r), productsPage);
    figures->setObjectName(QStringLiteral("salesFigures"));
    figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    figures->setVisible(r.gmvCents > 0 || r.refunds > 0 || r.audienceKnown);
    auto *products = new QTableView(productsPage);
    products->setObjectName(QStringLiteral("productStats"));
    products->setModel(m_products.get());
    products->horizontalHeader()->setSectionResizeMode(replay::ProductStatsModel::TopQuestions, QHeaderView::Stretch);
    products->verticalHeader()->hide();
    products->setColumnHidden(replay::ProductStatsModel::PitchViews, !r.audienceKnown);
    products->setColumnHidden(replay::ProductStatsModel::PitchGpm, !r.audienceKnown);
    productsLayout->addWidget(figures);
    productsLayout->addWidget(products, 1);
    tabs->addTab(productsPage, tr("Products"));
    QWidget *audience = buildAudience();
    tabs->addTab(audience, tr("Audience (KOC)"));
    // Ranking every viewer takes a moment on a big show: only when asked for.
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs, audience](int) {
        if (tabs->currentWidget() == audience && !m_audienceLoaded)
            loadAudience(0);
    });

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    setCentralWidget(split);
    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("%1 comments · %2 questions · %3 moderation actions · %4 lottery entrants")
                          .arg(r.comments)
                          .arg(r.questions)
                          .arg(r.moderationActions)
                          .arg(r.lotteryEntrants));

    m_player = new QMediaPlayer(this);
    // A machine without a sound device still reviews the picture: with an
    // audio output and no device, GStreamer stops the whole stream.
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        m_audio = new QAudioOutput(this);
        m_player->setAudioOutput(m_audio);
    }
    m_player->setVideoOutput(m_video);
    connect(m_player, &QMediaPlayer::positionChanged, this, &ReplayWindow::updatePosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64) { loadRecording(); });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState s) { m_play->setText(s == QMediaPlayer::PlayingState ? tr("Pause") : tr("Play")); });
    // Paused on its first frame once loaded: a black box until Play read as
    // "the recording is broken".
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::LoadedMedia && m_player->playbackState() == QMediaPlayer::StoppedState)
            m_player->pause();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &text) { m_status->setText(tr("The recording cannot be played: %1").arg(text)); });
    connect(m_play, &QPushButton::clicked, this, [this] { m_player->playbackState() == QMediaPlayer::PlayingState ? m_player->pause() : m_player->play(); });
    connect(m_bar, &ChapterBar::chapterClicked, this, &ReplayWindow::jumpToChapter);
    connect(m_bar, &ChapterBar::seekRequested, this, &ReplayWindow::seek);
    connect(m_chapterList, &QTableView::activated, this, [this](const QModelIndex &i) { jumpToChapter(i.row()); });
    connect(m_chapterList, &QTableView::clicked, this, [this](const QModelIndex &i) { jumpToChapter(i.row()); });
    connect(recordings, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_controller->setRecording(index)) {
            m_player->setSource(QUrl::fromLocalFile(m_controller->mediaPath()));
            loadRecording();
        }
    });
    connect(m_exporter.get(), &replay::ClipExporter::finished, this, [this](const QStringList &written, const QString &error, bool cancelled) {
        if (cancelled)
            m_status->setText(tr("Clip export cancelled; nothing was kept."));
        else if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export clips"), error);
        else
            m_status->setText(tr("%n clip(s) written.", nullptr, int(written.size())));
    });

    // The editor's keys: J/L jump back/forward, K plays or pauses, arrows
    // move a little, , and . a frame (paused), PgUp/PgDn go by chapter.
    shortcut(Qt::Key_K, [this] { m_play->click(); });
    shortcut(Qt::Key_Space, [this] { m_play->click(); });
    shortcut(Qt::Key_J, [this] { step(-replay::ReplayController::kLongJumpMs); });
    shortcut(Qt::Key_L, [this] { step(replay::ReplayController::kLongJumpMs); });
    shortcut(Qt::Key_Left, [this] { step(-replay::ReplayController::kShortJumpMs); });
    shortcut(Qt::Key_Right, [this] { step(replay::ReplayController::kShortJumpMs); });
    shortcut(Qt::Key_Comma, [this] {
        m_player->pause();
        step(-replay::ReplayController::frameMs(30));
    });
    shortcut(Qt::Key_Period, [this] {
        m_player->pause();
        step(replay::ReplayController::frameMs(30));
    });
    shortcut(Qt::Key_PageDown, [this] {
        if (const auto at = m_controller->nextChapterPosition(m_player->position()))
            seek(*at);
    });
    shortcut(Qt::Key_PageUp, [this] {
        const auto at = m_controller->previousChapterPosition(m_player->position());
        seek(at.value_or(0));
    });

    if (!m_controller->mediaPath().isEmpty())
        m_player->setSource(QUrl::fromLocalFile(m_controller->mediaPath()));
    else
        m_status->setText(tr("No recording of this show is on disk: the figures are all there is to review."));
    loadRecording();
    updatePosition(0);
}

ReplayWindow::~ReplayWindow()
{
    m_player->stop();
}

void ReplayWindow::shortcut(const QKeySequence &key, const std::function<void()> &action)
{
    auto *s = new QShortcut(key, this);
    connect(s, &QShortcut::activated, this, action);
}

QWidget *ReplayWindow::buildCharts()
{
    const replay::ShowReview &r = m_controller->review();
    auto *chart = new QChart;
    chart->setTitle(tr("Per minute of the show"));
    auto *x = new QValueAxis;
    x->setTitleText(tr("minute"));
    x->setLabelFormat(QStringLiteral("%d"));
    const qsizetype lastMinute = std::max<qsizetype>(1, r.commentsPerMinute.size() - 1);
    x->setRange(0, lastMinute);
    x->setTickCount(int(std::clamp<qsizetype>(lastMinute + 1, 2, 13))); // whole minutes on short shows
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const struct
    {
        QString name;
        const QList<int> &values;
        QColor colour;
    } curves[] = {{tr("Comments"), r.commentsPerMinute, QColor(0x1e, 0x88, 0xe5)},
                  {tr("Questions"), r.questionsPerMinute, QColor(0xff, 0x8f, 0x00)},
                  {tr("Moderation actions"), r.moderationPerMinute, QColor(0xe5, 0x39, 0x35)},
                  {tr("Lottery entrants"), r.entrantsPerMinute, QColor(0x43, 0xa0, 0x47)},
                  {tr("Orders"), r.ordersPerMinute, QColor(0x8e, 0x24, 0xaa)}};
    for (const auto &c : curves) {
        if (&c.values == &r.ordersPerMinute && r.orders == 0)
            continue; // a show without orders keeps its legend as it was
        auto *series = new QLineSeries;
        series->setName(c.name);
        series->setColor(c.colour);
        QList<QPointF> points;
        points.reserve(c.values.size());
        for (int i = 0; i < c.values.size(); ++i) {
            points.append(QPointF(i, c.values.at(i)));
            m_highest = std::max(m_highest, c.values.at(i));
        }
        series->replace(points); // one update, not one per point
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    y->setRange(0, m_highest * 1.1);
    m_playhead = new QLineSeries;
    m_playhead->setName(tr("Playhead"));
    m_playhead->setColor(Qt::black);
    chart->addSeries(m_playhead);
    m_playhead->attachAxis(x);
    m_playhead->attachAxis(y);
    auto *view = new QChartView(chart);
    view->setObjectName(QStringLiteral("activityChart"));
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

QWidget *ReplayWindow::buildAudience()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    auto *scope = new QComboBox(page);
    scope->addItem(tr("This show"));
    scope->addItem(tr("Across all shows"));
    auto *exportCsv = new QPushButton(tr("Export CSV…"), page);
    row->addWidget(new QLabel(tr("Most engaged viewers:"), page));
    row->addWidget(scope);
    row->addStretch();
    row->addWidget(exportCsv);
    auto *table = new QTableView(page);
    table->setObjectName(QStringLiteral("audienceTable"));
    table->setModel(m_audience.get());
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(replay::AudienceModel::Name, QHeaderView::Stretch);
    layout->addLayout(row);
    layout->addWidget(table);
    connect(scope, &QComboBox::currentIndexChanged, this, &ReplayWindow::loadAudience);
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export viewers"), QStringLiteral("koc.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !replay::AudienceRanking::exportCsv(m_audience->members(), path, &error))
            QMessageBox::warning(this, tr("Export viewers"), error);
    });
    return page;
}

void ReplayWindow::loadAudience(int scope)
{
    withAudience(scope, {});
}

void ReplayWindow::withAudience(int scope, const std::function<void()> &then)
{
    // Ranked on the media pool: a second for a 3-hour show, the window goes on.
    const qint64 id = scope == 0 ? m_controller->review().summary.id : 0;
    m_status->setText(tr("Ranking the viewers…"));
    replay::AudienceRanking::rankLater(m_db.path(), id, 200, this, [this, then](const QList<replay::AudienceMember> &members, const QString &error) {
        m_audience->setMembers(members);
        m_audienceLoaded = true;
        m_status->setText(error);
        if (then)
            then();
    });
}

void ReplayWindow::loadRecording()
{
    // The markers of the chapters recorded in the file being played.
    QList<ChapterBar::Marker> markers;
    const QString path = m_controller->mediaPath();
    const QList<replay::Chapter> &chapters = m_controller->review().chapters;
    for (int i = 0; i < chapters.size(); ++i) {
        const replay::Chapter &c = chapters.at(i);
        if (c.media && c.media->path == path)
            markers.append({i, c.kind, c.media->startMs, c.media->endMs, c.title});
    }
    qint64 duration = m_player->duration();
    if (duration <= 0 && m_controller->recordingIndex() >= 0) {
        const replay::RecordingSpan &span = m_controller->review().summary.recordings.at(m_controller->recordingIndex());
        duration = span.endMs - span.startMs;
    }
    m_bar->setMarkers(markers, duration);
}

void ReplayWindow::jumpToChapter(int chapter)
{
    const auto at = m_controller->chapterPosition(chapter);
    if (!at) {
        m_status->setText(tr("That chapter was not recorded in this file."));
        return;
    }
    m_chapterList->selectRow(chapter);
    seek(*at);
}

void ReplayWindow::seek(qint64 mediaMs)
{
    m_player->setPosition(std::max<qint64>(0, mediaMs));
    updatePosition(std::max<qint64>(0, mediaMs));
}

void ReplayWindow::step(qint64 deltaMs)
{
    seek(m_player->position() + deltaMs);
}

void ReplayWindow::updatePosition(qint64 mediaMs)
{
    m_bar->setPosition(mediaMs);
    const qint64 showMs = m_controller->showTimeFor(mediaMs);
    m_time->setText(tr("%1 of the show · %2 in the file").arg(ChapterModel::formatMs(showMs), ChapterModel::formatMs(mediaMs)));
    const double minute = showMs / 60'000.0;
    m_playhead->replace({QPointF(minute, 0), QPointF(minute, m_highest * 1.1)});
}

void ReplayWindow::exportClips()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export clips to"));
    if (dir.isEmpty())
        return;
    const QList<replay::ClipJob> jobs = replay::ClipExporter::jobsFor(m_controller->review().chapters, dir);
    if (jobs.isEmpty()) {
        QMessageBox::information(this, tr("Export clips"), tr("No product pitch of this show was recorded."));
        return;
    }
    auto *progress = new QProgressDialog(tr("Cutting %n clip(s)…", nullptr, int(jobs.size())), tr("Cancel"), 0, 1000, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    connect(progress, &QProgressDialog::canceled, m_exporter.get(), &replay::ClipExporter::cancel);
    connect(m_exporter.get(), &replay::ClipExporter::progress, progress,
            [progress](int job, int total, double fraction) { progress->setValue(int(1000 * (job + fraction) / std::max(1, total))); });
    connect(m_exporter.get(), &replay::ClipExporter::finished, progress, &QProgressDialog::close);
    m_exporter->start(jobs);
}

void ReplayWindow::writeChapters()
{
    const QString path = m_controller->mediaPath();
    if (path.isEmpty())
        return;
    // The player holds the file open: release it while the file is rewritten.
    const qint64 at = m_player->position();
    m_player->setSource({});
    QString error;
    if (!replay::ClipExporter::writeChapters(path, m_controller->review().chapters, &error))
        QMessageBox::warning(this, tr("Write chapters"), error);
    else
        m_status->setText(tr("Chapters written into %1").arg(path));
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->setPosition(at);
}

void ReplayWindow::exportReport()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Write the report to"));
    if (dir.isEmpty())
        return;
    const auto write = [this, dir] {
        // Charts drawn and files written on the media pool (QPainter on a
        // QImage is fine off the GUI thread); the window goes on meanwhile.
        m_status->setText(tr("Writing the report to %1…").arg(dir));
        work::Work::run(
            work::Pool::Media, this,
            [review = m_controller->review(), members = m_audience->members(), dir] {
                QString error;
                return replay::ReportWriter::write(review, members, dir, &error) ? QString() : error;
            },
            [this, dir](const QString &error) {
                if (!error.isEmpty()) {
                    m_status->setText(tr("The report was not written: %1").arg(error));
                    QMessageBox::warning(this, tr("Export report"), error);
                    return;
                }
                m_status->setText(tr("Report written to %1").arg(dir));
                QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(dir).filePath(QStringLiteral("report.html"))));
            });
    };
    if (m_audienceLoaded)
        write();
    else
        withAudience(0, write);
}

void ReplayWindow::exportPack()
{
    if (m_controller->review().gmvCents <= 0) {
        QMessageBox::information(this, tr("Hot-product pack"), tr("This show has no sales yet: import its orders first (File → Import orders…)."));
        return;
    }
    QDialog ask(this);
    ask.setWindowTitle(tr("Hot-product pack"));
    auto *form = new QFormLayout(&ask);
    auto *top = new QSpinBox(&ask);
    top->setRange(1, replay::HotProductPack::kMaxTop);
    top->setValue(5);
    auto *ranking = new QComboBox(&ask);
    ranking->addItem(tr("GMV of the show"), int(replay::HotProductPack::Ranking::Gmv));
    ranking->addItem(tr("GMV attributed to its pitches"), int(replay::HotProductPack::Ranking::Attributed));
    form->addRow(tr("Products:"), top);
    form->addRow(tr("Rank by:"), ranking);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    replay::HotProductPack::Options options;
    options.top = top->value();
    options.ranking = replay::HotProductPack::Ranking(ranking->currentData().toInt());
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Write the pack to"));
    if (dir.isEmpty())
        return;
    m_status->setText(tr("Writing the hot-product pack to %1…").arg(dir));
    // The catalog is read and clips cut on the media pool, on a connection of its own.
    work::Work::run(
        work::Pool::Media, this,
        [review = m_controller->review(), databasePath = m_db.path(), options, dir] {
            const storage::ReadConnection reader(databasePath);
            if (!reader.isOpen())
                return reader.error();
            QString error;
            QList<catalog::Product> catalog;
            QStringList written;
            if (!catalog::ProductRepository::allIn(reader.connection(), catalog, &error)
                || !replay::HotProductPack::write(review, catalog, options, dir, {}, &written, &error))
                return error;
            return QString();
        },
        [this, dir](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(tr("The pack was not written: %1").arg(error));
                QMessageBox::warning(this, tr("Hot-product pack"), error);
                return;
            }
            m_status->setText(tr("Hot-product pack written to %1").arg(dir));
            QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(dir).filePath(QStringLiteral("index.html"))));
        });
}

void ReplayWindow::reloadWithAttribution(qint64 attributionMs)
{
    replay::ShowReview::setAttributionMsFor(m_db.path(), attributionMs);
    m_status->setText(tr("Counting orders again…"));
    // Read again on the media pool; the window reopens with the new figures where the player was.
    replay::ShowReview::loadLater(m_db.path(), m_controller->review().summary.id, this, [this](std::optional<replay::ShowReview> review, const QString &error) {
        if (!review) {
            m_status->setText(tr("The review was not read again: %1").arg(error));
            return;
        }
        auto *again = new ReplayWindow(m_db, std::move(*review), parentWidget());
        again->setGeometry(geometry());
        again->player().setPosition(m_player->position());
        again->show();
        emit reopened(again);
        close();
    });
}

} // namespace shopcast::app
