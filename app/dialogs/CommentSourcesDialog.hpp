#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace shopcast::app {

class CommentSourcesController;

// Connect the show to comment platforms: pick a plugin, fill in what it needs
// (Twitch channel and optional OAuth token, Bilibili room id and token, the
// bridge's port and token, a capture file to rehearse with), and watch every
// running source's state.
class CommentSourcesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CommentSourcesDialog(CommentSourcesController &controller, QWidget *parent = nullptr);

private:
    void rebuildForm();
    void addSource();
    void refreshList();

    CommentSourcesController &m_controller;
    QComboBox *m_plugin = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QPair<QString, QLineEdit *>> m_fields;
    QListWidget *m_running = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace shopcast::app
