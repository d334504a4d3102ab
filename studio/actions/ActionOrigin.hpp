#pragma once

#include <QString>

#include <optional>

namespace shopcast::actions {

// Who asked for an action; recorded with it on the show timeline.
enum class Origin {
    Dock,    // a button or list in one of the studio's panels
    Menu,    // the window's menus
    Hotkey,  // a keyboard shortcut
    Timer,   // the rhythm timer reaching a slot
    Cli,     // shopcast-cli acting on a show
    Remote,  // a remote-control client (producer console, Stream Deck, script)
    Startup, // the studio itself while starting (demo show, a plan to run)
    Resume,  // the studio going on with a show after a crash
};

// What an invoker may do. Ordered: each level may do what the ones below may.
enum class Permission {
    Viewer,   // reads state only (a merchant watching the numbers)
    Producer, // runs the show: products, rhythm, lotteries, pins (场控)
    Host,     // all of it, outputs included (streaming and recording)
};

class Origins
{
public:
    static QString id(Origin origin);
    static std::optional<Origin> fromId(const QString &id);
    static QString permissionId(Permission permission);
};

} // namespace shopcast::actions
