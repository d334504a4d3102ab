#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QAudioOutput;
class QComboBox;
class QLabel;
class QLineSeries;
class QMediaPlayer;
class QPushButton;
class QTableView;
class QVideoWidget;

namespace shopcast::replay {
class AudienceModel;
class ChapterModel;
class ClipExporter;
class ProductStatsModel;
class ReplayController;
struct ShowReview;
} // namespace shopcast::replay
namespace shopcast::storage {
class Database;
}

namespace shopcast::app {

class ChapterBar;

// The review of one past show (复盘): the recording with its chapter markers
// and chapter list (click to jump; J/K/L, arrows, , and . for a frame,
// PgUp/PgDn for chapters), the room's curves synced to the playhead, planned
// against actual, the per-product table, the KOC candidates (CSV), clips per
// pitch with progress and cancel, chapters into the MP4, the HTML report,
// the hot-product pack.
class ReplayWindow : public QMainWindow
{
    Q_OBJECT
public:
    ReplayWindow(storage::Database &db, replay::ShowReview review, QWidget *parent = nullptr);
    ~ReplayWindow() override;

    QMediaPlayer &player() { return *m_player; }
    replay::ReplayController &controller() { return *m_controller; }
    ChapterBar &chapterBar() { return *m_bar; }
    void jumpToChapter(int chapter);

signals:
    // The review was read again (a new attribution window): this window closes, that one shows.
    void reopened(shopcast::app::ReplayWindow *window);

private:
    static QString salesFigures(const replay::ShowReview &review);
    QWidget *buildCharts();
    QWidget *buildAudience();
    void loadRecording();
    void loadAudience(int scope); // 0: this show, 1: across shows
    // The ranking arrives later (the media pool); then() runs once it is shown.
    void withAudience(int scope, const std::function<void()> &then);
    void seek(qint64 mediaMs);
    void step(qint64 deltaMs);
    void updatePosition(qint64 mediaMs);
    void exportClips();
    void writeChapters();
    void exportReport();
    void exportPack();
    void reloadWithAttribution(qint64 attributionMs);
    void shortcut(const QKeySequence &key, const std::function<void()> &action);

    storage::Database &m_db;
    std::unique_ptr<replay::ReplayController> m_controller;
    std::unique_ptr<replay::ChapterModel> m_chapters;
    std::unique_ptr<replay::ProductStatsModel> m_products;
    std::unique_ptr<replay::AudienceModel> m_audience;
    std::unique_ptr<replay::ClipExporter> m_exporter;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_video = nullptr;
    ChapterBar *m_bar = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_play = nullptr;
    QTableView *m_chapterList = nullptr;
    QLineSeries *m_playhead = nullptr;
    int m_highest = 1;
    bool m_audienceLoaded = false;
};

} // namespace shopcast::app
