#pragma once

#include "PreviewSurface.hpp"

#include <obs.hpp>

namespace shopcast::broadcast {

// The program output drawn into a native X window with obs_display, letterboxed
// to keep the canvas aspect ratio.
class ObsPreview final : public PreviewSurface
{
public:
    ObsPreview(quintptr nativeWindow, QSize sizePx);
    ~ObsPreview() override;

    bool isValid() const { return m_display != nullptr; }
    void resize(QSize sizePx) override;

private:
    static void draw(void *param, uint32_t cx, uint32_t cy);

    obs_display_t *m_display = nullptr;
};

} // namespace shopcast::broadcast
