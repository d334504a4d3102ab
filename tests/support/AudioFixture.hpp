#pragma once

#include <QString>
#include <QVector>

namespace shopcast::test {

// Sound for the audio tests, made at test time by the real tools (ffmpeg's
// lavfi generators, espeak-ng's voice), and what a recording's audio track
// holds, decoded by ffmpeg. Files are 48 kHz stereo WAV; nothing here waits
// longer than the tool takes.
namespace audiofixture {

// A 1 kHz sine whose peak is peakDbfs, on both channels.
QString tone(const QString &dir, double peakDbfs, int seconds, QString *error);
// The RMS of a whole file's first audio track, in dBFS.
double rmsDb(const QString &media, QString *error);
// Pink noise of this amplitude (a fan, a room: most of its power low, as
// a real one's, so an AAC encoder keeps it).
QString noise(const QString &dir, double amplitude, int seconds, QString *error);
// Chinese speech from espeak-ng, brought to about rmsDbfs, repeated to seconds.
QString voice(const QString &dir, double rmsDbfs, int seconds, QString *error);

// The audio track's samples (0 is the first track), mixed to mono at 48 kHz.
QVector<float> decodeTrack(const QString &media, int track, QString *error);
// How many audio tracks the file has.
int audioTracks(const QString &media, QString *error);
// RMS of each whole window of windowMs, in dBFS (silence: -150).
QVector<double> windowRmsDb(const QVector<float> &samples, int windowMs);
double median(QVector<double> values);

} // namespace audiofixture
} // namespace shopcast::test
