#include "SceneHistory.hpp"

namespace shopcast::broadcast {

void SceneHistory::record(Step step, bool merge)
{
    m_redo.clear();
    if (merge && !m_undo.empty() && !step.mergeKey.isEmpty() && m_undo.back().mergeKey == step.mergeKey) {
        m_undo.back().after = std::move(step.after);
        return;
    }
    m_undo.push_back(std::move(step));
    while (m_undo.size() > size_t(kMaxSteps))
        m_undo.pop_front();
}

void SceneHistory::clear()
{
    m_undo.clear();
    m_redo.clear();
}

void SceneHistory::undone()
{
    if (m_undo.empty())
        return;
    m_redo.push_back(std::move(m_undo.back()));
    m_undo.pop_back();
}

void SceneHistory::redone()
{
    if (m_redo.empty())
        return;
    m_undo.push_back(std::move(m_redo.back()));
    m_redo.pop_back();
}

} // namespace shopcast::broadcast
