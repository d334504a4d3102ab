#pragma once

#include "broadcast/SceneCollection.hpp"
#include "broadcast/SourceCatalog.hpp"

#include <QDialog>

class QLineEdit;

namespace shopcast::app {

// Asks for what a new source needs: a name, and a file, a text or a colour.
class AddSourceDialog : public QDialog
{
    Q_OBJECT
public:
    AddSourceDialog(const broadcast::SourceKind &kind, const QString &suggestedName, QWidget *parent = nullptr);
    broadcast::SourceSpec source() const;

private:
    broadcast::SourceKind m_kind;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_value = nullptr;
};

} // namespace shopcast::app
