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
    // True: resume it.
    static bool ask(QWidget *parent, const show::ResumeOffer &offer, const catalog::ProductRepository &products);
};

} // namespace shopcast::app
