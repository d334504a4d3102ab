#pragma once

#include <QDockWidget>
#include <QTimer>

class QLabel;
class QTextBrowser;

namespace shopcast::show {
class LiveProductController;
}

namespace shopcast::app {

// What the host reads while presenting: the product on air, its live price,
// selling points and talking points, in large type.
class HostNotesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit HostNotesDock(show::LiveProductController &live, QWidget *parent = nullptr);

private:
    void refresh();

    show::LiveProductController &m_live;
    QLabel *m_title = nullptr;
    QLabel *m_price = nullptr;
    QTextBrowser *m_notes = nullptr;
    QTimer m_countdown{this};
};

} // namespace shopcast::app
