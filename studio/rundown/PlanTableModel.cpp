#include "PlanTableModel.hpp"

#include <QColor>
#include <QMimeData>

namespace shopcast::rundown {

PlanTableModel::PlanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanTableModel::setPlan(const ShowPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_violations = PlanLinter::lint(m_plan);
    endResetModel();
    emit planEdited();
}

void PlanTableModel::setRule(const RhythmRule &rule)
{
    m_plan.rule = rule;
    relint();
}

void PlanTableModel::setTitle(const QString &title)
{
    m_plan.title = title;
    emit planEdited();
}

void PlanTableModel::setPlannedLength(std::optional<qint64> ms)
{
    m_plan.plannedLengthMs = ms;
    relint();
}

void PlanTableModel::relint()
{
    m_violations = PlanLinter::lint(m_plan);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit planEdited();
}

QList<PlanViolation> PlanTableModel::violationsAt(int row) const
{
    QList<PlanViolation> out;
    for (const PlanViolation &v : m_violations)
        if (v.slotIndex == row)
            out.append(v);
    return out;
}

void PlanTableModel::addSlot(SlotKind kind, int row)
{
    if (row < 0 || row > m_plan.slotList.size())
        row = int(m_plan.slotList.size());
    qint64 planned = 60'000;
    if (kind == SlotKind::Product)
        planned = m_plan.rule.maxPitchMs;
    else if (m_plan.rule.isInterlude(kind))
        planned = m_plan.rule.interludeMs;
    beginInsertRows({}, row, row);
    m_plan.slotList.insert(row, {kind, planned, {}, {}});
    endInsertRows();
    relint();
}

bool PlanTableModel::removeSlot(int row)
{
    if (row < 0 || row >= m_plan.slotList.size())
        return false;
    beginRemoveRows({}, row, row);
    m_plan.slotList.removeAt(row);
    endRemoveRows();
    relint();
    return true;
}

bool PlanTableModel::moveSlot(int from, int to)
{
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

bool PlanTableModel::moveRows(const QModelIndex &, int sourceRow, int count, const QModelIndex &, int destinationChild)
{
    const int n = int(m_plan.slotList.size());
    if (count != 1 || sourceRow < 0 || sourceRow >= n || destinationChild < 0 || destinationChild > n || destinationChild == sourceRow
        || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    m_plan.slotList.move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    endMoveRows();
    relint();
    return true;
}

QString PlanTableModel::formatDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> PlanTableModel::parseDuration(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.isEmpty() || parts.size() > 3)
        return std::nullopt;
    qint64 seconds = 0;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const int v = parts.at(i).trimmed().toInt(&ok);
        if (!ok || v < 0 || (i > 0 && v >= 60))
            return std::nullopt;
        seconds = seconds * 60 + v;
    }
    if (seconds <= 0 || seconds > 24 * 3600)
        return std::nullopt;
    return seconds * 1000;
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.slotList.size());
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.slotList.size())
        return {};
    const PlanSlot &slot = m_plan.slotList.at(index.row());
    const QList<PlanViolation> marks = violationsAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Kind: return role == Qt::EditRole ? SlotKinds::id(slot.kind) : SlotKinds::label(slot.kind);
        case Planned: return formatDuration(slot.plannedMs);
        case Sku: return slot.sku;
        case Notes: return slot.notes;
        case Preset: return role == Qt::DisplayRole ? presetSummary(slot) : QVariant();
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == Countdown)
            return slot.countdown ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::BackgroundRole:
        if (!marks.isEmpty())
            return QColor(0xff, 0xcd, 0xd2);
        break;
    case Qt::ForegroundRole:
        if (!marks.isEmpty())
            return QColor(0x21, 0x21, 0x21); // readable on the mark in the dark theme too
        break;
    case Qt::ToolTipRole:
        if (!marks.isEmpty()) {
            QStringList lines;
            for (const PlanViolation &v : marks)
                lines.append(v.message);
            return lines.join(QLatin1Char('\n'));
        }
        break;
    }
    return {};
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section == Countdown)
        return tr("The slot's remaining time on stream");
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_plan.slotList.size())
            return {};
        return QStringLiteral("%1  %2").arg(section + 1).arg(formatDuration(m_plan.plannedOffsetMs(section)));
    }
    switch (section) {
    case Kind: return tr("Slot");
    case Planned: return tr("Planned");
    case Sku: return tr("Product (SKU)");
    case Notes: return tr("Notes");
    case Countdown: return tr("Countdown");
    case Preset: return tr("Lottery / poll");
    }
    return {};
}

QStringList PlanTableModel::mimeTypes() const
{
    return {QStringLiteral("application/x-shopcast-plan-row")};
}

QMimeData *PlanTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeTypes().first(), QByteArray::number(indexes.first().row()));
    return mime;
}

bool PlanTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(mimeTypes().first()))
        return false;
    const int from = data->data(mimeTypes().first()).toInt();
    moveRows({}, from, 1, {}, row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount()));
    return false; // moved here; the view must not remove the source row
}

Qt::ItemFlags PlanTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    if (!index.isValid())
        return f;
    if (index.column() == Countdown)
        return f | Qt::ItemIsUserCheckable;
    if (index.column() == Preset)
        return f; // edited with the dock's "Lottery / poll…" button
    if (index.column() != Sku || m_plan.slotList.at(index.row()).kind == SlotKind::Product)
        f |= Qt::ItemIsEditable;
    return f;
}

QString PlanTableModel::presetSummary(const PlanSlot &slot)
{
    if (slot.kind != SlotKind::Lottery && slot.kind != SlotKind::Poll)
        return {};
    if (slot.preset.isEmpty())
        return tr("(the show's default)");
    if (slot.kind == SlotKind::Poll)
        return slot.preset.value(QStringLiteral("question")).toString();
    return tr("%1 × %2 · %3")
        .arg(slot.preset.value(QStringLiteral("prize")).toString())
        .arg(slot.preset.value(QStringLiteral("winners")).toInt(1))
        .arg(slot.preset.value(QStringLiteral("keyword")).toString());
}

bool PlanTableModel::setSlotPreset(int row, const QJsonObject &preset)
{
    if (row < 0 || row >= m_plan.slotList.size())
        return false;
    PlanSlot &slot = m_plan.slotList[row];
    if (slot.kind != SlotKind::Lottery && slot.kind != SlotKind::Poll)
        return false;
    slot.preset = preset;
    relint();
    return true;
}

bool PlanTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_plan.slotList.size())
        return false;
    PlanSlot &slot = m_plan.slotList[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Countdown) {
        slot.countdown = value.toInt() == Qt::Checked;
        relint();
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Kind: {
        auto kind = SlotKinds::fromId(text);
        for (const QString &id : SlotKinds::allIds())
            if (!kind && SlotKinds::label(*SlotKinds::fromId(id)) == text)
                kind = SlotKinds::fromId(id);
        if (!kind) {
            emit editRejected(tr("'%1' is not a slot kind").arg(text));
            return false;
        }
        if (slot.kind != *kind)
            slot.preset = {}; // a lottery's preset means nothing to a poll
        slot.kind = *kind;
        if (slot.kind != SlotKind::Product)
            slot.sku.clear();
        break;
    }
    case Planned: {
        const auto ms = parseDuration(text);
        if (!ms) {
            emit editRejected(tr("'%1' is not a length: use m:ss, h:mm:ss or seconds (zero is not allowed)").arg(text));
            return false;
        }
        slot.plannedMs = *ms;
        break;
    }
    case Sku: slot.sku = text; break;
    case Notes: slot.notes = value.toString(); break;
    default: return false;
    }
    emit headerDataChanged(Qt::Vertical, index.row(), rowCount() - 1);
    relint();
    return true;
}

} // namespace shopcast::rundown
