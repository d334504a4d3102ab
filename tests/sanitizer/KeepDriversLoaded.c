// Preloaded into the sanitizer runs only (packaging/dev.sh sanitize).
//
// LeakSanitizer counts memory reachable from a library's globals as in use,
// but it checks at exit, after libobs has shut its OpenGL device down and
// Mesa has unloaded its DRI driver (swrast_dri.so): the driver's own caches
// then look leaked, from an "<unknown module>" that no suppression can name.
// Keeping DRI drivers mapped until exit restores the usual rule for them;
// every other library is closed as before.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <string.h>

int dlclose(void *handle)
{
    static int (*real)(void *);
    if (!real)
        real = (int (*)(void *))dlsym(RTLD_NEXT, "dlclose");
    struct link_map *map = NULL;
    // handle is declared nonnull by glibc: dlclose(NULL) is not a call to expect.
    if (dlinfo(handle, RTLD_DI_LINKMAP, &map) == 0 && map && map->l_name) {
        const size_t n = strlen(map->l_name);
        if (n > 7 && strcmp(map->l_name + n - 7, "_dri.so") == 0)
            return 0;
    }
    return real(handle);
}
