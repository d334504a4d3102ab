// The virtual camera on the real libobs of this machine. linux-v4l2
// registers its output only where the v4l2loopback kernel module is loaded
// or installed; this machine (and CI) has neither, so what runs here is the
// refusal: said with the install hint, nothing started. Where the module is,
// the same test starts the camera and checks a /dev/video device takes it.
#include "CatchQt.hpp"

#include "broadcast/ObsEngine.hpp"
#include "broadcast/OutputControl.hpp"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace shopcast;

TEST_CASE("virtual camera: without v4l2loopback it is refused with the install hint, with it, it starts", "[integration][virtual-camera]")
{
    QTemporaryDir dir;
    QString error;
    auto engine = broadcast::ObsEngine::create(broadcast::ObsEngine::defaultOptions({640, 360, 30}, dir.filePath(QStringLiteral("obs"))), &error);
    REQUIRE(engine);
    broadcast::OutputControl &outputs = engine->outputs();
    QSignalSpy changed(&outputs, &broadcast::OutputControl::virtualCameraChanged);
    QFile modules(QStringLiteral("/proc/modules"));
    const bool loaded = modules.open(QIODevice::ReadOnly) && modules.readAll().contains("v4l2loopback");
    QString why;
    if (!outputs.virtualCameraAvailable(&why)) {
        INFO(why.toStdString());
        CHECK_FALSE(loaded);
        CHECK(why.contains(QStringLiteral("v4l2loopback")));
        CHECK(why.contains(QStringLiteral("apt install")));
        CHECK_FALSE(outputs.startVirtualCamera(&error));
        CHECK(error == why);
        CHECK_FALSE(outputs.isVirtualCameraActive());
        CHECK(changed.isEmpty());
        return;
    }
    // A machine with the module: the camera starts on a loopback device and stops.
    REQUIRE(outputs.startVirtualCamera(&error));
    CHECK(outputs.isVirtualCameraActive());
    outputs.stopVirtualCamera();
    CHECK_FALSE(outputs.isVirtualCameraActive());
    CHECK(changed.count() == 2);
}
