#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace shopcast::overlay {

// A viewer's comment pinned on stream (置顶评论): a rounded card in the
// product card's style with the viewer's name and the comment, CJK-aware
// wrapping, at most three lines with an ellipsis. Premultiplied ARGB.
class PinnedCommentRenderer
{
public:
    static QSize defaultSize(QSize canvasPx);
    static QImage render(const QString &userName, const QString &text, QSize sizePx);
};

} // namespace shopcast::overlay
