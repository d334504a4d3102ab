#pragma once

#include "broadcast/CanvasSpec.hpp"
#include "broadcast/SceneCollection.hpp"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace shopcast::app {

// Position and size of a scene item in canvas pixels, typed as numbers.
class ItemGeometryDialog : public QDialog
{
    Q_OBJECT
public:
    ItemGeometryDialog(const broadcast::SceneItemSpec &item, const broadcast::CanvasSpec &canvas, QWidget *parent = nullptr);
    broadcast::SceneItemSpec item() const;

private:
    broadcast::SceneItemSpec m_item;
    QSpinBox *m_x = nullptr;
    QSpinBox *m_y = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QCheckBox *m_natural = nullptr;
};

} // namespace shopcast::app
