#pragma once

#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

namespace shopcast::broadcast {

class ProgramView;
struct BroadcastSettings;

// A screenshot of the program as viewers see it (the action
// program.screenshot, its hotkey and menu entry): the next composed frame,
// written as PNG next to the recordings — and, with a second canvas on, its
// frame too, named like its recording (…-720x1280.png). The frames come from
// libobs' video thread and the PNGs are written on the media pool; nothing
// waits.
class ProgramScreenshots : public QObject
{
    Q_OBJECT
public:
    ProgramScreenshots(ProgramView &program, const BroadcastSettings &settings, QObject *parent = nullptr);

    // The file for a screenshot taken at this moment: 截图 2026-12-02 20-15-03.png
    // in the recordings folder (a number added when one exists already, or
    // is being written: two presses in one second keep both).
    QString nextPath() const;
    void take();

signals:
    // Once per file: twice for a screenshot with a second canvas on.
    void saved(const QString &path);
    void message(const QString &text, bool isError);

private:
    void write(const QImage &frame, const QString &path);

    ProgramView &m_program;
    const BroadcastSettings &m_settings;
    QSet<QString> m_writing;
};

} // namespace shopcast::broadcast
