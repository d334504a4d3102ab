#pragma once

#include "broadcast/EncoderProbe.hpp"
#include "broadcast/EncoderSettings.hpp"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace shopcast::app {

// The settings of one encoder, as Settings → Output shows them for the
// stream and for a recording of its own: the encoder (only those this PC
// can open are choosable; the others say why not), rate control, bitrate
// or quality, keyframes, preset and tuning in that encoder's words,
// profile, B-frames, the audio bitrate and the output size.
class EncoderForm : public QWidget
{
    Q_OBJECT
public:
    explicit EncoderForm(const broadcast::EncoderSettings &settings, QWidget *parent = nullptr);

    void setChoices(const QList<broadcast::EncoderChoice> &choices);
    broadcast::EncoderSettings settings() const;

private:
    // The preset and tune lists of the encoder chosen; rows that do not apply greyed.
    void followEncoder();
    void followRateControl();

    broadcast::EncoderSettings m_settings;
    QComboBox *m_encoder = nullptr;
    QComboBox *m_rateControl = nullptr;
    QSpinBox *m_bitrate = nullptr;
    QSpinBox *m_quantiser = nullptr;
    QSpinBox *m_keyframe = nullptr;
    QComboBox *m_preset = nullptr;
    QComboBox *m_tune = nullptr;
    QComboBox *m_profile = nullptr;
    QSpinBox *m_bFrames = nullptr;
    QComboBox *m_audioBitrate = nullptr;
    QComboBox *m_scaledSize = nullptr;
};

} // namespace shopcast::app
