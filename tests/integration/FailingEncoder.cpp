#include "FailingEncoder.hpp"

#include <obs-module.h>
#include <obs.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/frame.h>
#include <libavutil/opt.h>
}

#include <atomic>
#include <cstring>
#include <vector>

namespace shopcast::test {

namespace {

std::atomic_int g_framesBeforeFailure{90};
std::atomic_int g_failures{0};

struct Encoder
{
    obs_encoder_t *owner = nullptr;
    AVCodecContext *context = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    std::vector<uint8_t> data;
    int encoded = 0;
    int failAfter = 0;
    bool failed = false;
};

void destroy(void *data)
{
    auto *e = static_cast<Encoder *>(data);
    avcodec_free_context(&e->context);
    av_frame_free(&e->frame);
    av_packet_free(&e->packet);
    delete e;
}

void *create(obs_data_t *settings, obs_encoder_t *owner)
{
    auto *e = new Encoder;
    e->owner = owner;
    e->failAfter = g_framesBeforeFailure;
    const AVCodec *codec = avcodec_find_encoder_by_name("libx264");
    const video_output_info *mix = video_output_get_info(obs_encoder_video(owner));
    if (!codec || !mix) {
        destroy(e);
        return nullptr;
    }
    e->context = avcodec_alloc_context3(codec);
    e->context->width = int(obs_encoder_get_width(owner));
    e->context->height = int(obs_encoder_get_height(owner));
    e->context->time_base = AVRational{int(mix->fps_den), int(mix->fps_num)};
    e->context->framerate = AVRational{int(mix->fps_num), int(mix->fps_den)};
    e->context->pix_fmt = AV_PIX_FMT_YUV420P;
    e->context->bit_rate = obs_data_get_int(settings, "bitrate") * 1000;
    e->context->gop_size = int(std::max<long long>(1, obs_data_get_int(settings, "keyint_sec")) * mix->fps_num / mix->fps_den);
    e->context->max_b_frames = 0;
    e->context->flags |= AV_CODEC_FLAG_GLOBAL_HEADER; // SPS/PPS as extra data, as a GPU encoder gives them
    av_opt_set(e->context->priv_data, "preset", "ultrafast", 0);
    av_opt_set(e->context->priv_data, "tune", "zerolatency", 0);
    if (avcodec_open2(e->context, codec, nullptr) < 0) {
        destroy(e);
        return nullptr;
    }
    e->frame = av_frame_alloc();
    e->frame->format = AV_PIX_FMT_YUV420P;
    e->frame->width = e->context->width;
    e->frame->height = e->context->height;
    e->packet = av_packet_alloc();
    return e;
}

bool encode(void *data, encoder_frame *in, encoder_packet *out, bool *received)
{
    auto *e = static_cast<Encoder *>(data);
    *received = false;
    if (e->failed || e->encoded >= e->failAfter) {
        if (!e->failed)
            ++g_failures;
        e->failed = true;
        return false; // the device is gone: libobs stops every output of this encoder
    }
    ++e->encoded;
    for (int plane = 0; plane < 3; ++plane) {
        e->frame->data[plane] = in->data[plane];
        e->frame->linesize[plane] = int(in->linesize[plane]);
    }
    e->frame->pts = in->pts;
    if (avcodec_send_frame(e->context, e->frame) < 0)
        return false;
    const int got = avcodec_receive_packet(e->context, e->packet);
    if (got == AVERROR(EAGAIN))
        return true;
    if (got < 0)
        return false;
    e->data.assign(e->packet->data, e->packet->data + e->packet->size);
    out->data = e->data.data();
    out->size = e->data.size();
    out->pts = e->packet->pts;
    out->dts = e->packet->dts;
    out->timebase_num = e->context->time_base.num;
    out->timebase_den = e->context->time_base.den;
    out->type = OBS_ENCODER_VIDEO;
    out->keyframe = (e->packet->flags & AV_PKT_FLAG_KEY) != 0;
    *received = true;
    av_packet_unref(e->packet);
    return true;
}

bool extraData(void *data, uint8_t **extra, size_t *size)
{
    auto *e = static_cast<Encoder *>(data);
    *extra = e->context->extradata;
    *size = size_t(e->context->extradata_size);
    return e->context->extradata_size > 0;
}

void videoInfo(void *, video_scale_info *info)
{
    info->format = VIDEO_FORMAT_I420;
}

const char *name(void *)
{
    return "Failing H.264 (test)";
}

} // namespace

void FailingEncoder::registerOnce()
{
    static const bool registered = [] {
        obs_encoder_info info{};
        info.id = kId;
        info.type = OBS_ENCODER_VIDEO;
        info.codec = "h264";
        info.get_name = name;
        info.create = create;
        info.destroy = destroy;
        info.encode = encode;
        info.get_extra_data = extraData;
        info.get_video_info = videoInfo;
        obs_register_encoder(&info);
        return true;
    }();
    (void)registered;
}

void FailingEncoder::setFramesBeforeFailure(int frames)
{
    g_framesBeforeFailure = frames;
}

int FailingEncoder::failures()
{
    return g_failures;
}

} // namespace shopcast::test
