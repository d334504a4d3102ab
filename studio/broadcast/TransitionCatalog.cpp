#include "TransitionCatalog.hpp"

#include "SceneCollection.hpp"

namespace shopcast::broadcast {

QList<TransitionCatalog::Kind> TransitionCatalog::kinds()
{
    return {
        {QStringLiteral("cut_transition"), tr("Cut")},
        {QStringLiteral("fade_transition"), tr("Fade")},
        {QStringLiteral("swipe_transition"), tr("Swipe")},
        {QStringLiteral("slide_transition"), tr("Slide")},
        {QStringLiteral("fade_to_color_transition"), tr("Fade to colour")},
        {QStringLiteral("wipe_transition"), tr("Wipe")},
        {QString::fromLatin1(TransitionSpec::kStinger), tr("Stinger (a video over the switch)")},
    };
}

} // namespace shopcast::broadcast
