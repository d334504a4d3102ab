#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace shopcast::storage {
class Database;
}

namespace shopcast::app {

class ReplayWindow;

// File > Show library: the past shows (date, title, length, products, the
// recording and whether it is still there). Opening one whose recording was
// moved asks where it is now; the review opens in its own window.
class ShowLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShowLibraryDialog(storage::Database &db, QWidget *parent = nullptr);

    void reload();
    // Opens the review of a show (asking for a moved recording first when
    // ask is true): the review is read on a worker while the dialog says
    // so, then opened() brings its window; a show that cannot be read gets
    // a message instead.
    void openShow(qint64 showId, bool ask = true);

signals:
    void opened(shopcast::app::ReplayWindow *window);

private:
    void loadReview(qint64 showId);

    storage::Database &m_db;
    bool m_loading = false;
    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace shopcast::app
