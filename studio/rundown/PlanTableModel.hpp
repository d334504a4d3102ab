#pragma once

#include "PlanLinter.hpp"
#include "ShowPlan.hpp"

#include <QAbstractTableModel>

namespace shopcast::rundown {

// The plan editor's table: one row per slot, edited in place, every linter
// violation marked on its row (red, with the reason as tooltip). Re-lints on
// every change so the producer sees problems as they make them.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Planned, Sku, Notes, Countdown, Preset, ColumnCount };

    explicit PlanTableModel(QObject *parent = nullptr);

    const ShowPlan &plan() const { return m_plan; }
    void setPlan(const ShowPlan &plan);
    void setRule(const RhythmRule &rule);
    void setTitle(const QString &title);
    void setPlannedLength(std::optional<qint64> ms);
    const QList<PlanViolation> &violations() const { return m_violations; }
    QList<PlanViolation> violationsAt(int row) const;

    void addSlot(SlotKind kind, int row = -1);
    bool removeSlot(int row);
    bool moveSlot(int from, int to);
    // A lottery or poll slot's preset (JSON as the interaction room reads it).
    bool setSlotPreset(int row, const QJsonObject &preset);

    static QString formatDuration(qint64 ms);                        // "3:00", "1:02:03"
    static std::optional<qint64> parseDuration(const QString &text); // "3:00", "180", "1:02:03"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent, int destinationChild) override;

signals:
    void planEdited();
    void editRejected(const QString &reason);

private:
    static QString presetSummary(const PlanSlot &slot);
    void relint();

    ShowPlan m_plan;
    QList<PlanViolation> m_violations;
};

} // namespace shopcast::rundown
