#pragma once

#include "CatchQt.hpp"

#include "Studio.hpp"

#include <QApplication>
#include <QDir>
#include <QScreen>

#include <memory>

namespace shopcast::test {

// The real studio (libobs on this process's X display) on a profile of the
// test's: the demo show with its chat, or a fresh profile with neither; in a
// language ("zh_CN"), libobs's own texts follow it as main() has them.
inline std::unique_ptr<app::Studio> makeGuiStudio(const QString &profileDir, bool demo, const QString &language = {})
{
    app::StudioOptions options;
    options.language = language;
    options.profileDir = profileDir;
    options.freshDemo = demo;
    options.x11Display = qApp->nativeInterface<QNativeInterface::QX11Application>()->display();
    QString error;
    auto studio = app::Studio::create(options, &error);
    INFO(error.toStdString());
    REQUIRE(studio);
    // The demo catalog is read on a worker; start-up goes on when it is in.
    REQUIRE_EVENTUALLY(studio->isCatalogReady(), 30'000);
    return studio;
}

// The window as the screen shows it, framed, into the test artefacts: the
// previews are GL child windows, so the screen is grabbed, not the widget tree.
inline void saveScreenshot(QWidget &window, const QString &name, const QString &artifactsDir)
{
    QDir().mkpath(artifactsDir);
    const QRect area = window.frameGeometry();
    window.screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height()).toImage().save(QDir(artifactsDir).filePath(name));
}

} // namespace shopcast::test
