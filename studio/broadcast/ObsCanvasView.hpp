#pragma once

#include "CanvasSpec.hpp"

#include <QString>

#include <memory>

struct obs_view;
struct obs_source;
struct video_output;

namespace shopcast::broadcast {

// A second canvas: a libobs view with a video mix of its own size
// (obs_view_add2), composed from the same sources as the program, so a
// camera is captured once for both. Channel 0 is its scene, channel 1 the
// show's overlays laid out for its shape. Its encoders bind to video().
//
// Release order matters: whatever encodes from video() goes first; the mix
// itself is freed by libobs' video thread once the view lets go of it.
class ObsCanvasView
{
public:
    static std::unique_ptr<ObsCanvasView> create(const CanvasSpec &canvas, QString *error);
    ~ObsCanvasView();
    ObsCanvasView(const ObsCanvasView &) = delete;
    ObsCanvasView &operator=(const ObsCanvasView &) = delete;

    const CanvasSpec &canvas() const { return m_canvas; }
    video_output *video() const { return m_video; }
    // What the canvas shows (a null source clears the channel).
    void setSources(obs_source *scene, obs_source *overlays);
    // Draws the canvas into the current render target (a preview of it).
    void render() const;

private:
    ObsCanvasView() = default;

    CanvasSpec m_canvas;
    obs_view *m_view = nullptr;
    video_output *m_video = nullptr;
};

} // namespace shopcast::broadcast
