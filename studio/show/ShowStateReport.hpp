#pragma once

#include <QJsonObject>

namespace shopcast::show {

class ShowSession;

// Where the show stands, as one JSON object for a remote console (the
// vendor request GetShowState): the product on air and what comes next, the
// lineup, a flash sale, the rhythm timer and its 322 block, the lottery
// (entrants, commitment, winners), the poll with its counts, the pinned
// comment, the producer's note, the buyers' open questions by product, the
// review queue and the comment rate. Bounded: at most kMaxLineup products,
// kMaxQuestions questions (the newest) and kMaxReview held comments (the
// oldest, which a producer decides first), so a long show answers in a
// few kilobytes.
class ShowStateReport
{
public:
    static constexpr int kMaxLineup = 200;
    static constexpr int kMaxQuestions = 60;
    static constexpr int kMaxReview = 40;
    static constexpr int kMaxTextChars = 300;

    static QJsonObject build(ShowSession &session);
};

} // namespace shopcast::show
