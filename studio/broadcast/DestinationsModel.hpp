#pragma once

#include "EngineStats.hpp"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QTimer>

namespace shopcast::broadcast {

class OutputControl;

// The live destinations for the Destinations panel: each one's state as the
// output says it (connecting, live, "reconnecting in 4 s (attempt 2): …",
// failed with the reason), its bitrate over the last second, dropped frames
// and reconnects. Sampled once a second and on every state change.
class DestinationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Destination, State, Kbps, Dropped, Reconnects, ColumnCount };

    explicit DestinationsModel(OutputControl &outputs, int intervalMs = 1000, QObject *parent = nullptr);

    // For tests: one sample now.
    void sample();
    OutputState stateAt(int row) const;
    static QString stateLabel(OutputState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        OutputStats stats;
        QString message;
        double kbps = 0;
    };
    OutputControl &m_outputs;
    QList<Row> m_rows;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
};

} // namespace shopcast::broadcast
