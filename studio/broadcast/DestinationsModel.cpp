#include "DestinationsModel.hpp"

#include "OutputControl.hpp"

#include "style/Tones.hpp"

#include <QColor>

namespace shopcast::broadcast {

DestinationsModel::DestinationsModel(OutputControl &outputs, int intervalMs, QObject *parent, Clock clock)
    : QAbstractTableModel(parent)
    , m_outputs(outputs)
    , m_wallClock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{
    m_clock.start();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DestinationsModel::sample);
    m_timer.start();
    connect(&outputs, &OutputControl::outputStateChanged, this, [this](int index, OutputState, const QString &message) {
        sample();
        if (index >= 0 && index < m_rows.size()) {
            m_rows[index].message = message;
            emit dataChanged(this->index(index, State), this->index(index, State));
        }
    });
    connect(&outputs, &OutputControl::streamingStarted, this, &DestinationsModel::sample);
    connect(&outputs, &OutputControl::streamingStopped, this, &DestinationsModel::sample);
}

void DestinationsModel::sample()
{
    const QList<OutputStats> now = m_outputs.stats().outputs;
    const qint64 ms = m_clock.elapsed();
    const qint64 elapsed = std::max<qint64>(1, ms - m_lastMs);
    m_lastMs = ms;
    if (now.size() != m_rows.size()) {
        beginResetModel();
        m_rows.clear();
        for (const OutputStats &s : now)
            m_rows.append({s, {}, 0});
        endResetModel();
        return;
    }
    for (int i = 0; i < now.size(); ++i) {
        Row &r = m_rows[i];
        const quint64 before = r.stats.bytes;
        if (now.at(i).state != r.stats.state && now.at(i).state != OutputState::Reconnecting)
            r.message = now.at(i).error;
        r.kbps = now.at(i).bytes >= before ? double(now.at(i).bytes - before) * 8.0 / double(elapsed) : 0;
        r.stats = now.at(i);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

OutputState DestinationsModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).stats.state : OutputState::Idle;
}

QString DestinationsModel::stateLabel(OutputState state)
{
    switch (state) {
    case OutputState::Idle: return tr("idle");
    case OutputState::Connecting: return tr("connecting");
    case OutputState::Live: return tr("live");
    case OutputState::Reconnecting: return tr("reconnecting");
    case OutputState::Failed: return tr("failed");
    case OutputState::Stopped: return tr("stopped");
    }
    return {};
}

int DestinationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DestinationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DestinationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (expiresSoon(r))
            return style::Tones::text(style::Tone::Danger);
        switch (r.stats.state) {
        case OutputState::Live: return style::Tones::text(style::Tone::Success);
        case OutputState::Reconnecting:
        case OutputState::Connecting: return style::Tones::text(style::Tone::Warning);
        case OutputState::Failed: return style::Tones::text(style::Tone::Danger);
        default: return {};
        }
    }
    // The cells elide; the whole text (and the URL behind a name) is the tooltip.
    if (role == Qt::ToolTipRole && index.column() == State)
        return stateText(r);
    if (role == Qt::ToolTipRole && index.column() == Destination)
        return r.stats.redactedUrl;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Destination: return r.stats.name.isEmpty() ? r.stats.redactedUrl : r.stats.name;
    case State: return stateText(r);
    case Kbps: return r.stats.state == OutputState::Live ? QVariant(qRound(r.kbps)) : QVariant();
    case Dropped: return r.stats.droppedFrames;
    case Reconnects: return r.stats.reconnects;
    }
    return {};
}

QString DestinationsModel::stateText(const Row &row) const
{
    QStringList parts{stateLabel(row.stats.state)};
    if (!row.message.isEmpty())
        parts.append(row.message);
    if (row.stats.keyExpiry)
        parts.append(row.stats.keyExpiry->describe(m_wallClock()));
    return parts.join(QStringLiteral(" · "));
}

bool DestinationsModel::expiresSoon(const Row &row) const
{
    return row.stats.keyExpiry && m_wallClock().msecsTo(row.stats.keyExpiry->expiresUtc) < kExpiryWarningMs;
}

QVariant DestinationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Destination: return tr("Destination");
    case State: return tr("State");
    case Kbps: return tr("kbps");
    case Dropped: return tr("Dropped");
    case Reconnects: return tr("Reconnects");
    }
    return {};
}

} // namespace shopcast::broadcast
