#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace shopcast::broadcast {

class ProgramView;
struct BroadcastSettings;

// A screenshot of the program as viewers see it (the action
// program.screenshot, its hotkey and menu entry): the next composed frame,
// written as PNG next to the recordings. The frame comes from libobs' video
// thread and the PNG is written on the media pool; nothing waits.
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
    void saved(const QString &path);
    void message(const QString &text, bool isError);

private:
    ProgramView &m_program;
    const BroadcastSettings &m_settings;
    QSet<QString> m_writing;
};

} // namespace shopcast::broadcast
