#include "ActionRegistry.hpp"

#include <QThread>

namespace shopcast::actions {

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{}

bool ActionRegistry::add(const ActionSpec &spec, Handler handler, Availability availability)
{
    if (spec.id.isEmpty() || m_index.contains(spec.id) || !handler)
        return false;
    m_index.insert(spec.id, int(m_entries.size()));
    m_entries.append({spec, std::move(handler), std::move(availability)});
    return true;
}

QList<ActionSpec> ActionRegistry::actions() const
{
    QList<ActionSpec> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.append(e.spec);
    return out;
}

const ActionSpec *ActionRegistry::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it).spec;
}

QString ActionRegistry::unavailableReason(const QString &id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return tr("there is no action \"%1\"").arg(id);
    const Entry &e = m_entries.at(*it);
    return e.availability ? e.availability() : QString();
}

QJsonArray ActionRegistry::schema() const
{
    QJsonArray out;
    for (const Entry &e : m_entries)
        out.append(e.spec.toJson());
    return out;
}

void ActionRegistry::setDefaultParams(const QString &id, const ParamsProvider &provider)
{
    if (provider)
        m_defaultParams.insert(id, provider);
    else
        m_defaultParams.remove(id);
}

QJsonObject ActionRegistry::defaultParams(const QString &id) const
{
    const auto it = m_defaultParams.constFind(id);
    return it == m_defaultParams.cend() ? QJsonObject() : (*it)();
}

QString ActionRegistry::checkParams(const ActionSpec &spec, const QJsonObject &params) const
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        const ActionParam *p = spec.param(it.key());
        if (!p)
            return tr("\"%1\" has no parameter \"%2\"").arg(spec.id, it.key().left(64));
        QString why = p->check(it.value());
        if (!why.isEmpty())
            return why;
    }
    for (const ActionParam &p : spec.params)
        if (p.required && !params.contains(p.name))
            return tr("\"%1\" needs the parameter \"%2\"").arg(spec.id, p.name);
    return {};
}

ActionResult ActionRegistry::invoke(const QString &id, const QJsonObject &params, const Caller &caller)
{
    // The show lives on the GUI thread; a remote request arrives there too.
    Q_ASSERT(QThread::currentThread() == thread());
    ActionResult result;
    const auto it = m_index.constFind(id);
    if (it == m_index.cend()) {
        result = ActionResult::failed(tr("there is no action \"%1\"").arg(id.left(128)));
    } else {
        const Entry &e = m_entries.at(*it);
        QString why;
        if (caller.permission < e.spec.permission)
            why = tr("\"%1\" needs %2 rights; this caller has %3")
                      .arg(e.spec.label(), Origins::permissionId(e.spec.permission), Origins::permissionId(caller.permission));
        if (why.isEmpty())
            why = checkParams(e.spec, params);
        if (why.isEmpty() && e.availability)
            why = e.availability();
        // The handler may still refuse (a product that is not in the lineup).
        result = why.isEmpty() ? e.handler(params, caller) : ActionResult::failed(why);
    }
    emit invoked(Invocation{id, params, caller, result});
    return result;
}

} // namespace shopcast::actions
