#pragma once

#include "HotkeyMap.hpp"

#include "assembly/StudioCore.hpp"

#include <memory>

namespace shopcast::app {

struct StudioOptions : assembly::StudioOptions
{
    void *x11Display = nullptr; // the X connection libobs renders through
    QString language;           // the studio's ("zh_CN"): libobs's settings texts follow it
};

// The desktop studio: the widget-free composition root (assembly::StudioCore)
// on libobs, plus what only a window has, the keys of every show action.
class Studio final : public assembly::StudioCore
{
    Q_OBJECT
public:
    static std::unique_ptr<Studio> create(const StudioOptions &options, QString *error);

    // The user's keys for every show action (from ui.json; the window installs them).
    HotkeyMap &hotkeys() { return *m_hotkeys; }

private:
    Studio() = default;

    std::unique_ptr<HotkeyMap> m_hotkeys;
};

} // namespace shopcast::app
