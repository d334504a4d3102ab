#pragma once

// ThreadSanitizer follows pthread locks and std::atomic, but not Qt's own
// locks and queues: libQt6Core is not built with it, so whatever one thread
// hands another through QThreadPool or a queued call looks to it like a race
// (packaging/dev.sh tsan-show). A HandOff tells it about such a hand-over:
// the sender gives it together with the work, the receiver takes it first
// thing. Outside a ThreadSanitizer build it is empty and does nothing.
#if defined(__SANITIZE_THREAD__)
#define SHOPCAST_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define SHOPCAST_TSAN 1
#endif
#endif

#ifdef SHOPCAST_TSAN
#include <sanitizer/tsan_interface.h>

#include <memory>

extern "C" void __tsan_ignore_thread_begin();
extern "C" void __tsan_ignore_thread_end();
#endif

#include <utility>

namespace shopcast::work {

class HandOff
{
public:
#ifdef SHOPCAST_TSAN
    HandOff()
        : m_token(std::make_shared<char>())
    {}
    // Everything this thread did so far happens before take(). What send()
    // does inside Qt (moving the work into Qt's own event or task) is not
    // followed: it happens after the release, and the receiver reads it
    // through Qt's lock, which the sanitizer does not see.
    template<typename Send>
    void give(Send &&send) const
    {
        __tsan_release(m_token.get());
        __tsan_ignore_thread_begin();
        std::forward<Send>(send)();
        __tsan_ignore_thread_end();
    }
    void take() const
    {
        __tsan_acquire(m_token.get());
    }

private:
    std::shared_ptr<char> m_token;
#else
    template<typename Send>
    void give(Send &&send) const
    {
        std::forward<Send>(send)();
    }
    void take() const {}
#endif
};

} // namespace shopcast::work
