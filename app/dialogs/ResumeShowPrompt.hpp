#pragma once

#include <QCoreApplication>

class QWidget;

namespace shopcast::catalog {
class ProductRepository;
}
namespace shopcast::show {
struct ResumeOffer;
}

namespace shopcast::app {

// Asks, at start, whether a show the last run did not end goes on: says when
// it stopped and where it stood (product, slot, flash sale, lottery).
class ResumeShowPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ResumeShowPrompt)
public:
    static QString describe(const show::ResumeOffer &offer, const catalog::ProductRepository &products);
    enum class Answer { End, Resume, ResumeAndRestart };
    // ResumeAndRestart is offered when the show was live or recording: it
    // goes on and those start again in the same click.
    static Answer ask(QWidget *parent, const show::ResumeOffer &offer, const catalog::ProductRepository &products);
    // The third button's words, empty when nothing was running.
    static QString restartLabel(const show::ResumeOffer &offer);
};

} // namespace shopcast::app
