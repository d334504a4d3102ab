#include "QtCatalogueGaps.hpp"

#include <QtGlobal>

namespace shopcast::core {

QList<QtCatalogueGaps::Entry> QtCatalogueGaps::entries()
{
    // Context, text and disambiguation exactly as Qt 6.4 asks for them
    // (qabstractfileiconprovider.cpp); lupdate reads them from here.
    static constexpr const char *kIconProvider = "QAbstractFileIconProvider";
    return {
        {kIconProvider, QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms")},
        {kIconProvider, QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms")},
        {kIconProvider, {QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"), nullptr}},
        {kIconProvider, {QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"), nullptr}},
        {kIconProvider, {QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"), nullptr}},
    };
}

} // namespace shopcast::core
