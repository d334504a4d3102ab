#include "SettingsDialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace shopcast::app {

using namespace shopcast::broadcast;

SettingsDialog::SettingsDialog(const BroadcastSettings &settings, bool canvasLocked, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_canvas = new QComboBox(this);
    for (const CanvasSpec &preset : CanvasSpec::presets()) {
        m_canvas->addItem(QStringLiteral("%1 (%2)").arg(preset.sizeText(), preset.isPortrait() ? tr("portrait, for phone viewers") : tr("landscape")),
                          preset.sizeText());
        if (preset.widthPx == settings.canvas.widthPx && preset.heightPx == settings.canvas.heightPx)
            m_canvas->setCurrentIndex(m_canvas->count() - 1);
    }
    m_fps = new QComboBox(this);
    m_fps->addItem(QStringLiteral("30"), 30);
    m_fps->addItem(QStringLiteral("60"), 60);
    m_fps->setCurrentIndex(settings.canvas.fps == 60 ? 1 : 0);
    m_canvas->setEnabled(!canvasLocked);
    m_fps->setEnabled(!canvasLocked);
    m_bitrate = new QSpinBox(this);
    m_bitrate->setRange(500, 20000);
    m_bitrate->setSingleStep(250);
    m_bitrate->setSuffix(tr(" kbps"));
    m_bitrate->setValue(settings.encoder.videoBitrateKbps);
    m_bitrate->setEnabled(!canvasLocked);
    m_recordingDir = new QLineEdit(settings.recordingDir, this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Recording folder"), m_recordingDir->text());
        if (!dir.isEmpty())
            m_recordingDir->setText(dir);
    });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_recordingDir);
    dirRow->addWidget(browse);

    form->addRow(tr("Canvas:"), m_canvas);
    form->addRow(tr("Frame rate:"), m_fps);
    form->addRow(tr("Video bitrate (x264 %1, CBR, keyframe every %2 s):").arg(settings.encoder.x264Preset).arg(settings.encoder.keyframeIntervalSec), m_bitrate);
    form->addRow(tr("Recording folder:"), dirRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

BroadcastSettings SettingsDialog::settings() const
{
    BroadcastSettings s = m_settings;
    if (auto canvas = CanvasSpec::parseSize(m_canvas->currentData().toString()))
        s.canvas = *canvas;
    s.canvas.fps = m_fps->currentData().toInt();
    s.encoder.videoBitrateKbps = m_bitrate->value();
    s.recordingDir = m_recordingDir->text().trimmed();
    return s;
}

} // namespace shopcast::app
