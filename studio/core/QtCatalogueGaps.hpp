#pragma once

#include <QList>

namespace shopcast::core {

// Strings Qt's own widgets show that Debian's Qt 6.4 zh_CN catalogue
// (qtbase_zh_CN.qm) does not translate: its file dialog lists folders as
// "Folder" because the catalogue predates Qt 6's QAbstractFileIconProvider.
// The studio's catalogue carries them under Qt's context; Qt asks every
// installed translator, so the studio's answers where Qt's is silent.
class QtCatalogueGaps
{
public:
    struct Text
    {
        const char *source;
        const char *disambiguation; // may be null
    };
    struct Entry
    {
        const char *context;
        Text text;
    };
    static QList<Entry> entries();
};

} // namespace shopcast::core
