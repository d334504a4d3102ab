#include "SettingsDialog.hpp"

#include "widgets/EncoderForm.hpp"
#include "widgets/TonedText.hpp"

#include "style/Tones.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QScrollArea>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace shopcast::app {

using namespace shopcast::broadcast;

SettingsDialog::SettingsDialog(const BroadcastSettings &settings, const core::UiSettings &ui, const QList<HotkeyMap::Binding> &bindings, bool canvasLocked,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ui(ui)
    , m_keys(bindings, ui.hotkeys)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = m_tabs = new QTabWidget(this);
    auto *general = new QWidget(tabs);
    auto *form = new QFormLayout(general);
    m_canvas = new QComboBox(this);
    for (const CanvasSpec &preset : CanvasSpec::presets()) {
        m_canvas->addItem(QStringLiteral("%1 (%2)").arg(preset.sizeText(), preset.isPortrait() ? tr("portrait, for phone viewers") : tr("landscape")),
                          preset.sizeText());
        if (preset.widthPx == settings.canvas.widthPx && preset.heightPx == settings.canvas.heightPx)
            m_canvas->setCurrentIndex(m_canvas->count() - 1);
    }
    // A second canvas for a platform of the other shape, from the same sources.
    m_secondCanvas = new QComboBox(this);
    m_secondCanvas->setObjectName(QStringLiteral("secondCanvas"));
    m_secondCanvas->addItem(tr("Off"), QString());
    for (const CanvasSpec &preset : CanvasSpec::presets()) {
        m_secondCanvas->addItem(QStringLiteral("%1 (%2)").arg(preset.sizeText(), preset.isPortrait() ? tr("portrait, for phone viewers") : tr("landscape")),
                                preset.sizeText());
        if (settings.secondCanvas && preset.widthPx == settings.secondCanvas->widthPx && preset.heightPx == settings.secondCanvas->heightPx)
            m_secondCanvas->setCurrentIndex(m_secondCanvas->count() - 1);
    }
    m_secondCanvas->setEnabled(!canvasLocked);
    m_secondCanvas->setToolTip(tr("Streams of another shape at the same time: each destination picks its canvas in Destinations."));
    m_recorded = new QComboBox(this);
    m_recorded->setObjectName(QStringLiteral("recordedCanvas"));
    m_recorded->addItem(tr("The program"), int(RecordedCanvas::Program));
    m_recorded->addItem(tr("The second canvas"), int(RecordedCanvas::Second));
    m_recorded->addItem(tr("Both (two files)"), int(RecordedCanvas::Both));
    m_recorded->setCurrentIndex(m_recorded->findData(int(settings.recordedCanvas)));
    m_recorded->setEnabled(!canvasLocked);
    m_fps = new QComboBox(this);
    m_fps->addItem(QStringLiteral("30"), 30);
    m_fps->addItem(QStringLiteral("60"), 60);
    m_fps->setCurrentIndex(settings.canvas.fps == 60 ? 1 : 0);
    m_canvas->setEnabled(!canvasLocked);
    m_fps->setEnabled(!canvasLocked);
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
    form->addRow(tr("Second canvas:"), m_secondCanvas);
    form->addRow(tr("Record:"), m_recorded);
    form->addRow(tr("Recording folder:"), dirRow);
    m_replaySec = new QSpinBox(this);
    m_replaySec->setObjectName(QStringLiteral("replayBufferSec"));
    m_replaySec->setRange(BroadcastSettings::kMinReplaySec, BroadcastSettings::kMaxReplaySec);
    m_replaySec->setValue(settings.replayBufferSec);
    m_replaySec->setSuffix(tr(" s"));
    m_replaySec->setToolTip(tr("How much of the program the replay buffer keeps in memory; saved replays go to the recording folder. Applies when "
                               "the buffer is next started."));
    form->addRow(tr("Replay buffer:"), m_replaySec);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language in its own words: whoever cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(ui.language)));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(ui.theme)));
    form->addRow(tr("Language (from the next start):"), m_language);
    form->addRow(tr("Theme:"), m_theme);
    m_minimizeToTray = new QCheckBox(tr("Minimize to the system tray"), this);
    m_minimizeToTray->setObjectName(QStringLiteral("minimizeToTray"));
    m_minimizeToTray->setChecked(ui.minimizeToTray);
    form->addRow(QString(), m_minimizeToTray);
    tabs->addTab(general, tr("General"));
    tabs->addTab(makeOutputPage(tabs, canvasLocked), tr("Output"));
    tabs->addTab(makeHotkeysPage(tabs), tr("Hotkeys"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

void SettingsDialog::addPage(QWidget *page, const QString &title, bool current)
{
    page->setParent(m_tabs);
    m_tabs->addTab(page, title);
    if (current)
        m_tabs->setCurrentWidget(page);
}

QWidget *SettingsDialog::makeOutputPage(QWidget *parent, bool locked)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("outputPage"));
    auto *layout = new QVBoxLayout(page);
    if (locked) {
        auto *note = new QLabel(tr("Stop streaming and recording to change the encoders: the outputs use them."), page);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    // What this PC cannot use, and why, once for both columns.
    m_missingEncoders = new QLabel(page);
    m_missingEncoders->setObjectName(QStringLiteral("missingEncoders"));
    m_missingEncoders->setWordWrap(true);
    TonedText::apply(m_missingEncoders, style::Tone::Muted);
    layout->addWidget(m_missingEncoders);
    auto *stream = new QGroupBox(tr("Streaming (every destination shares this encode)"), page);
    auto *streamLayout = new QVBoxLayout(stream);
    m_streamEncoder = new EncoderForm(m_settings.encoder, stream);
    m_streamEncoder->setObjectName(QStringLiteral("streamEncoder"));
    streamLayout->addWidget(m_streamEncoder);
    auto *recording = new QGroupBox(tr("Recording"), page);
    auto *recordingLayout = new QVBoxLayout(recording);
    m_shareEncoder = new QCheckBox(tr("Same encode as the stream (the least CPU)"), recording);
    m_shareEncoder->setObjectName(QStringLiteral("shareEncoder"));
    m_shareEncoder->setChecked(!m_settings.recordingEncoder);
    EncoderSettings own = m_settings.recordingEncoder.value_or(m_settings.encoder);
    if (!m_settings.recordingEncoder) { // a file's usual choice when it gets its own
        own.rateControl = RateControl::CQP;
        own.quantiser = 20;
    }
    m_recordingEncoder = new EncoderForm(own, recording);
    m_recordingEncoder->setObjectName(QStringLiteral("recordingEncoder"));
    m_recordingEncoder->setEnabled(!m_shareEncoder->isChecked());
    connect(m_shareEncoder, &QCheckBox::toggled, m_recordingEncoder, [this](bool shared) { m_recordingEncoder->setEnabled(!shared); });
    recordingLayout->addWidget(m_shareEncoder);
    recordingLayout->addWidget(m_recordingEncoder);
    auto *columns = new QHBoxLayout;
    columns->addWidget(stream, 1);
    columns->addWidget(recording, 1);
    layout->addLayout(columns);
    // libobs' one audio mix, for the stream and the files alike.
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(new QLabel(tr("Audio sample rate:"), page));
    m_sampleRate = new QComboBox(page);
    m_sampleRate->setObjectName(QStringLiteral("sampleRate"));
    m_sampleRate->addItem(tr("48 kHz"), 48000);
    m_sampleRate->addItem(tr("44.1 kHz"), 44100);
    m_sampleRate->setCurrentIndex(std::max(0, m_sampleRate->findData(m_settings.audioSampleRateHz)));
    rateRow->addWidget(m_sampleRate);
    auto *rateNote = new QLabel(tr("applies at the next start of the studio"), page);
    TonedText::apply(rateNote, style::Tone::Muted);
    rateRow->addWidget(rateNote);
    rateRow->addStretch(1);
    layout->addLayout(rateRow);
    layout->addStretch(1);
    stream->setEnabled(!locked);
    recording->setEnabled(!locked);
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

void SettingsDialog::setEncoderChoices(const QList<broadcast::EncoderChoice> &choices)
{
    m_streamEncoder->setChoices(choices);
    m_recordingEncoder->setChoices(choices);
    QStringList missing;
    for (const broadcast::EncoderChoice &c : choices)
        if (!c.available)
            missing.append(tr("%1: %2").arg(c.label, c.reason));
    m_missingEncoders->setText(missing.isEmpty() ? QString() : tr("Not usable on this PC — %1").arg(missing.join(QStringLiteral("; "))));
    m_missingEncoders->setVisible(!missing.isEmpty());
}

QWidget *SettingsDialog::makeHotkeysPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    const QList<HotkeyMap::Binding> &bindings = m_keys.bindings();
    auto *table = new QTableWidget(int(bindings.size()), 2, page);
    table->setObjectName(QStringLiteral("hotkeyTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    auto *message = new QLabel(page);
    message->setObjectName(QStringLiteral("hotkeyMessage"));
    TonedText::apply(message, style::Tone::Danger);
    message->setWordWrap(true);
    QList<QKeySequenceEdit *> edits;
    for (int row = 0; row < bindings.size(); ++row) {
        const QString id = bindings.at(row).id;
        auto *item = new QTableWidgetItem(bindings.at(row).label);
        item->setFlags(Qt::ItemIsEnabled);
        table->setItem(row, 0, item);
        auto *edit = new QKeySequenceEdit(m_keys.keys(id), table);
        edit->setObjectName(QStringLiteral("hotkey:") + id);
        edit->setClearButtonEnabled(true);
        table->setCellWidget(row, 1, edit);
        edits.append(edit);
        // One key combination per edit, checked as soon as it is typed: a
        // clash is refused at once and names the action that has it.
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, [this, edit, id, message](const QKeySequence &keys) {
            // An edit empties itself as it starts recording a key: a clear is
            // applied on OK (the field's content is what is saved), never here,
            // or a refused clash would "restore" the emptied key.
            if (keys.isEmpty()) {
                message->clear();
                return;
            }
            const QKeySequence first(keys[0]);
            QString error;
            if (!m_keys.set(id, first, &error)) {
                message->setText(tr("Not changed: %1.").arg(error));
                const QSignalBlocker block(edit);
                edit->setKeySequence(m_keys.keys(id));
                return;
            }
            message->clear();
            if (first != keys) {
                const QSignalBlocker block(edit);
                edit->setKeySequence(first);
            }
        });
    }
    connect(this, &QDialog::accepted, this, [this, edits] {
        QString ignored; // clearing never clashes
        for (QKeySequenceEdit *edit : edits)
            if (edit->keySequence().isEmpty())
                m_keys.set(edit->objectName().mid(int(qstrlen("hotkey:"))), {}, &ignored);
    });
    auto *reset = new QPushButton(tr("Reset to defaults"), page);
    connect(reset, &QPushButton::clicked, this, [this, edits, message] {
        m_keys.resetAll();
        for (QKeySequenceEdit *edit : edits) {
            const QSignalBlocker block(edit);
            edit->setKeySequence(m_keys.keys(edit->objectName().mid(int(qstrlen("hotkey:")))));
        }
        message->clear();
    });
    layout->addWidget(table);
    layout->addWidget(message);
    layout->addWidget(reset, 0, Qt::AlignLeft);
    return page;
}

core::UiSettings SettingsDialog::ui() const
{
    core::UiSettings s = m_ui;
    s.language = m_language->currentData().toString();
    s.theme = m_theme->currentData().toString();
    s.minimizeToTray = m_minimizeToTray->isChecked();
    s.hotkeys = m_keys.overrides();
    return s;
}

BroadcastSettings SettingsDialog::settings() const
{
    BroadcastSettings s = m_settings;
    if (auto canvas = CanvasSpec::parseSize(m_canvas->currentData().toString()))
        s.canvas = *canvas;
    s.canvas.fps = m_fps->currentData().toInt();
    s.secondCanvas = CanvasSpec::parseSize(m_secondCanvas->currentData().toString());
    if (s.secondCanvas)
        s.secondCanvas->fps = s.canvas.fps;
    s.recordedCanvas = RecordedCanvas(m_recorded->currentData().toInt());
    s.encoder = m_streamEncoder->settings();
    s.audioSampleRateHz = m_sampleRate->currentData().toInt();
    s.recordingEncoder = m_shareEncoder->isChecked() ? std::nullopt : std::optional<EncoderSettings>(m_recordingEncoder->settings());
    s.recordingDir = m_recordingDir->text().trimmed();
    s.replayBufferSec = m_replaySec->value();
    return s;
}

} // namespace shopcast::app
