#pragma once

#include <QFrame>
#include <QString>

namespace shopcast::app {

// The host's cue bars above the preview (a producer's note, a stock used up):
// near-black on amber, 11:1, legible from the host's seat and not the alarm
// red of a failure. The frame's object name scopes the rules.
inline void applyCueBannerStyle(QFrame *banner)
{
    const QString id = QLatin1Char('#') + banner->objectName();
    banner->setStyleSheet(QStringLiteral("%1{background:#ffb300;border-radius:3px}"
                                         "%1 QLabel{color:#1a1a1a}"
                                         "%1 QPushButton{color:#1a1a1a;background:transparent;border:1px solid #1a1a1a;border-radius:3px;"
                                         "padding:4px 14px;font-weight:bold}")
                              .arg(id));
}

} // namespace shopcast::app
