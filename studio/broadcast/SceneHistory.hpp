#pragma once

#include "SceneCollection.hpp"

#include <deque>

namespace shopcast::broadcast {

// The undo and redo steps of scene editing. A step keeps the collection
// before and after it (the lists inside are implicitly shared, so a step
// costs what it changed), which makes an undo exact: the collection comes
// back byte for byte, whatever the edit was.
class SceneHistory
{
public:
    static constexpr int kMaxSteps = 100;

    struct Step
    {
        QString label;    // "Move 摄像头", shown in the Edit menu
        QString mergeKey; // steps of one gesture (a drag, a slider) share it
        SceneCollection before;
        SceneCollection after;
    };

    // A new step; the redo steps go. With merge, a step with the same
    // merge key as the last one extends it instead (one undo for a drag).
    void record(Step step, bool merge);
    void clear();

    const Step *nextUndo() const { return m_undo.empty() ? nullptr : &m_undo.back(); }
    const Step *nextRedo() const { return m_redo.empty() ? nullptr : &m_redo.back(); }
    // The step of nextUndo() was undone / of nextRedo() redone.
    void undone();
    void redone();

private:
    std::deque<Step> m_undo;
    std::deque<Step> m_redo;
};

} // namespace shopcast::broadcast
