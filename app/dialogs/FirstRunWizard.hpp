#pragma once

#include "FirstRunSetup.hpp"

#include <QWizard>

#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

class QTimer;

namespace shopcast::audio {
class MeterBallistics;
}

namespace shopcast::broadcast {
class AudioMeters;
class SceneEditor;
} // namespace shopcast::broadcast

namespace shopcast::app {

class AudioMeterWidget;

// The first start, in four short steps: language (switched at once, so the
// rest reads in it), portrait or landscape canvas, a first destination (or
// skip), the camera and microphone from the devices the engine finds, the
// microphone heard live on a meter ("speak now") and the 主播人声 chain on it.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { LanguagePage, CanvasPage, DestinationPage, DevicesPage };

    // language: the one the studio speaks now ("zh_CN", "en"); switchLanguage
    // installs another's translators.
    // meters (may be null): where the chosen microphone is heard before it is in a scene.
    FirstRunWizard(const broadcast::SceneEditor &scenes, broadcast::AudioMeters *meters, const QString &language,
                   std::function<void(const QString &)> switchLanguage, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // Whether the chosen microphone was heard since it was chosen.
    bool microphoneHeard() const { return m_heard; }

    FirstRunChoices choices() const;
    bool validateCurrentPage() override;

protected:
    void changeEvent(QEvent *event) override;

    void done(int result) override;

private:
    void retranslate();
    // The microphone page shows the chosen microphone live; other pages and
    // a closed wizard stop listening.
    void listenToMicrophone();
    void showMicrophoneLevel();
    void showHeard();

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
    QCheckBox *m_voiceChain = nullptr;
    AudioMeterWidget *m_micMeter = nullptr;
    QLabel *m_micHeard = nullptr;
    broadcast::AudioMeters *m_meters = nullptr;
    std::unique_ptr<audio::MeterBallistics> m_ballistics;
    QTimer *m_meterTimer = nullptr;
    bool m_listening = false;
    bool m_heard = false;
    int m_listenedMs = 0;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_keyLabel = nullptr;
};

} // namespace shopcast::app
