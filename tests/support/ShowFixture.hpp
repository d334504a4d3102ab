#pragma once

#include "FakeEngine.hpp"

#include "chat/CommentHub.hpp"
#include "core/MonotonicClock.hpp"
#include "show/ShowSession.hpp"
#include "show/TimelineEvent.hpp"
#include "storage/Database.hpp"

#include <QTemporaryDir>

#include <memory>

namespace shopcast::test {

// A ShowSession on the fake engine with a real database in a temporary
// folder, a manual clock, four products in the catalog and P1-P3 in the
// lineup: the show tests' studio.
struct ShowFixture
{
    QTemporaryDir dir;
    core::ManualClock clock;
    FakeEngine engine;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<chat::CommentHub> hub;
    std::unique_ptr<show::ShowSession> session;

    ShowFixture();
    QList<show::TimelineEvent> eventsOf(show::TimelineKind kind) const;
};

} // namespace shopcast::test
