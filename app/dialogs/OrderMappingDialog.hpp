#pragma once

#include "sales/OrderExportFormat.hpp"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QLabel;

namespace shopcast::app {

// Which column of an order export that no preset knows holds what: one
// choice of the file's columns per field (the four required ones first),
// guessed from common header words, OK only once each required field has a
// column.
class OrderMappingDialog : public QDialog
{
    Q_OBJECT
public:
    OrderMappingDialog(const QString &fileName, const QStringList &header, QWidget *parent = nullptr);

    std::optional<sales::OrderExportFormat> format() const;
    QComboBox *columnBox(const QString &field) const { return m_boxes.value(field); }

private:
    void check();

    QHash<QString, QComboBox *> m_boxes;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace shopcast::app
