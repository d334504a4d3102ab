#include "ResumeShowPrompt.hpp"

#include "catalog/ProductRepository.hpp"
#include "rundown/RhythmClock.hpp"
#include "rundown/ShowPlan.hpp"
#include "show/ShowRecovery.hpp"

#include <QDateTime>
#include <QMessageBox>
#include <QPushButton>

namespace shopcast::app {

QString ResumeShowPrompt::describe(const show::ResumeOffer &offer, const catalog::ProductRepository &products)
{
    const show::ShowCheckpoint &c = offer.checkpoint;
    QStringList where;
    if (!c.onAirSku.isEmpty()) {
        const auto product = products.findBySku(c.onAirSku);
        where.append(tr("on air: %1").arg(product ? product->title : c.onAirSku));
    }
    QString why;
    const auto plan = rundown::ShowPlan::fromJson(c.planJson, &why);
    if (plan) {
        const auto rhythm = rundown::RhythmClock::Snapshot::fromJson(c.rhythm, int(plan->slotList.size()), &why);
        if (rhythm && rhythm->started && !rhythm->finished)
            where.append(tr("slot %1 of %2, %3 min %4 s into it")
                             .arg(rhythm->slotIndex + 1)
                             .arg(plan->slotList.size())
                             .arg((rhythm->showElapsedMs - rhythm->slotStartShowMs) / 60'000)
                             .arg((rhythm->showElapsedMs - rhythm->slotStartShowMs) / 1000 % 60));
    }
    if (c.flashSaleRemainingMs > 0)
        where.append(tr("a flash sale with %1 s left").arg(c.flashSaleRemainingMs / 1000));
    if (!c.lottery.isEmpty())
        where.append(tr("a lottery taking entries"));
    if (!c.poll.isEmpty())
        where.append(tr("a poll taking votes"));
    const QString stoppedAt = QDateTime::fromString(c.savedAt, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    return tr("The show \"%1\" stopped at %2 without being ended (the studio was closed by force or crashed).\n\n"
              "Where it stood: %3.\n\nResume it, or end it there?")
        .arg(offer.show.title, stoppedAt, where.isEmpty() ? tr("nothing on air") : where.join(QStringLiteral("; ")));
}

QString ResumeShowPrompt::restartLabel(const show::ResumeOffer &offer)
{
    const show::ShowCheckpoint &c = offer.checkpoint;
    if (c.streaming && c.recording)
        return tr("Resume, go live and record again");
    if (c.streaming)
        return tr("Resume and go live again");
    if (c.recording)
        return tr("Resume and record again");
    return {};
}

ResumeShowPrompt::Answer ResumeShowPrompt::ask(QWidget *parent, const show::ResumeOffer &offer, const catalog::ProductRepository &products)
{
    QMessageBox box(QMessageBox::Question, tr("Resume the show?"), describe(offer, products), QMessageBox::NoButton, parent);
    QPushButton *restart = nullptr;
    if (const QString label = restartLabel(offer); !label.isEmpty()) {
        restart = box.addButton(label, QMessageBox::AcceptRole);
        restart->setObjectName(QStringLiteral("resumeAndRestart"));
    }
    QPushButton *resume = box.addButton(tr("Resume the show"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resume"));
    box.addButton(tr("End it"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("end"));
    box.setDefaultButton(restart ? restart : resume);
    box.exec();
    if (restart && box.clickedButton() == restart)
        return Answer::ResumeAndRestart;
    return box.clickedButton() == resume ? Answer::Resume : Answer::End;
}

} // namespace shopcast::app
