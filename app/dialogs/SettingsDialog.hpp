#pragma once

#include "broadcast/BroadcastSettings.hpp"
#include "broadcast/EncoderProbe.hpp"
#include "HotkeyMap.hpp"
#include "core/UiSettings.hpp"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace shopcast::app {

class EncoderForm;

// Canvas (landscape or portrait, 30/60 fps) and the recording folder; the
// Output tab's encoders (the stream's, and the recording's own or shared); the language (from the next start) and the theme. The
// canvas is locked while live: the encoders depend on it. The Hotkeys tab
// changes the keys of every show action; a clash is refused as it is typed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // bindings: the show actions a key can fire (HotkeyMap::bindingsOf the registry).
    SettingsDialog(const broadcast::BroadcastSettings &settings, const core::UiSettings &ui, const QList<HotkeyMap::Binding> &bindings, bool canvasLocked,
                   QWidget *parent = nullptr);
    broadcast::BroadcastSettings settings() const;
    // The video encoders this PC can open (the start-up probe's answer).
    void setEncoderChoices(const QList<broadcast::EncoderChoice> &choices);
    core::UiSettings ui() const;
    // A page the studio adds (it applies its own on OK), shown now when current.
    void addPage(QWidget *page, const QString &title, bool current = false);

private:
    QWidget *makeHotkeysPage(QWidget *parent);
    QWidget *makeOutputPage(QWidget *parent, bool locked);

    broadcast::BroadcastSettings m_settings;
    core::UiSettings m_ui;
    HotkeyMap m_keys; // the keys as edited; applied on OK
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_canvas = nullptr;
    QComboBox *m_fps = nullptr;
    QComboBox *m_secondCanvas = nullptr;
    QComboBox *m_recorded = nullptr;
    EncoderForm *m_streamEncoder = nullptr;
    EncoderForm *m_recordingEncoder = nullptr;
    QCheckBox *m_shareEncoder = nullptr;
    QLabel *m_missingEncoders = nullptr;
    QComboBox *m_sampleRate = nullptr;
    QLineEdit *m_recordingDir = nullptr;
    QSpinBox *m_replaySec = nullptr;
    QCheckBox *m_minimizeToTray = nullptr;
};

} // namespace shopcast::app
