#pragma once

#include <QDialog>
#include <QJsonValue>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;

namespace shopcast::chat {
class CommentSources;
}

namespace shopcast::app {

// Connect the show to comment platforms: pick a plugin, fill in the settings
// it declares in its metadata (the form is built from that declaration: text,
// numbers, files, choices, secrets masked), and watch every running source's
// state. Nothing here knows any plugin by name.
class CommentSourcesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CommentSourcesDialog(chat::CommentSources &sources, QWidget *parent = nullptr);

private:
    struct Field
    {
        QString key;
        std::function<QJsonValue()> value;
    };
    void rebuildForm();
    void addSource();
    void refreshList();

    void askConsent();

    chat::CommentSources &m_sources;
    bool m_asking = false;
    QComboBox *m_plugin = nullptr;
    QFormLayout *m_form = nullptr;
    QList<Field> m_fields;
    QListWidget *m_running = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace shopcast::app
