#include "RecordingRemuxer.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
}

#include <algorithm>
#include <limits>
#include <vector>

namespace shopcast::broadcast {

namespace {

QString avError(int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

struct InputContext
{
    AVFormatContext *ctx = nullptr;
    ~InputContext() { avformat_close_input(&ctx); }
};

struct OutputContext
{
    AVFormatContext *ctx = nullptr;
    ~OutputContext()
    {
        if (ctx && !(ctx->oformat->flags & AVFMT_NOFILE))
            avio_closep(&ctx->pb);
        avformat_free_context(ctx);
    }
};

} // namespace

QString RecordingRemuxer::mp4PathFor(const QString &mkvPath)
{
    const QFileInfo info(mkvPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".mp4"));
}

std::optional<qint64> RecordingRemuxer::durationMs(const QString &path)
{
    av_log_set_level(AV_LOG_ERROR);
    InputContext input;
    if (avformat_open_input(&input.ctx, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return std::nullopt;
    if (avformat_find_stream_info(input.ctx, nullptr) < 0 || input.ctx->duration == AV_NOPTS_VALUE)
        return std::nullopt;
    return input.ctx->duration * 1000 / AV_TIME_BASE;
}

bool RecordingRemuxer::remux(const QString &inputPath, const QString &outputPath, QString *error)
{
    return remux(inputPath, outputPath, Options{}, error);
}

bool RecordingRemuxer::remux(const QString &inputPath, const QString &outputPath, const Options &options, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("RecordingRemuxer", "remux %1 → %2 failed: %3").arg(inputPath, outputPath, why);
        QFile::remove(outputPath + QStringLiteral(".part"));
        return false;
    };
    // Errors come back through the return value; FFmpeg's own chatter about
    // Matroska timestamps would only alarm people reading a terminal.
    av_log_set_level(AV_LOG_ERROR);
    const QByteArray in = QFile::encodeName(inputPath);
    const QString partialPath = outputPath + QStringLiteral(".part");
    const QByteArray out = QFile::encodeName(partialPath);

    InputContext input;
    int rc = avformat_open_input(&input.ctx, in.constData(), nullptr, nullptr);
    if (rc < 0)
        return fail(avError(rc));
    rc = avformat_find_stream_info(input.ctx, nullptr);
    if (rc < 0)
        return fail(avError(rc));

    OutputContext output;
    rc = avformat_alloc_output_context2(&output.ctx, nullptr, "mp4", out.constData());
    if (rc < 0 || !output.ctx)
        return fail(avError(rc));

    std::vector<int> streamMap(input.ctx->nb_streams, -1);
    int next = 0;
    for (unsigned i = 0; i < input.ctx->nb_streams; ++i) {
        const AVCodecParameters *par = input.ctx->streams[i]->codecpar;
        if (par->codec_type != AVMEDIA_TYPE_VIDEO && par->codec_type != AVMEDIA_TYPE_AUDIO)
            continue;
        AVStream *stream = avformat_new_stream(output.ctx, nullptr);
        if (!stream)
            return fail(QStringLiteral("out of memory"));
        rc = avcodec_parameters_copy(stream->codecpar, par);
        if (rc < 0)
            return fail(avError(rc));
        stream->codecpar->codec_tag = 0; // let the MP4 muxer pick its own tag
        stream->time_base = input.ctx->streams[i]->time_base;
        streamMap[i] = next++;
    }
    if (next == 0)
        return fail(QStringLiteral("no audio or video stream"));

    const qint64 fileStartUs = input.ctx->start_time == AV_NOPTS_VALUE ? 0 : input.ctx->start_time;
    const qint64 startMs = std::max<qint64>(0, options.startMs.value_or(0));
    const qint64 durationMs = input.ctx->duration > 0 ? input.ctx->duration / 1000 : 0;
    const qint64 endMs = options.endMs.value_or(std::numeric_limits<qint64>::max());
    if (endMs <= startMs)
        return fail(QStringLiteral("the range ends before it starts"));
    if (options.startMs && startMs > 0) {
        // Backward: the keyframe at or before the start (the boundary rule).
        rc = av_seek_frame(input.ctx, -1, fileStartUs + startMs * 1000, AVSEEK_FLAG_BACKWARD);
        if (rc < 0)
            return fail(avError(rc));
    }
    if (!options.chapters.isEmpty()) {
        output.ctx->chapters = static_cast<AVChapter **>(av_calloc(size_t(options.chapters.size()), sizeof(AVChapter *)));
        if (!output.ctx->chapters)
            return fail(QStringLiteral("out of memory"));
        for (const MediaChapter &c : options.chapters) {
            auto *chapter = static_cast<AVChapter *>(av_mallocz(sizeof(AVChapter)));
            if (!chapter)
                return fail(QStringLiteral("out of memory"));
            chapter->id = int64_t(output.ctx->nb_chapters) + 1;
            chapter->time_base = AVRational{1, 1000};
            chapter->start = c.startMs;
            chapter->end = c.endMs;
            av_dict_set(&chapter->metadata, "title", c.title.toUtf8().constData(), 0);
            output.ctx->chapters[output.ctx->nb_chapters++] = chapter;
        }
    }
    output.ctx->avoid_negative_ts = AVFMT_AVOID_NEG_TS_MAKE_ZERO;

    rc = avio_open(&output.ctx->pb, out.constData(), AVIO_FLAG_WRITE);
    if (rc < 0)
        return fail(avError(rc));
    AVDictionary *muxerOptions = nullptr;
    av_dict_set(&muxerOptions, "movflags", "+faststart", 0);
    rc = avformat_write_header(output.ctx, &muxerOptions);
    av_dict_free(&muxerOptions);
    if (rc < 0)
        return fail(avError(rc));

    // A range starts at the first video keyframe read after the seek; every
    // stream is shifted by that keyframe's time so the copy starts at zero.
    const bool ranged = options.startMs || options.endMs;
    bool hasVideo = false;
    for (unsigned i = 0; i < input.ctx->nb_streams; ++i)
        hasVideo |= streamMap[i] >= 0 && input.ctx->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO;
    std::optional<qint64> originUs; // on the input's timeline, from its first timestamp
    std::vector<bool> done(input.ctx->nb_streams, false);
    const qint64 spanMs = std::max<qint64>(1, (options.endMs ? endMs : std::max(durationMs, startMs + 1)) - startMs);
    qint64 lastReportMs = -1;
    qint64 copied = 0;
    AVPacket *packet = av_packet_alloc();
    while ((rc = av_read_frame(input.ctx, packet)) >= 0) {
        const int target = packet->stream_index < int(streamMap.size()) ? streamMap[packet->stream_index] : -1;
        if (target < 0) {
            av_packet_unref(packet);
            continue;
        }
        // Matroska leaves pts unset on some packets; MP4 wants it. dts is
        // left alone: with B-frames it differs from pts and must stay monotonic.
        if (packet->pts == AV_NOPTS_VALUE)
            packet->pts = packet->dts;
        const AVStream *in = input.ctx->streams[packet->stream_index];
        const qint64 atUs = av_rescale_q(packet->pts, in->time_base, AVRational{1, 1'000'000}) - fileStartUs;
        if (ranged) {
            const bool video = in->codecpar->codec_type == AVMEDIA_TYPE_VIDEO;
            if (!originUs) {
                // Nothing before the first video keyframe (audio would play
                // over a frozen first frame).
                if ((hasVideo && !(video && (packet->flags & AV_PKT_FLAG_KEY))) || atUs < 0) {
                    av_packet_unref(packet);
                    continue;
                }
                originUs = atUs;
            }
            if (atUs < *originUs || atUs >= endMs * 1000) {
                if (atUs >= endMs * 1000)
                    done[packet->stream_index] = true;
                av_packet_unref(packet);
                bool all = true;
                for (size_t i = 0; i < streamMap.size(); ++i)
                    all &= streamMap[i] < 0 || done[i];
                if (all)
                    break;
                continue;
            }
            const qint64 shift = av_rescale_q(*originUs + fileStartUs, AVRational{1, 1'000'000}, in->time_base);
            packet->pts -= shift;
            if (packet->dts != AV_NOPTS_VALUE)
                packet->dts -= shift;
        }
        if (options.progress) {
            const qint64 doneMs = atUs / 1000 - startMs;
            if (doneMs / 250 != lastReportMs / 250) { // a few calls a second of media, not one per packet
                lastReportMs = doneMs;
                if (!options.progress(std::clamp(double(doneMs) / double(spanMs), 0.0, 1.0))) {
                    av_packet_free(&packet);
                    return fail(QStringLiteral("cancelled"));
                }
            }
        }
        av_packet_rescale_ts(packet, in->time_base, output.ctx->streams[target]->time_base);
        packet->stream_index = target;
        packet->pos = -1;
        rc = av_interleaved_write_frame(output.ctx, packet);
        if (rc < 0) {
            av_packet_free(&packet);
            return fail(avError(rc)); // a write error is never a truncated input
        }
        ++copied;
    }
    av_packet_free(&packet);
    if (rc < 0 && rc != AVERROR_EOF && !(options.acceptTruncated && copied > 0))
        return fail(avError(rc));
    if (ranged && !originUs)
        return fail(QStringLiteral("the range holds no keyframe: nothing to copy"));
    rc = av_write_trailer(output.ctx);
    if (rc < 0)
        return fail(avError(rc));
    avio_closep(&output.ctx->pb);

    QFile::remove(outputPath);
    if (!QFile::rename(partialPath, outputPath))
        return fail(QStringLiteral("cannot rename %1").arg(partialPath));
    return true;
}

} // namespace shopcast::broadcast
