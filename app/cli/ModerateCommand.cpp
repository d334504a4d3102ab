#include "ModerateCommand.hpp"

#include "moderation/Moderator.hpp"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cstdio>

namespace shopcast::cli {

using namespace shopcast::moderation;

namespace {
void errorLine(qint64 line, const QString &text)
{
    std::fprintf(stderr, "shopcast-cli: line %lld: %s\n", static_cast<long long>(line), qPrintable(text));
}
} // namespace

int ModerateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the moderation pipeline over JSON lines {id, userId, userName, text, ts} on standard input."));
    parser.addHelpOption();
    const QCommandLineOption rulesOption(QStringLiteral("rules"), tr("The full rule set, as the studio exports it (JSON)."), tr("FILE"));
    const QCommandLineOption termsOption(QStringLiteral("terms"), tr("Blocked terms: one per line (action hide), or a .csv of term,action."), tr("FILE"));
    parser.addOptions({rulesOption, termsOption});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "shopcast-cli: %s\nusage: shopcast-cli moderate [--rules FILE] [--terms FILE] < comments.jsonl\n",
                     qPrintable(parser.errorText().isEmpty() ? tr("unexpected argument %1").arg(parser.positionalArguments().value(0)) : parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    ModerationRules rules = ModerationRules::defaults();
    QStringList problems;
    if (parser.isSet(rulesOption)) {
        const auto loaded = ModerationRules::load(parser.value(rulesOption), &problems);
        if (!loaded) {
            std::fprintf(stderr, "shopcast-cli: %s: %s\n", qPrintable(parser.value(rulesOption)), qPrintable(problems.join(QStringLiteral("; "))));
            return 2;
        }
        rules = *loaded;
    }
    if (parser.isSet(termsOption)) {
        QStringList termErrors;
        const QList<TermRule> terms = TermList::load(parser.value(termsOption), Verdict::Hide, &termErrors);
        for (const QString &e : termErrors)
            std::fprintf(stderr, "shopcast-cli: %s: %s\n", qPrintable(parser.value(termsOption)), qPrintable(e));
        if (terms.isEmpty() && !termErrors.isEmpty())
            return 2;
        rules.terms = parser.isSet(rulesOption) ? rules.terms + terms : terms;
    }
    const auto compiled = CompiledRules::compile(rules);
    for (const QString &p : compiled->problems)
        std::fprintf(stderr, "shopcast-cli: rule left out: %s\n", qPrintable(p));
    Moderator moderator(compiled);

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        std::fprintf(stderr, "shopcast-cli: cannot read standard input\n");
        return 1;
    }
    constexpr qint64 kMaxLine = 1024 * 1024;
    qint64 lineNumber = 0;
    bool anyBad = false;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    while (!in.atEnd()) {
        QByteArray line = in.readLine(kMaxLine + 2);
        ++lineNumber;
        if (line.size() > kMaxLine && !line.endsWith('\n')) {
            while (!in.atEnd() && !in.readLine(kMaxLine).endsWith('\n')) {
            }
            errorLine(lineNumber, tr("longer than 1 MiB; skipped"));
            anyBad = true;
            continue;
        }
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        [[maybe_unused]] const QString decoded = utf8.decode(line); // decoding sets hasError()
        if (utf8.hasError()) {
            utf8.resetState();
            errorLine(lineNumber, tr("not valid UTF-8"));
            anyBad = true;
            continue;
        }
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            errorLine(lineNumber,
                      tr("not a JSON object (%1)").arg(parseError.error == QJsonParseError::NoError ? tr("not an object") : parseError.errorString()));
            anyBad = true;
            continue;
        }
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("text")) && !o.value(QStringLiteral("text")).isString()) {
            errorLine(lineNumber, tr("\"text\" must be a string"));
            anyBad = true;
            continue;
        }
        chat::ChatEvent e;
        e.platform = o.value(QStringLiteral("platform")).toString(QStringLiteral("cli"));
        e.id = o.value(QStringLiteral("id")).toVariant().toString();
        e.userId = o.value(QStringLiteral("userId")).toVariant().toString();
        e.userName = o.value(QStringLiteral("userName")).toString();
        e.text = o.value(QStringLiteral("text")).toString();
        const double ts = o.value(QStringLiteral("ts")).toDouble(0);
        // The spam rules' clock; out-of-range numbers count as 0, never overflow.
        e.sentAtMs = ts > 0 && ts < 1e15 ? qint64(ts) : 0;
        const Decision d = moderator.moderate(e, e.sentAtMs);
        const QJsonObject out{
            {QStringLiteral("id"), o.value(QStringLiteral("id"))}, {QStringLiteral("verdict"), Verdicts::id(d.verdict)}, {QStringLiteral("rule"), d.rule}};
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    }
    return anyBad ? 1 : 0;
}

} // namespace shopcast::cli
