#pragma once

#include <QString>

namespace shopcast::test {

// A test-only libobs video encoder standing in for a GPU encoder that dies
// mid-show (a driver reset, a laptop switching GPUs): real H.264 from libx264
// through libavcodec, until the frame count set here, then every encode call
// fails, as NVENC's does when the device is lost. Registered in the test
// process after libobs started, under kId.
class FailingEncoder
{
public:
    static constexpr const char *kId = "shopcast_test_failing_h264";
    static void registerOnce();
    // Encode calls that succeed before the failures begin (per encoder instance).
    static void setFramesBeforeFailure(int frames);
    // How many instances failed so far.
    static int failures();
};

} // namespace shopcast::test
