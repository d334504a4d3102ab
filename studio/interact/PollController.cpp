#include "PollController.hpp"

#include "core/MonotonicClock.hpp"

#include <QJsonArray>

#include <limits>

namespace shopcast::interact {

PollController::PollController(const core::MonotonicClock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

QString PollController::fold(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out;
}

bool PollController::open(const QString &question, const QList<Option> &options, Policy policy, QString *error)
{
    if (options.size() < 2 || options.size() > 6) {
        *error = tr("a poll has 2 to 6 options");
        return false;
    }
    QList<QStringList> folded;
    QSet<QString> seen;
    for (const Option &o : options) {
        QStringList keys;
        for (const QString &k : o.keywords) {
            const QString f = fold(k);
            if (f.isEmpty() || f.size() > 20)
                continue;
            if (seen.contains(f)) {
                *error = tr("the keyword '%1' is given to two options").arg(k);
                return false;
            }
            seen.insert(f);
            keys.append(f);
        }
        if (o.label.trimmed().isEmpty() || keys.isEmpty()) {
            *error = tr("every option needs a label and a keyword");
            return false;
        }
        folded.append(keys);
    }
    m_question = question.trimmed();
    m_options = options;
    m_folded = folded;
    m_policy = policy;
    m_votes.clear();
    m_counts = QList<int>(options.size(), 0);
    m_openedAtMs = m_clock.nowMs();
    m_open = true;
    emit stateChanged(true);
    emit changed();
    return true;
}

void PollController::close()
{
    if (!m_open)
        return;
    m_open = false;
    emit stateChanged(false);
    emit changed();
}

int PollController::optionFor(const QString &text) const
{
    const QString t = fold(text.left(200));
    int found = -1;
    for (int i = 0; i < m_folded.size(); ++i) {
        bool hit = false;
        for (const QString &k : m_folded.at(i))
            hit |= t.contains(k);
        if (!hit)
            continue;
        if (found >= 0)
            return -1; // names two options: counts for neither
        found = i;
    }
    return found;
}

void PollController::ingest(const QList<chat::ChatEvent> &comments)
{
    if (m_open)
        count(comments, std::numeric_limits<qint64>::min());
}

void PollController::count(const QList<chat::ChatEvent> &comments, qint64 sinceMs)
{
    bool moved = false;
    for (const chat::ChatEvent &c : comments) {
        if (c.type != chat::ChatEvent::Type::Comment || c.arrivedAtMs < sinceMs)
            continue;
        const int option = optionFor(c.text);
        if (option < 0)
            continue;
        const QString user = c.platform + QLatin1Char(':') + (c.userId.isEmpty() ? c.userName : c.userId);
        const auto previous = m_votes.constFind(user);
        if (previous != m_votes.constEnd()) {
            if (m_policy == Policy::FirstVote || *previous == option)
                continue;
            --m_counts[*previous];
        }
        m_votes.insert(user, option);
        ++m_counts[option];
        moved = true;
    }
    if (moved)
        emit changed();
}

QJsonObject PollController::result() const
{
    QJsonArray options;
    for (int i = 0; i < m_options.size(); ++i)
        options.append(QJsonObject{{QStringLiteral("label"), m_options.at(i).label}, {QStringLiteral("votes"), m_counts.value(i)}});
    return {{QStringLiteral("question"), m_question},
            {QStringLiteral("options"), options},
            {QStringLiteral("voters"), votes()},
            {QStringLiteral("policy"), m_policy == Policy::FirstVote ? QStringLiteral("first") : QStringLiteral("last")}};
}

QJsonObject PollController::openSnapshot() const
{
    if (!m_open)
        return {};
    return {{QStringLiteral("preset"), PollPreset{m_question, m_options, m_policy}.toJson()}, {QStringLiteral("openedAtMs"), m_openedAtMs}};
}

bool PollController::resumeOpen(const QJsonObject &snapshot, const QList<chat::ChatEvent> &showComments, QString *error)
{
    if (m_open) {
        *error = tr("a poll is already open");
        return false;
    }
    const std::optional<PollPreset> preset = PollPreset::fromJson(snapshot.value(QStringLiteral("preset")).toObject(), error);
    if (!preset)
        return false;
    const double openedAtMs = snapshot.value(QStringLiteral("openedAtMs")).toDouble(-1);
    if (!(openedAtMs >= 0 && openedAtMs <= 1e15)) { // a double out of qint64's range must not be cast
        *error = tr("the saved poll's opening time is out of range");
        return false;
    }
    m_resuming = true;
    const bool opened = open(*preset, error);
    m_resuming = false;
    if (!opened)
        return false;
    m_openedAtMs = qint64(openedAtMs);
    count(showComments, m_openedAtMs);
    return true;
}

} // namespace shopcast::interact
