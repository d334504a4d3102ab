#pragma once

#include <QAbstractListModel>

namespace shopcast::broadcast {

class SceneEditor;
struct FilterSpec;

// The filters of one source, first applied at the top: the list of the
// Filters dialog. The check box turns a filter on and off, editing the name
// renames it; both go through the scene editor, so they are undo steps and
// reach libobs like every other edit. It follows the collection: a settings
// change (a slider) updates rows in place, keeping the view's selection.
class FiltersModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit FiltersModel(SceneEditor &editor, QObject *parent = nullptr);

    void setSource(const QString &sourceName);
    const QString &source() const { return m_source; }
    // The filter of a row; nullptr for a row that is not one.
    const FilterSpec *filterAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // An edit from the list that the editor refused, in words.
    void refused(const QString &reason);

private:
    void follow();

    SceneEditor &m_editor;
    QString m_source;
    QStringList m_kinds; // the rows' kinds, to tell an in-place change from a new list
};

} // namespace shopcast::broadcast
