#pragma once

#include <QMenu>

namespace shopcast::assembly {
class StudioCore;
}

namespace shopcast::app {

// OBS's Scene Collection menu: new, duplicate, rename, remove, import (an
// OBS collection or one of the studio's), export, and the collections to
// switch to, the current one checked. The work is StudioCore's; this asks
// for names and files and says how it went.
class CollectionMenu : public QMenu
{
    Q_OBJECT
public:
    explicit CollectionMenu(assembly::StudioCore &studio, QWidget *parent = nullptr);

signals:
    void message(const QString &text, bool isError);

private:
    void rebuild();
    void create(bool duplicate);
    void renameCurrent();
    void removeOne();
    void importObs();
    void importFile();
    void exportCurrent();
    void report(bool ok, const QString &done, const QString &error);

    assembly::StudioCore &m_studio;
};

} // namespace shopcast::app
