#pragma once

#include "EngineStats.hpp"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace shopcast::broadcast {

class OutputControl;

// The live destinations for the Destinations panel: each one's state as the
// output says it (connecting, live, "reconnecting in 4 s (attempt 2): …",
// failed with the reason, and when a signed push address expires: "推流码
// 20:30 过期"), its bitrate over the last second, dropped frames and
// reconnects. Sampled once a second and on every state change.
class DestinationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Destination, State, Kbps, Dropped, Reconnects, ColumnCount };

    using Clock = std::function<QDateTime()>;
    // clock: the wall clock a signed key's expiry is told against (the system's when not given).
    explicit DestinationsModel(OutputControl &outputs, int intervalMs = 1000, QObject *parent = nullptr, Clock clock = {});

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
    QString stateText(const Row &row) const;
    // Expired, or ending within kExpiryWarningMs: shown in red.
    bool expiresSoon(const Row &row) const;
    static constexpr qint64 kExpiryWarningMs = 15 * 60 * 1000;
    OutputControl &m_outputs;
    QList<Row> m_rows;
    QTimer m_timer{this};
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    Clock m_wallClock;
};

} // namespace shopcast::broadcast
