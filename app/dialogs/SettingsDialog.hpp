#pragma once

#include "broadcast/BroadcastSettings.hpp"
#include "HotkeyMap.hpp"
#include "core/UiSettings.hpp"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace shopcast::app {

// Canvas (landscape or portrait, 30/60 fps), encoder bitrate and the
// recording folder; the language (from the next start) and the theme. The
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
    core::UiSettings ui() const;

private:
    QWidget *makeHotkeysPage(QWidget *parent);

    broadcast::BroadcastSettings m_settings;
    core::UiSettings m_ui;
    HotkeyMap m_keys; // the keys as edited; applied on OK
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_canvas = nullptr;
    QComboBox *m_fps = nullptr;
    QComboBox *m_secondCanvas = nullptr;
    QComboBox *m_recorded = nullptr;
    QSpinBox *m_bitrate = nullptr;
    QLineEdit *m_recordingDir = nullptr;
};

} // namespace shopcast::app
