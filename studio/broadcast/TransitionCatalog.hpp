#pragma once

#include <QCoreApplication>
#include <QList>

namespace shopcast::broadcast {

// The transitions the Scenes dock offers between scenes, in its order,
// named in the user's language: obs-transitions' own, used through libobs.
class TransitionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(TransitionCatalog)
public:
    struct Kind
    {
        QString id; // the libobs transition id
        QString label;
    };
    static QList<Kind> kinds();
};

} // namespace shopcast::broadcast
