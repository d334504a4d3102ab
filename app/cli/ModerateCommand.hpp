#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shopcast::cli {

// `shopcast-cli moderate [--rules FILE] [--terms FILE] < comments.jsonl`: the
// studio's moderation pipeline over a chat log, so a merchant can try a term
// list on a past show. One JSON line out per comment line in: id, verdict,
// rule. A line that is not UTF-8 or not a JSON object is reported on stderr
// with its number and the run goes on.
class ModerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ModerateCommand)
public:
    int run(const QStringList &arguments);
};

} // namespace shopcast::cli
