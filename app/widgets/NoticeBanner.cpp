#include "NoticeBanner.hpp"

#include "style/Tones.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace shopcast::app {

namespace {
constexpr qsizetype kKept = 20;       // older notices are dropped
constexpr qsizetype kTextChars = 600; // one notice, as shown
} // namespace

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBanner"));
    // White on the alarm red: 5.6:1 on both themes.
    setStyleSheet(QStringLiteral("#noticeBanner{background:%1;border-radius:3px}"
                                 "#noticeBanner QLabel{color:white;font-weight:bold}"
                                 "#noticeBanner QPushButton{color:white;background:transparent;border:1px solid white;border-radius:3px;padding:2px 10px}")
                      .arg(style::Tones::alarmBackground().name()));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QPushButton(tr("Dismiss"), this);
    m_close->setObjectName(QStringLiteral("noticeDismiss"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QPushButton::clicked, this, &NoticeBanner::dismiss);
    hide();
}

void NoticeBanner::post(const QString &text)
{
    const QString shown = text.left(kTextChars).trimmed();
    if (shown.isEmpty())
        return;
    m_notices.removeAll(shown);
    m_notices.prepend(shown);
    if (m_notices.size() > kKept)
        m_notices.resize(kKept);
    refresh();
}

void NoticeBanner::dismiss()
{
    m_notices.clear();
    refresh();
}

void NoticeBanner::refresh()
{
    if (m_notices.isEmpty()) {
        hide();
        return;
    }
    QString text = m_notices.first();
    if (m_notices.size() > 1)
        text += QLatin1Char('\n') + tr("(and %n earlier problem(s): see the status bar and the Destinations panel)", nullptr, int(m_notices.size() - 1));
    m_text->setText(text);
    m_text->setToolTip(m_notices.join(QLatin1Char('\n')));
    show();
}

} // namespace shopcast::app
