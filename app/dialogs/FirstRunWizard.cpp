#include "FirstRunWizard.hpp"
#include "widgets/AudioMeterWidget.hpp"
#include "widgets/TonedText.hpp"

#include "audio/MeterBallistics.hpp"
#include "broadcast/AudioMeters.hpp"

#include "broadcast/CanvasSpec.hpp"
#include "broadcast/Destination.hpp"
#include "broadcast/SceneEditor.hpp"

#include "style/Tones.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace shopcast::app {

namespace {

// A voice at a normal distance peaks well above this; a room's hiss does not.
constexpr float kHeardDb = -45.0F;
// Nothing heard for this long: the host is told what to check.
constexpr int kSilentHintMs = 5000;
constexpr int kMeterIntervalMs = 25;

} // namespace

FirstRunWizard::FirstRunWizard(const broadcast::SceneEditor &scenes, broadcast::AudioMeters *meters, const QString &language,
                               std::function<void(const QString &)> switchLanguage, QWidget *parent)
    : QWizard(parent)
    , m_switchLanguage(std::move(switchLanguage))
    , m_languageShown(language)
    , m_meters(meters)
    , m_ballistics(std::make_unique<audio::MeterBallistics>())
    , m_meterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ClassicStyle);

    auto *languagePage = new QWizardPage(this);
    m_languageText = new QLabel(languagePage);
    m_languageText->setWordWrap(true);
    m_language = new QComboBox(languagePage);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own words: whoever cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    auto *languageLayout = new QVBoxLayout(languagePage);
    languageLayout->addWidget(m_languageText);
    languageLayout->addWidget(m_language);
    languageLayout->addStretch();
    setPage(LanguagePage, languagePage);

    auto *canvas = new QWizardPage(this);
    m_canvasText = new QLabel(canvas);
    m_canvasText->setWordWrap(true);
    m_portrait = new QRadioButton(canvas);
    m_portrait->setObjectName(QStringLiteral("portrait"));
    m_landscape = new QRadioButton(canvas);
    m_landscape->setObjectName(QStringLiteral("landscape"));
    m_portrait->setChecked(true); // most live-commerce viewers watch on a phone
    m_size = new QComboBox(canvas);
    m_size->setObjectName(QStringLiteral("canvasSize"));
    auto fillSizes = [this] {
        m_size->clear();
        for (const broadcast::CanvasSpec &c : broadcast::CanvasSpec::presets())
            if (c.isPortrait() == m_portrait->isChecked())
                m_size->addItem(c.sizeText(), c.sizeText());
    };
    connect(m_portrait, &QRadioButton::toggled, this, fillSizes);
    fillSizes();
    auto *canvasLayout = new QVBoxLayout(canvas);
    canvasLayout->addWidget(m_canvasText);
    canvasLayout->addWidget(m_portrait);
    canvasLayout->addWidget(m_landscape);
    canvasLayout->addWidget(m_size);
    canvasLayout->addStretch();
    setPage(CanvasPage, canvas);

    auto *destination = new QWizardPage(this);
    m_destinationText = new QLabel(destination);
    m_destinationText->setWordWrap(true);
    m_destinationName = new QLineEdit(destination);
    m_destinationName->setObjectName(QStringLiteral("destinationName"));
    m_server = new QLineEdit(destination);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("rtmp://push.example.com/live"));
    m_key = new QLineEdit(destination);
    m_key->setObjectName(QStringLiteral("streamKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_destinationError = new QLabel(destination);
    m_destinationError->setObjectName(QStringLiteral("destinationError"));
    TonedText::apply(m_destinationError, style::Tone::Danger);
    m_destinationError->setWordWrap(true);
    auto *destinationLayout = new QVBoxLayout(destination);
    auto *destinationForm = new QFormLayout;
    m_nameLabel = new QLabel(destination);
    m_serverLabel = new QLabel(destination);
    m_keyLabel = new QLabel(destination);
    destinationForm->addRow(m_nameLabel, m_destinationName);
    destinationForm->addRow(m_serverLabel, m_server);
    destinationForm->addRow(m_keyLabel, m_key);
    destinationLayout->addWidget(m_destinationText);
    destinationLayout->addLayout(destinationForm);
    destinationLayout->addWidget(m_destinationError);
    destinationLayout->addStretch();
    setPage(DestinationPage, destination);

    auto *devices = new QWizardPage(this);
    m_devicesText = new QLabel(devices);
    m_devicesText->setWordWrap(true);
    m_camera = new QComboBox(devices);
    m_camera->setObjectName(QStringLiteral("camera"));
    m_microphone = new QComboBox(devices);
    m_microphone->setObjectName(QStringLiteral("microphone"));
    m_camera->addItem(QString(), QString());
    for (const broadcast::DeviceChoice &d : scenes.deviceChoices(QStringLiteral("v4l2_input")))
        m_camera->addItem(d.name, d.id);
    m_microphone->addItem(QString(), QString());
    for (const broadcast::DeviceChoice &d : scenes.deviceChoices(QStringLiteral("pulse_input_capture")))
        m_microphone->addItem(d.name, d.id);
    // The first device found is the likely one; "none" stays a choice.
    m_camera->setCurrentIndex(m_camera->count() > 1 ? 1 : 0);
    m_microphone->setCurrentIndex(m_microphone->count() > 1 ? 1 : 0);
    auto *devicesLayout = new QVBoxLayout(devices);
    auto *devicesForm = new QFormLayout;
    m_cameraLabel = new QLabel(devices);
    m_microphoneLabel = new QLabel(devices);
    devicesForm->addRow(m_cameraLabel, m_camera);
    // 美颜 on by one click, as Douyin's and Taobao's tools offer it first.
    m_beauty = new QCheckBox(devices);
    m_beauty->setObjectName(QStringLiteral("beauty"));
    m_beauty->setChecked(true);
    m_beauty->setEnabled(m_camera->currentIndex() > 0);
    connect(m_camera, &QComboBox::currentIndexChanged, m_beauty, [this](int index) { m_beauty->setEnabled(index > 0); });
    devicesForm->addRow(QString(), m_beauty);
    devicesForm->addRow(m_microphoneLabel, m_microphone); // each device with what belongs to it
    // "Speak now": the chosen microphone on a meter before anything is built.
    m_micMeter = new AudioMeterWidget(Qt::Horizontal, devices);
    m_micMeter->setObjectName(QStringLiteral("micMeter"));
    m_micHeard = new QLabel(devices);
    m_micHeard->setObjectName(QStringLiteral("micHeard"));
    m_micHeard->setWordWrap(true);
    devicesForm->addRow(QString(), m_micMeter);
    devicesForm->addRow(QString(), m_micHeard);
    m_voiceChain = new QCheckBox(devices);
    m_voiceChain->setObjectName(QStringLiteral("voiceChain"));
    m_voiceChain->setChecked(true);
    devicesForm->addRow(QString(), m_voiceChain);
    auto showMicrophoneRows = [this] {
        const bool chosen = m_microphone->currentIndex() > 0;
        m_micMeter->setVisible(chosen && m_meters);
        m_micHeard->setVisible(chosen && m_meters);
        m_voiceChain->setEnabled(chosen);
    };
    showMicrophoneRows();
    connect(m_microphone, &QComboBox::currentIndexChanged, this, [this, showMicrophoneRows] {
        showMicrophoneRows();
        listenToMicrophone();
    });
    connect(this, &QWizard::currentIdChanged, this, &FirstRunWizard::listenToMicrophone);
    m_meterTimer->setInterval(kMeterIntervalMs);
    connect(m_meterTimer, &QTimer::timeout, this, &FirstRunWizard::showMicrophoneLevel);
    devicesLayout->addWidget(m_devicesText);
    devicesLayout->addLayout(devicesForm);
    devicesLayout->addStretch();
    setPage(DevicesPage, devices);

    retranslate();
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("Welcome to ShopCast Studio"));
    page(LanguagePage)->setTitle(tr("Language"));
    m_languageText->setText(tr("The language of the studio. You can change it later in Settings."));
    page(CanvasPage)->setTitle(tr("Picture"));
    m_canvasText->setText(tr("Portrait fits viewers on phones (Douyin, Kuaishou, Taobao Live); landscape fits computers."));
    m_portrait->setText(tr("Portrait (phone viewers)"));
    m_landscape->setText(tr("Landscape"));
    page(DestinationPage)->setTitle(tr("Where to stream"));
    m_destinationText->setText(tr("The server address and stream key your platform's live console shows (or a full rtmp:// address). "
                                  "Leave it empty to skip: you can add destinations later."));
    m_nameLabel->setText(tr("Name:"));
    m_serverLabel->setText(tr("Server URL:"));
    m_keyLabel->setText(tr("Stream key:"));
    if (m_destinationName->text().isEmpty())
        m_destinationName->setPlaceholderText(tr("Douyin"));
    page(DevicesPage)->setTitle(tr("Camera and microphone"));
    m_devicesText->setText(m_camera->count() + m_microphone->count() > 2
                               ? tr("The devices this computer has. The first scene shows the camera behind the product card.")
                               : tr("No camera or microphone was found; the first scene shows the demo video. Add them later in Sources."));
    m_cameraLabel->setText(tr("Camera:"));
    m_microphoneLabel->setText(tr("Microphone:"));
    m_beauty->setText(tr("Beauty (美颜) on the camera: smoother skin, edges kept"));
    m_camera->setItemText(0, tr("(none)"));
    m_microphone->setItemText(0, tr("(none)"));
    m_voiceChain->setText(tr("主播人声 on the microphone: noise suppression, gate, compressor, limiter"));
    showHeard();
}

FirstRunWizard::~FirstRunWizard()
{
    if (m_listening && m_meters)
        m_meters->stopListening();
}

void FirstRunWizard::done(int result)
{
    // The scene's own microphone source opens the device next; this one lets go first.
    m_meterTimer->stop();
    if (m_listening && m_meters)
        m_meters->stopListening();
    m_listening = false;
    QWizard::done(result);
}

void FirstRunWizard::listenToMicrophone()
{
    m_meterTimer->stop();
    if (m_listening && m_meters)
        m_meters->stopListening();
    m_listening = false;
    m_heard = false;
    m_listenedMs = 0;
    *m_ballistics = audio::MeterBallistics{};
    const QString device = m_microphone->currentData().toString();
    if (m_meters && currentId() == DevicesPage && !device.isEmpty()) {
        QString error;
        m_listening = m_meters->listen(QStringLiteral("pulse_input_capture"), QJsonObject{{QStringLiteral("device_id"), device}}, &error);
        if (m_listening)
            m_meterTimer->start();
        else
            m_micHeard->setText(tr("The microphone could not be opened: %1").arg(error));
    }
    m_micMeter->showLevels(*m_ballistics);
    if (m_listening)
        showHeard();
}

void FirstRunWizard::showMicrophoneLevel()
{
    const std::optional<broadcast::AudioLevels> levels = m_meters->takeListened();
    m_ballistics->update(levels, kMeterIntervalMs);
    m_micMeter->showLevels(*m_ballistics);
    m_listenedMs += kMeterIntervalMs;
    const bool heardNow = levels && std::max(levels->peakDb[0], levels->peakDb[1]) >= kHeardDb;
    if (heardNow && !m_heard) {
        m_heard = true;
        showHeard();
    } else if (!m_heard && m_listenedMs == kSilentHintMs) {
        showHeard();
    }
}

void FirstRunWizard::showHeard()
{
    if (!m_micHeard)
        return;
    if (m_heard) {
        m_micHeard->setText(tr("✓ The microphone is heard."));
        TonedText::apply(m_micHeard, style::Tone::Success);
    } else if (m_listenedMs >= kSilentHintMs) {
        m_micHeard->setText(tr("Nothing heard yet: is the microphone plugged in, switched on and not muted? Try another one above."));
        TonedText::apply(m_micHeard, style::Tone::Warning);
    } else {
        m_micHeard->setText(tr("Speak now: the bar should move with your voice."));
        TonedText::apply(m_micHeard, style::Tone::Muted);
    }
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == LanguagePage) {
        const QString language = m_language->currentData().toString();
        if (language != m_languageShown && m_switchLanguage) {
            m_switchLanguage(language);
            m_languageShown = language;
            retranslate(); // now: Qt posts its LanguageChange, the next page must not show the old words first
        }
    } else if (currentId() == DestinationPage && !m_server->text().trimmed().isEmpty()) {
        QString error;
        if (!broadcast::Destination::fromFields(m_server->text(), m_key->text(), &error)) {
            m_destinationError->setText(error);
            return false;
        }
        m_destinationError->clear();
    }
    return QWizard::validateCurrentPage();
}

FirstRunChoices FirstRunWizard::choices() const
{
    FirstRunChoices c;
    c.language = m_language->currentData().toString();
    c.canvas = broadcast::CanvasSpec::parseSize(m_size->currentData().toString()).value_or(broadcast::CanvasSpec{});
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty()) {
        if (auto d = broadcast::Destination::fromFields(server, m_key->text())) {
            const QString name = m_destinationName->text().trimmed();
            c.destination
                = broadcast::DestinationEntry{QUuid::createUuid().toString(QUuid::WithoutBraces), name.isEmpty() ? d->host() : name, d->server(), true};
            c.streamKey = d->streamKey();
        }
    }
    c.cameraDeviceId = m_camera->currentData().toString();
    c.microphoneDeviceId = m_microphone->currentData().toString();
    c.beauty = m_beauty->isChecked();
    c.voiceChain = m_voiceChain->isChecked();
    return c;
}

} // namespace shopcast::app
