// The benchmark's baseline: the least code that drives libobs to stream a
// scene, with the studio's settings (same modules, canvas, x264 veryfast CBR,
// AAC, rtmp_output) and the same scene collection file. It shares no code with
// the studio on purpose: the studio's overhead is measured against it.
#include <obs.h>
#include <obs-nix-platform.h>
#include <graphics/vec2.h>
#include <util/base.h>

#include <X11/Xlib.h>

#include <atomic>
#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

std::atomic<bool> g_firstFrame{false};
std::chrono::steady_clock::time_point g_start;
long long g_firstFrameMs = -1;

void quietLog(int level, const char *format, va_list args, void *)
{
    if (level <= LOG_WARNING) {
        std::vfprintf(stderr, format, args);
        std::fputc('\n', stderr);
    }
}

void onRender(void *, uint32_t, uint32_t)
{
    if (!g_firstFrame.exchange(true))
        g_firstFrameMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - g_start).count();
}

} // namespace

int main(int argc, char **argv)
{
    g_start = std::chrono::steady_clock::now();
    std::string scenePath, server, key;
    int width = 1280, height = 720, fps = 30, bitrate = 2500;
    double duration = 10;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--scene"))
            scenePath = argv[i + 1];
        else if (!std::strcmp(argv[i], "--server"))
            server = argv[i + 1];
        else if (!std::strcmp(argv[i], "--key"))
            key = argv[i + 1];
        else if (!std::strcmp(argv[i], "--duration"))
            duration = std::atof(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--canvas"))
            std::sscanf(argv[i + 1], "%dx%d", &width, &height);
    }
    base_set_log_handler(quietLog, nullptr);
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "no X display\n");
        return 1;
    }
    obs_set_nix_platform(OBS_NIX_PLATFORM_X11_EGL);
    obs_set_nix_platform_display(display);
    if (!obs_startup("en-US", "/tmp/shopcast-bare-libobs", nullptr))
        return 1;
    obs_video_info ovi{};
    ovi.graphics_module = "libobs-opengl";
    ovi.fps_num = uint32_t(fps);
    ovi.fps_den = 1;
    ovi.base_width = ovi.output_width = uint32_t(width);
    ovi.base_height = ovi.output_height = uint32_t(height);
    ovi.output_format = VIDEO_FORMAT_NV12;
    ovi.gpu_conversion = true;
    ovi.colorspace = VIDEO_CS_709;
    ovi.range = VIDEO_RANGE_PARTIAL;
    ovi.scale_type = OBS_SCALE_BICUBIC;
    if (obs_reset_video(&ovi) != OBS_VIDEO_SUCCESS)
        return 1;
    obs_audio_info oai{48000, SPEAKERS_STEREO};
    obs_reset_audio(&oai);
    for (const char *name : {"obs-x264", "obs-ffmpeg", "obs-outputs", "rtmp-services", "image-source", "text-freetype2", "obs-filters", "obs-transitions",
                             "linux-v4l2", "linux-pulseaudio", "linux-capture"}) {
        const std::string bin = std::string(SHOPCAST_OBS_PLUGIN_DIR "/") + name + ".so";
        const std::string data = std::string(SHOPCAST_OBS_DATA_DIR "/obs-plugins/") + name;
        obs_module_t *module = nullptr;
        if (obs_open_module(&module, bin.c_str(), data.c_str()) == MODULE_SUCCESS)
            obs_init_module(module);
    }
    obs_post_load_modules();
    obs_add_main_render_callback(onRender, nullptr);

    // The scene: every source of the file, then the first scene's items.
    obs_data_t *collection = obs_data_create_from_json_file(scenePath.c_str());
    if (!collection) {
        std::fprintf(stderr, "cannot read %s\n", scenePath.c_str());
        return 1;
    }
    std::vector<obs_source_t *> sources;
    obs_data_array_t *sourceArray = obs_data_get_array(collection, "sources");
    for (size_t i = 0; i < obs_data_array_count(sourceArray); ++i) {
        obs_data_t *s = obs_data_array_item(sourceArray, i);
        obs_data_t *settings = obs_data_get_obj(s, "settings");
        sources.push_back(obs_source_create(obs_data_get_string(s, "id"), obs_data_get_string(s, "name"), settings, nullptr));
        obs_data_release(settings);
        obs_data_release(s);
    }
    obs_data_array_release(sourceArray);
    obs_scene_t *scene = obs_scene_create("bench");
    obs_data_array_t *scenes = obs_data_get_array(collection, "scenes");
    obs_data_t *first = obs_data_array_item(scenes, 0);
    obs_data_array_t *items = obs_data_get_array(first, "items");
    for (size_t i = 0; i < obs_data_array_count(items); ++i) {
        obs_data_t *it = obs_data_array_item(items, i);
        obs_source_t *source = obs_get_source_by_name(obs_data_get_string(it, "source"));
        obs_sceneitem_t *item = obs_scene_add(scene, source);
        vec2 pos, bounds;
        vec2_set(&pos, float(obs_data_get_double(it, "x")), float(obs_data_get_double(it, "y")));
        vec2_set(&bounds, float(obs_data_get_double(it, "boundsWidth")), float(obs_data_get_double(it, "boundsHeight")));
        obs_sceneitem_set_pos(item, &pos);
        if (bounds.x > 0) {
            obs_sceneitem_set_bounds_type(item, OBS_BOUNDS_SCALE_INNER);
            obs_sceneitem_set_bounds_alignment(item, OBS_ALIGN_CENTER);
            obs_sceneitem_set_bounds(item, &bounds);
        }
        obs_source_release(source);
        obs_data_release(it);
    }
    obs_data_array_release(items);
    obs_data_release(first);
    obs_data_array_release(scenes);
    obs_data_release(collection);
    obs_set_output_source(0, obs_scene_get_source(scene));

    obs_data_t *vs = obs_data_create();
    obs_data_set_string(vs, "rate_control", "CBR");
    obs_data_set_int(vs, "bitrate", bitrate);
    obs_data_set_string(vs, "preset", "veryfast");
    obs_data_set_int(vs, "keyint_sec", 2);
    obs_data_set_string(vs, "profile", "high");
    obs_encoder_t *venc = obs_video_encoder_create("obs_x264", "v", vs, nullptr);
    obs_data_t *as = obs_data_create();
    obs_data_set_int(as, "bitrate", 160);
    obs_encoder_t *aenc = obs_audio_encoder_create("ffmpeg_aac", "a", as, 0, nullptr);
    obs_encoder_set_video(venc, obs_get_video());
    obs_encoder_set_audio(aenc, obs_get_audio());
    obs_data_t *ss = obs_data_create();
    obs_data_set_string(ss, "server", server.c_str());
    obs_data_set_string(ss, "key", key.c_str());
    obs_service_t *service = obs_service_create("rtmp_custom", "s", ss, nullptr);
    obs_output_t *output = obs_output_create("rtmp_output", "o", nullptr, nullptr);
    obs_output_set_service(output, service);
    obs_output_set_video_encoder(output, venc);
    obs_output_set_audio_encoder(output, aenc, 0);
    if (!obs_output_start(output)) {
        std::fprintf(stderr, "output did not start\n");
        return 1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(int(duration * 1000)));
    obs_output_stop(output);
    for (int i = 0; i < 100 && obs_output_active(output); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));

    std::printf("{\"frames\":%u,\"lagged\":%u,\"skipped\":%u,\"dropped\":%d,\"bytes\":%llu,\"firstFrameMs\":%lld}\n",
                video_output_get_total_frames(obs_get_video()), obs_get_lagged_frames(), video_output_get_skipped_frames(obs_get_video()),
                obs_output_get_frames_dropped(output), (unsigned long long)obs_output_get_total_bytes(output), g_firstFrameMs);
    std::fflush(stdout);

    obs_remove_main_render_callback(onRender, nullptr);
    obs_output_release(output);
    obs_service_release(service);
    obs_encoder_release(venc);
    obs_encoder_release(aenc);
    obs_data_release(vs);
    obs_data_release(as);
    obs_data_release(ss);
    obs_set_output_source(0, nullptr);
    obs_scene_release(scene);
    for (obs_source_t *s : sources)
        obs_source_release(s);
    obs_shutdown();
    XCloseDisplay(display);
    return 0;
}
