#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace shopcast::app {

// A failure the host must see, shown above the preview until dismissed: a
// destination that did not start, a stream that dropped for good. The status
// bar only flashes; this stays. The same text twice is shown once; the newest
// is on top and a few more are counted, never piled up.
class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    void post(const QString &text);
    void dismiss();
    const QStringList &notices() const { return m_notices; }

private:
    void refresh();

    QLabel *m_text = nullptr;
    QPushButton *m_close = nullptr;
    QStringList m_notices; // newest first
};

} // namespace shopcast::app
