#include "SlotKind.hpp"

#include <QCoreApplication>

namespace shopcast::rundown {

namespace {
struct Entry
{
    SlotKind kind;
    const char *id;
    const char *label;
};
constexpr Entry kEntries[] = {
    {SlotKind::Warmup, "warmup", QT_TRANSLATE_NOOP("SlotKinds", "Warm-up")},   {SlotKind::Product, "product", QT_TRANSLATE_NOOP("SlotKinds", "Product pitch")},
    {SlotKind::Lottery, "lottery", QT_TRANSLATE_NOOP("SlotKinds", "Lottery")}, {SlotKind::Poll, "poll", QT_TRANSLATE_NOOP("SlotKinds", "Poll")},
    {SlotKind::Game, "game", QT_TRANSLATE_NOOP("SlotKinds", "Game")},          {SlotKind::QA, "qa", QT_TRANSLATE_NOOP("SlotKinds", "Q&A")},
    {SlotKind::Break, "break", QT_TRANSLATE_NOOP("SlotKinds", "Break")},       {SlotKind::Closing, "closing", QT_TRANSLATE_NOOP("SlotKinds", "Closing")},
};
} // namespace

QString SlotKinds::id(SlotKind kind)
{
    for (const Entry &e : kEntries)
        if (e.kind == kind)
            return QString::fromLatin1(e.id);
    return {};
}

std::optional<SlotKind> SlotKinds::fromId(const QString &id)
{
    for (const Entry &e : kEntries)
        if (id == QLatin1String(e.id))
            return e.kind;
    return std::nullopt;
}

QString SlotKinds::label(SlotKind kind)
{
    for (const Entry &e : kEntries)
        if (e.kind == kind)
            return QCoreApplication::translate("SlotKinds", e.label);
    return {};
}

QStringList SlotKinds::allIds()
{
    QStringList out;
    for (const Entry &e : kEntries)
        out.append(QString::fromLatin1(e.id));
    return out;
}

} // namespace shopcast::rundown
