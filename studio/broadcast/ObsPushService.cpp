#include "ObsPushService.hpp"

#include <obs-module.h>

#include <string>

namespace shopcast::broadcast {

namespace {

struct PushTarget
{
    std::string server;
    std::string key;
};

void update(void *data, obs_data_t *settings)
{
    auto *target = static_cast<PushTarget *>(data);
    target->server = obs_data_get_string(settings, "server");
    target->key = obs_data_get_string(settings, "key");
}

} // namespace

void ObsPushService::registerType()
{
    obs_service_info info{};
    info.id = kId;
    info.get_name = [](void *) -> const char * { return "ShopCast push destination"; };
    info.create = [](obs_data_t *settings, obs_service_t *) -> void * {
        auto *target = new PushTarget;
        update(target, settings);
        return target;
    };
    info.destroy = [](void *data) { delete static_cast<PushTarget *>(data); };
    info.update = &update;
    info.get_url = [](void *data) -> const char * { return static_cast<PushTarget *>(data)->server.c_str(); };
    info.get_key = [](void *data) -> const char * { return static_cast<PushTarget *>(data)->key.c_str(); };
    info.get_output_type = [](void *) -> const char * { return "rtmp_output"; };
    obs_register_service(&info);
}

} // namespace shopcast::broadcast
