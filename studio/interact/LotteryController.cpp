#include "LotteryController.hpp"

#include "FairDraw.hpp"

#include "work/Work.hpp"

#include "core/MonotonicClock.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>

#include <algorithm>

namespace shopcast::interact {

namespace {
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}
} // namespace

LotteryController::LotteryController(storage::Database &db, const core::MonotonicClock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &LotteryController::tick);
}

QString LotteryController::fold(const QString &text)
{
    // Keywords match however they are typed: full-width, case, spaces.
    QString out = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out;
}

void LotteryController::setShowId(qint64 showId)
{
    if (showId != m_showId)
        m_viewers.clear();
    m_showId = showId;
}

QString LotteryController::commitment() const
{
    return m_seed.isEmpty() ? QString() : FairDraw::commitment(m_seed);
}

qint64 LotteryController::remainingMs() const
{
    if (m_state != State::Open)
        return 0;
    return std::max<qint64>(0, m_openedAtMs + m_preset.entryWindowMs - m_clock.nowMs());
}

QSet<QString> LotteryController::recentWinners(int days) const
{
    QSet<QString> out;
    if (days <= 0)
        return out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT platform, user_id FROM lottery_winners WHERE absent = 0 AND won_at >= ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs));
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    out.unite(m_wonThisRun);
    out.subtract(m_absentThisRun);
    return out;
}

void LotteryController::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
    emit changed();
}

bool LotteryController::open(const LotteryPreset &preset, QString *error)
{
    if (m_state == State::Open || m_state == State::Drawing) {
        *error = m_state == State::Open ? tr("a lottery is already open: close it first") : tr("the last draw is still running");
        return false;
    }
    if (!preset.validate(error))
        return false;
    const QByteArray seed = FairDraw::newSeed();
    if (seed.isEmpty()) {
        *error = tr("the system's random number generator failed; the lottery cannot be fair");
        return false;
    }
    arm(preset, seed, m_clock.nowMs());
    m_timer.start();
    setState(State::Open);
    return true;
}

void LotteryController::arm(const LotteryPreset &preset, const QByteArray &seed, qint64 openedAtMs)
{
    m_preset = preset;
    m_seed = seed;
    m_keyword = fold(preset.keyword);
    m_excluded = recentWinners(preset.excludeWinnersDays);
    ++m_lotterySerial;
    m_entrants.clear();
    m_drawOrder.clear();
    m_drawn.clear();
    m_frozen.clear();
    m_absent.clear();
    m_audit = {};
    m_drawId = 0;
    m_openedAtMs = openedAtMs;
    m_shownSecond = -1;
}

void LotteryController::close()
{
    if (m_state != State::Open)
        return;
    m_closedAtMs = m_clock.nowMs();
    m_timer.stop();
    setState(State::Closed);
}

void LotteryController::tick()
{
    if (m_state != State::Open)
        return;
    const qint64 remaining = remainingMs();
    if (remaining <= 0) {
        close();
        return;
    }
    // The overlay shows whole seconds and the count: redraw when either moved.
    const qint64 second = (remaining + 999) / 1000;
    if (second != m_shownSecond || m_dirty) {
        m_shownSecond = second;
        m_dirty = false;
        emit changed();
    }
}

void LotteryController::ingest(const QList<chat::ChatEvent> &comments)
{
    take(comments, false);
}

LotteryController::Viewer &LotteryController::viewer(const QString &id)
{
    // A seed of its own: the QHash inside hashes with the global one.
    return m_viewers.of(qHash(id, size_t(QHashSeed::globalSeed()) ^ size_t(0x5eed5eed)))[id];
}

void LotteryController::take(const QList<chat::ChatEvent> &comments, bool replayed)
{
    const qint64 clockNow = m_clock.nowMs();
    for (const chat::ChatEvent &c : comments) {
        if (c.type != chat::ChatEvent::Type::Comment)
            continue;
        // A comment counts by when it arrived (the hub's stamp, kept in the
        // chat log), not by when it was handled: the entrants are then exactly
        // what anyone can recount from the log (the show benchmark's exact
        // check does), even for a comment handled a moment after the end.
        const qint64 now = replayed || c.arrivedAtMs > 0 ? c.arrivedAtMs : clockNow;
        m_latestArrivalMs = std::max(m_latestArrivalMs, now);
        if (now < m_openedAtMs && m_state == State::Open) {
            // Before the lottery opened: it only counts towards minComments.
            const QString id = c.platform % QLatin1Char(':') % (c.userId.isEmpty() ? c.userName : c.userId);
            ++viewer(id).comments;
            continue;
        }
        const QString id = c.platform % QLatin1Char(':') % (c.userId.isEmpty() ? c.userName : c.userId); // one allocation
        Viewer &entry = viewer(id);
        const int count = ++entry.comments;
        // Closed is still in: a comment that arrived before the close but
        // waited in a batch behind it (the timer closed the window a moment
        // earlier) counts until the draw freezes the entrants.
        const bool entering = m_state == State::Open || m_state == State::Closed || (m_state == State::Drawing && m_settling);
        const qint64 endMs = m_state == State::Open ? m_openedAtMs + m_preset.entryWindowMs : std::min(m_closedAtMs, m_openedAtMs + m_preset.entryWindowMs);
        if (!entering || now >= endMs)
            continue;
        if (entry.enteredLottery == m_lotterySerial)
            continue;
        // Most comments carry the keyword as typed; fold (full-width, case,
        // spaces) only the rest.
        const QStringView text = QStringView(c.text).left(500);
        if (!text.contains(m_preset.keyword) && !fold(text.toString()).contains(m_keyword))
            continue;
        if (m_excluded.contains(id) || count < m_preset.minComments)
            continue;
        if (m_preset.excludeStaff) {
            bool staff = false;
            for (const QString &badge : c.badges)
                staff |= badge.startsWith(QLatin1String("broadcaster")) || badge.startsWith(QLatin1String("moderator"));
            if (staff)
                continue;
        }
        entry.enteredLottery = m_lotterySerial;
        m_entrants.append({id, c.platform, c.userId.isEmpty() ? c.userName : c.userId, c.userName, now});
        m_dirty = true;
    }
}

QJsonObject LotteryController::openSnapshot() const
{
    if (m_state != State::Open)
        return {};
    return {{QStringLiteral("preset"), m_preset.toJson()},
            {QStringLiteral("seed"), QString::fromLatin1(m_seed.toHex())},
            {QStringLiteral("openedAtMs"), m_openedAtMs}};
}

void LotteryController::recount(const QList<chat::ChatEvent> &showComments)
{
    m_viewers.clear();
    const State state = m_state;
    m_state = State::Idle; // counts only
    take(showComments, true);
    m_state = state;
}

bool LotteryController::resumeOpen(const QJsonObject &snapshot, const QList<chat::ChatEvent> &showComments, qint64 gapMs, QString *error)
{
    if (m_state == State::Open || m_state == State::Drawing) {
        *error = tr("a lottery is already open");
        return false;
    }
    const std::optional<LotteryPreset> preset = LotteryPreset::fromJson(snapshot.value(QStringLiteral("preset")).toObject(), error);
    if (!preset)
        return false;
    const QByteArray seed = FairDraw::seedFromHex(snapshot.value(QStringLiteral("seed")).toString());
    if (seed.isEmpty()) {
        *error = tr("the saved lottery has no valid seed");
        return false;
    }
    const double openedAtMs = snapshot.value(QStringLiteral("openedAtMs")).toDouble(-1);
    if (!(openedAtMs >= 0 && openedAtMs <= 1e15)) { // a double out of qint64's range must not be cast
        *error = tr("the saved lottery's opening time is out of range");
        return false;
    }
    arm(*preset, seed, qint64(openedAtMs));
    m_viewers.clear();
    m_state = State::Open;
    take(showComments, true);
    // The minutes the studio was away were no entry time.
    m_openedAtMs += std::max<qint64>(0, gapMs);
    m_timer.start();
    m_resuming = true;
    setState(State::Open);
    m_resuming = false;
    return true;
}

struct LotteryController::DrawResult
{
    QStringList frozen;
    QStringList order;
    QHash<QString, Entrant> drawn;
    QJsonObject audit;
};

bool LotteryController::draw(QString *error)
{
    if (m_state == State::Open)
        close();
    if (m_state != State::Closed) {
        *error = m_state == State::Drawing ? tr("the draw is already running") : tr("open and close a lottery before drawing");
        return false;
    }
    setState(State::Drawing);
    m_settling = true;
    m_settleTimer.start();
    freezeWhenSettled();
    return true;
}

void LotteryController::freezeWhenSettled()
{
    if (m_state != State::Drawing || !m_settling)
        return;
    const qint64 endMs = std::min(m_closedAtMs, m_openedAtMs + m_preset.entryWindowMs);
    if (m_latestArrivalMs < endMs && !m_settleTimer.hasExpired(kSettleMs)) {
        QTimer::singleShot(10, this, &LotteryController::freezeWhenSettled);
        return;
    }
    m_settling = false;
    freeze();
}

void LotteryController::freeze()
{
    // Freezing sorts every entrant id and the audit lists them all: with a
    // million entrants that is a second of work, done off the GUI thread. The
    // entrant list no longer changes once entries are closed.
    const QJsonObject extra{
        {QStringLiteral("prize"), m_preset.prize},        {QStringLiteral("rules"), m_preset.toJson()}, {QStringLiteral("openedAtShowMs"), m_openedAtMs},
        {QStringLiteral("closedAtShowMs"), m_closedAtMs}, {QStringLiteral("drawnAt"), nowUtc()},        {QStringLiteral("redraws"), QJsonArray()}};
    work::Work::run(
        work::Pool::Compute, this,
        [seed = m_seed, entrants = m_entrants, winners = m_preset.winners, extra] {
            DrawResult r;
            QStringList ids;
            ids.reserve(entrants.size());
            for (const Entrant &e : entrants)
                ids.append(e.id);
            r.frozen = FairDraw::freeze(ids);
            // A redraw takes the next entrant in the same order (a draw with one
            // more winner gives the same first ones): checkable from the seed.
            r.order = FairDraw::draw(seed, r.frozen, winners);
            const QSet<QString> named(r.order.cbegin(), r.order.cend());
            for (const Entrant &e : entrants)
                if (named.contains(e.id))
                    r.drawn.insert(e.id, e);
            r.audit = FairDraw::audit(seed, r.frozen, r.order, winners, extra);
            return r;
        },
        [this](const DrawResult &result) { finishDraw(result); });
}

void LotteryController::finishDraw(const DrawResult &result)
{
    if (m_state != State::Drawing)
        return; // a new lottery opened meanwhile
    m_frozen = result.frozen;
    m_drawOrder = result.order;
    m_drawn = result.drawn;
    m_audit = result.audit;
    const QStringList &frozen = m_frozen;
    setState(State::Drawn);
    if (m_showId > 0) {
        QList<Entrant> won = this->winners();
        for (const Entrant &w : std::as_const(won))
            m_wonThisRun.insert(w.id);
        // The record is serialised on the writer's thread: with a million
        // entrants that is most of the work.
        m_db.writer().submit(
            [showId = m_showId, prize = m_preset.prize, commitment = commitment(), entrants = int(frozen.size()), record = m_audit, won,
             at = nowUtc()](QSqlDatabase &db, QString *e) {
                const QString audit = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO lottery_draws (show_id, prize, commitment, entrants, audit_json, drawn_at) VALUES (?, ?, ?, ?, ?, ?)"));
                for (const QVariant &v : {QVariant(showId), QVariant(prize), QVariant(commitment), QVariant(entrants), QVariant(audit), QVariant(at)})
                    q.addBindValue(v);
                if (!q.exec()) {
                    *e = q.lastError().text();
                    return false;
                }
                const qint64 drawId = q.lastInsertId().toLongLong();
                QSqlQuery w(db);
                w.prepare(QStringLiteral("INSERT INTO lottery_winners (draw_id, platform, user_id, user_name, rank, won_at) VALUES (?, ?, ?, ?, ?, ?)"));
                for (int i = 0; i < won.size(); ++i) {
                    for (const QVariant &v : {QVariant(drawId), QVariant(won.at(i).platform), QVariant(won.at(i).userId), QVariant(won.at(i).userName),
                                              QVariant(i + 1), QVariant(at)})
                        w.addBindValue(v);
                    if (!w.exec()) {
                        *e = w.lastError().text();
                        return false;
                    }
                }
                return true;
            },
            QStringLiteral("lottery draw"));
    }
}

QList<LotteryController::Entrant> LotteryController::winners() const
{
    // A few winners among possibly a million entrants: look only those up.
    QList<Entrant> out;
    for (const QString &id : m_drawOrder) {
        if (out.size() >= m_preset.winners)
            break;
        if (const auto it = m_drawn.constFind(id); it != m_drawn.constEnd() && !m_absent.contains(id))
            out.append(*it);
    }
    return out;
}

bool LotteryController::redraw(int winnerIndex, QString *error)
{
    const QList<Entrant> current = winners();
    if (m_state != State::Drawn || winnerIndex < 0 || winnerIndex >= current.size()) {
        *error = tr("no such winner to redraw");
        return false;
    }
    const int shown = int(current.size()) + int(m_absent.size());
    if (shown >= m_frozen.size()) {
        *error = tr("no one else entered: there is nobody to redraw");
        return false;
    }
    const Entrant &absent = current.at(winnerIndex); // current is this function's own copy
    m_absent.insert(absent.id);
    m_drawOrder = FairDraw::draw(m_seed, m_frozen, shown + 1);
    const QString next = m_drawOrder.constLast();
    for (const Entrant &e : m_entrants)
        if (e.id == next) {
            m_drawn.insert(e.id, e);
            break;
        }
    const Entrant replacement = winners().last();
    if (m_showId > 0) {
        m_absentThisRun.insert(absent.id);
        m_absentThisRun.remove(replacement.id);
        m_wonThisRun.insert(replacement.id);
    }
    QJsonArray redraws = m_audit.value(QStringLiteral("redraws")).toArray();
    redraws.append(QJsonObject{{QStringLiteral("absent"), absent.id}, {QStringLiteral("replacement"), replacement.id}, {QStringLiteral("at"), nowUtc()}});
    m_audit.insert(QStringLiteral("redraws"), redraws);
    emit changed();
    emit redrawn(absent.id, replacement.id);
    emit message(tr("%1 did not claim the prize; the next in the draw order, %2, wins.").arg(absent.userName, replacement.userName), false);
    if (m_showId > 0)
        m_db.writer().submit(
            [commitment = commitment(), absent, replacement, rank = m_preset.winners + int(m_absent.size()), record = m_audit, at = nowUtc()](QSqlDatabase &db,
                                                                                                                                              QString *e) {
                const QString audit = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE lottery_winners SET absent = 1 WHERE platform = ? AND user_id = ? AND draw_id ="
                                         " (SELECT id FROM lottery_draws WHERE commitment = ?)"));
                for (const QVariant &v : {QVariant(absent.platform), QVariant(absent.userId), QVariant(commitment)})
                    q.addBindValue(v);
                QSqlQuery w(db);
                w.prepare(QStringLiteral("INSERT INTO lottery_winners (draw_id, platform, user_id, user_name, rank, won_at)"
                                         " SELECT id, ?, ?, ?, ?, ? FROM lottery_draws WHERE commitment = ?"));
                for (const QVariant &v : {QVariant(replacement.platform), QVariant(replacement.userId), QVariant(replacement.userName), QVariant(rank),
                                          QVariant(at), QVariant(commitment)})
                    w.addBindValue(v);
                QSqlQuery a(db);
                a.prepare(QStringLiteral("UPDATE lottery_draws SET audit_json = ? WHERE commitment = ?"));
                a.addBindValue(audit);
                a.addBindValue(commitment);
                if (!q.exec() || !w.exec() || !a.exec()) {
                    *e = q.lastError().text() + w.lastError().text() + a.lastError().text();
                    return false;
                }
                return true;
            },
            QStringLiteral("lottery redraw"));
    return true;
}

bool LotteryController::exportWinnersCsv(const QString &path, QString *error) const
{
    QByteArray csv = "prize,platform,user_id,name,time\n";
    const QString at = m_audit.value(QStringLiteral("drawnAt")).toString();
    for (const Entrant &w : winners())
        csv += QStringList{csvField(m_preset.prize), csvField(w.platform), csvField(w.userId), csvField(w.userName), at}.join(QLatin1Char(',')).toUtf8() + '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace shopcast::interact
