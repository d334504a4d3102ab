#pragma once

#include "FirstRunSetup.hpp"

#include <QWizard>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace shopcast::broadcast {
class SceneEditor;
}

namespace shopcast::app {

// The first start, in four short steps: language (switched at once, so the
// rest reads in it), portrait or landscape canvas, a first destination (or
// skip), the camera and microphone from the devices the engine finds.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { LanguagePage, CanvasPage, DestinationPage, DevicesPage };

    // language: the one the studio speaks now ("zh_CN", "en"); switchLanguage
    // installs another's translators.
    FirstRunWizard(const broadcast::SceneEditor &scenes, const QString &language, std::function<void(const QString &)> switchLanguage,
                   QWidget *parent = nullptr);

    FirstRunChoices choices() const;
    bool validateCurrentPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::function<void(const QString &)> m_switchLanguage;
    QString m_languageShown;
    QComboBox *m_language = nullptr;
    QLabel *m_languageText = nullptr;
    QRadioButton *m_portrait = nullptr;
    QRadioButton *m_landscape = nullptr;
    QComboBox *m_size = nullptr;
    QLabel *m_canvasText = nullptr;
    QLineEdit *m_destinationName = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_destinationText = nullptr;
    QLabel *m_destinationError = nullptr;
    QComboBox *m_camera = nullptr;
    QComboBox *m_microphone = nullptr;
    QLabel *m_devicesText = nullptr;
    QLabel *m_cameraLabel = nullptr;
    QLabel *m_microphoneLabel = nullptr;
    QCheckBox *m_beauty = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_keyLabel = nullptr;
};

} // namespace shopcast::app
