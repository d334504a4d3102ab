#include "ObsAudioMeters.hpp"

#include "ObsSceneGraph.hpp"

#include <obs-audio-controls.h>

#include <QJsonDocument>

#include <cmath>

namespace shopcast::broadcast {

namespace {

void raiseTo(std::atomic<float> &slot, float value)
{
    float seen = slot.load(std::memory_order_relaxed);
    while (value > seen && !slot.compare_exchange_weak(seen, value, std::memory_order_relaxed)) {
    }
}

} // namespace

void ObsAudioMeters::Slot::store(int channelCount, const float *peak, const float *magnitude)
{
    const int n = std::min(channelCount, 2);
    for (int c = 0; c < n; ++c) {
        raiseTo(peakDb[c], peak[c]);
        magnitudeDb[c].store(magnitude[c], std::memory_order_relaxed);
    }
    channels.store(n, std::memory_order_relaxed);
    fresh.store(true, std::memory_order_release);
}

std::optional<AudioLevels> ObsAudioMeters::Slot::take()
{
    if (!fresh.exchange(false, std::memory_order_acquire))
        return std::nullopt;
    AudioLevels levels;
    levels.channels = channels.load(std::memory_order_relaxed);
    for (int c = 0; c < 2; ++c) {
        levels.peakDb[c] = peakDb[c].exchange(AudioLevels::kSilenceDb, std::memory_order_relaxed);
        levels.magnitudeDb[c] = magnitudeDb[c].load(std::memory_order_relaxed);
    }
    return levels;
}

// A volmeter bound to one source, and where its callback leaves the levels:
// libobs 29 calls it once per audio tick (1024 frames, 21 ms at 48 kHz).
struct ObsAudioMeters::Meter
{
    obs_volmeter_t *volmeter = nullptr;
    OBSWeakSourceAutoRelease source;
    Slot slot;

    explicit Meter(obs_source_t *s)
        : volmeter(obs_volmeter_create(OBS_FADER_CUBIC))
        , source(obs_source_get_weak_source(s))
    {
        for (auto &p : slot.peakDb)
            p.store(AudioLevels::kSilenceDb);
        obs_volmeter_add_callback(volmeter, &Meter::levels, this);
        obs_volmeter_attach_source(volmeter, s);
    }
    ~Meter()
    {
        // Destroying detaches under the volmeter's own lock: no callback runs after.
        obs_volmeter_remove_callback(volmeter, &Meter::levels, this);
        obs_volmeter_destroy(volmeter);
    }
    Meter(const Meter &) = delete;
    Meter &operator=(const Meter &) = delete;

    static void levels(void *param, const float magnitude[MAX_AUDIO_CHANNELS], const float peak[MAX_AUDIO_CHANNELS], const float[MAX_AUDIO_CHANNELS])
    {
        auto *self = static_cast<Meter *>(param);
        self->slot.store(obs_volmeter_get_nr_channels(self->volmeter), peak, magnitude);
    }
};

namespace {

// The program mix as it leaves for the encoders: float planar, one block of
// AUDIO_OUTPUT_FRAMES per call.
void masterLevels(void *param, size_t, audio_data *data)
{
    auto *slot = static_cast<ObsAudioMeters::Slot *>(param);
    const audio_output_info *info = audio_output_get_info(obs_get_audio());
    const int channels = info ? std::min(int(get_audio_channels(info->speakers)), 2) : 0;
    float peak[2] = {AudioLevels::kSilenceDb, AudioLevels::kSilenceDb};
    float magnitude[2] = {AudioLevels::kSilenceDb, AudioLevels::kSilenceDb};
    for (int c = 0; c < channels && data->frames > 0; ++c) {
        const auto *samples = reinterpret_cast<const float *>(data->data[c]);
        if (!samples)
            continue;
        float high = 0;
        double sumSquares = 0;
        for (uint32_t i = 0; i < data->frames; ++i) {
            high = std::max(high, std::fabs(samples[i]));
            sumSquares += double(samples[i]) * samples[i];
        }
        peak[c] = obs_mul_to_db(high);
        magnitude[c] = obs_mul_to_db(float(std::sqrt(sumSquares / data->frames)));
    }
    slot->store(channels, peak, magnitude);
}

} // namespace

ObsAudioMeters::ObsAudioMeters(const ObsSceneGraph &graph)
    : m_graph(graph)
{
    for (auto &p : m_master.peakDb)
        p.store(AudioLevels::kSilenceDb);
    obs_add_raw_audio_callback(0, nullptr, &masterLevels, &m_master);
}

ObsAudioMeters::~ObsAudioMeters()
{
    obs_remove_raw_audio_callback(0, &masterLevels, &m_master);
    m_meters.clear();
    stopListening();
}

bool ObsAudioMeters::listen(const QString &kind, const QJsonObject &settings, QString *error)
{
    stopListening();
    const QByteArray json = QJsonDocument(settings).toJson(QJsonDocument::Compact);
    OBSDataAutoRelease data = obs_data_create_from_json(json.constData());
    // Private: in no scene, not on any output channel, so never heard on air.
    m_listened = obs_source_create_private(kind.toUtf8().constData(), "listen", data);
    if (!m_listened) {
        *error = tr("libobs could not open a %1 source").arg(kind);
        return false;
    }
    if (!(obs_source_get_output_flags(m_listened) & OBS_SOURCE_AUDIO)) {
        *error = tr("a %1 source has no sound").arg(kind);
        m_listened = nullptr;
        return false;
    }
    m_listenMeter = std::make_unique<Meter>(m_listened);
    return true;
}

void ObsAudioMeters::stopListening()
{
    m_listenMeter.reset();
    m_listened = nullptr;
}

std::optional<AudioLevels> ObsAudioMeters::takeListened()
{
    return m_listenMeter ? m_listenMeter->slot.take() : std::nullopt;
}

void ObsAudioMeters::meter(const QStringList &sources)
{
    for (auto it = m_meters.begin(); it != m_meters.end();) {
        obs_source_t *now = m_graph.source(it->first);
        // Gone, or remade under the same name (its settings changed): measure the new one.
        if (!sources.contains(it->first) || !now || !obs_weak_source_references_source(it->second->source, now))
            it = m_meters.erase(it);
        else
            ++it;
    }
    for (const QString &name : sources) {
        if (m_meters.count(name))
            continue;
        if (obs_source_t *source = m_graph.source(name); source && (obs_source_get_output_flags(source) & OBS_SOURCE_AUDIO))
            m_meters.emplace(name, std::make_unique<Meter>(source));
    }
}

std::optional<AudioLevels> ObsAudioMeters::take(const QString &source)
{
    const auto it = m_meters.find(source);
    return it == m_meters.end() ? std::nullopt : it->second->slot.take();
}

std::optional<AudioLevels> ObsAudioMeters::takeMaster()
{
    return m_master.take();
}

bool ObsAudioMeters::canMonitor(QString *why) const
{
    if (!obs_audio_monitoring_available()) {
        *why = tr("this build of libobs cannot monitor audio");
        return false;
    }
    int devices = 0;
    obs_enum_audio_monitoring_devices(
        [](void *count, const char *, const char *) {
            ++*static_cast<int *>(count);
            return true;
        },
        &devices);
    if (devices == 0) {
        *why = tr("no sound output device was found (is PulseAudio or PipeWire running?)");
        return false;
    }
    return true;
}

} // namespace shopcast::broadcast
