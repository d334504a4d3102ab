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

bool RecordingRemuxer::remux(const QString &inputPath, const QString &outputPath, QString *error)
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

    rc = avio_open(&output.ctx->pb, out.constData(), AVIO_FLAG_WRITE);
    if (rc < 0)
        return fail(avError(rc));
    AVDictionary *options = nullptr;
    av_dict_set(&options, "movflags", "+faststart", 0);
    rc = avformat_write_header(output.ctx, &options);
    av_dict_free(&options);
    if (rc < 0)
        return fail(avError(rc));

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
        av_packet_rescale_ts(packet, input.ctx->streams[packet->stream_index]->time_base,
                             output.ctx->streams[target]->time_base);
        packet->stream_index = target;
        packet->pos = -1;
        rc = av_interleaved_write_frame(output.ctx, packet);
        if (rc < 0)
            break;
    }
    av_packet_free(&packet);
    if (rc < 0 && rc != AVERROR_EOF)
        return fail(avError(rc));
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
