#pragma once

namespace shopcast::broadcast {

// A libobs service type ("shopcast_push") that hands rtmp_output the server
// and key of a Destination. It replaces rtmp-services' rtmp_custom so the
// studio does not load that module, which fetches a service list from the
// internet on every start.
class ObsPushService
{
public:
    static constexpr const char *kId = "shopcast_push";
    static void registerType(); // once, after obs_startup
};

} // namespace shopcast::broadcast
