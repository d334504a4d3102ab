#include "ActionOrigin.hpp"

#include <array>
#include <utility>

namespace shopcast::actions {

namespace {
constexpr std::array<std::pair<Origin, const char *>, 8> kOrigins{{{Origin::Dock, "dock"},
                                                                   {Origin::Menu, "menu"},
                                                                   {Origin::Hotkey, "hotkey"},
                                                                   {Origin::Timer, "timer"},
                                                                   {Origin::Cli, "cli"},
                                                                   {Origin::Remote, "remote"},
                                                                   {Origin::Startup, "startup"},
                                                                   {Origin::Resume, "resume"}}};
constexpr std::array<std::pair<Permission, const char *>, 3> kPermissions{
    {{Permission::Viewer, "viewer"}, {Permission::Producer, "producer"}, {Permission::Host, "host"}}};
} // namespace

QString Origins::id(Origin origin)
{
    for (const auto &[o, name] : kOrigins)
        if (o == origin)
            return QLatin1String(name);
    return {};
}

std::optional<Origin> Origins::fromId(const QString &id)
{
    for (const auto &[o, name] : kOrigins)
        if (id == QLatin1String(name))
            return o;
    return std::nullopt;
}

QString Origins::permissionId(Permission permission)
{
    for (const auto &[p, name] : kPermissions)
        if (p == permission)
            return QLatin1String(name);
    return {};
}

} // namespace shopcast::actions
