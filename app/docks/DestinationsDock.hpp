#pragma once

#include <QDockWidget>

class QLabel;
class QTableView;

namespace shopcast::broadcast {
class DestinationsModel;
class OutputControl;
} // namespace shopcast::broadcast

namespace shopcast::app {

// While live: every destination with its state, bitrate, dropped frames and
// reconnects; Reconnect now, Stop and Start act on the selected one alone —
// the others and the recording go on.
class DestinationsDock : public QDockWidget
{
    Q_OBJECT
public:
    DestinationsDock(broadcast::OutputControl &outputs, broadcast::DestinationsModel &model, QWidget *parent = nullptr);

private:
    broadcast::OutputControl &m_outputs;
    broadcast::DestinationsModel &m_model;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace shopcast::app
