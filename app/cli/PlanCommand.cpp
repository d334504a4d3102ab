#include "PlanCommand.hpp"

#include "CliReport.hpp"
#include "storage/Database.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "rundown/PlanGenerator.hpp"
#include "rundown/PlanLinter.hpp"
#include "rundown/ShowPlan.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace shopcast::cli {

using namespace shopcast::rundown;

namespace {

// --rule takes a preset name or a JSON file holding a rule object.
std::optional<RhythmRule> ruleFrom(const QString &text, QString *error)
{
    if (RhythmRule::presetNames().contains(text))
        return RhythmRule::fromJson(QJsonValue(text), error);
    QFile file(text);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = PlanCommand::tr("--rule '%1' is neither 322, 332 nor a readable file").arg(text);
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = PlanCommand::tr("--rule %1: not valid JSON: %2").arg(text, parseError.errorString());
        return std::nullopt;
    }
    QString why;
    auto rule = RhythmRule::fromJson(
        doc.isObject() && doc.object().contains(QStringLiteral("rule")) ? doc.object().value(QStringLiteral("rule")) : QJsonValue(doc.object()), &why);
    if (!rule)
        *error = PlanCommand::tr("--rule %1: %2").arg(text, why);
    return rule;
}

} // namespace

int PlanCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == QLatin1String("lint"))
        return runLint(rest);
    if (sub == QLatin1String("generate"))
        return runGenerate(rest);
    CliReport::error(
        PlanCommand::tr("usage: shopcast-cli plan lint FILE [--rule 322|332|FILE] | plan generate --db PATH [--rule ...] [--title T] [--out FILE]"));
    return 2;
}

int PlanCommand::runLint(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ruleOption(QStringLiteral("rule"), PlanCommand::tr("Check against this rule instead of the plan's own: 322, 332 or a JSON file."),
                                        PlanCommand::tr("RULE"));
    parser.addOption(ruleOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), PlanCommand::tr("Show plan JSON"));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        CliReport::error(parser.errorText().isEmpty() ? PlanCommand::tr("usage: shopcast-cli plan lint FILE [--rule 322|332|FILE]") : parser.errorText());
        return 2;
    }
    QString error;
    const auto plan = ShowPlan::load(parser.positionalArguments().first(), &error);
    if (!plan) {
        CliReport::error(error);
        return 2;
    }
    RhythmRule rule = plan->rule;
    if (parser.isSet(ruleOption)) {
        auto given = ruleFrom(parser.value(ruleOption), &error);
        if (!given) {
            CliReport::error(error);
            return 2;
        }
        rule = *given;
    }
    const auto violations = PlanLinter::lint(*plan, rule);
    for (const PlanViolation &v : violations)
        std::printf("%s\n", QJsonDocument(v.toJson()).toJson(QJsonDocument::Compact).constData());
    return violations.isEmpty() ? 0 : 1;
}

int PlanCommand::runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), PlanCommand::tr("Studio database: the plan follows its lineup."), PlanCommand::tr("PATH"));
    const QCommandLineOption ruleOption(QStringLiteral("rule"), PlanCommand::tr("322, 332 or a JSON file."), PlanCommand::tr("RULE"), QStringLiteral("332"));
    const QCommandLineOption titleOption(QStringLiteral("title"), PlanCommand::tr("Show title."), PlanCommand::tr("TITLE"));
    const QCommandLineOption outOption(QStringLiteral("out"), PlanCommand::tr("Write the plan here instead of standard output."), PlanCommand::tr("FILE"));
    parser.addOptions({dbOption, ruleOption, titleOption, outOption});
    if (!parser.parse(arguments) || !parser.isSet(dbOption)) {
        CliReport::error(parser.errorText().isEmpty()
                             ? PlanCommand::tr("usage: shopcast-cli plan generate --db PATH [--rule 322|332|FILE] [--title T] [--out FILE]")
                             : parser.errorText());
        return 2;
    }
    QString error;
    const auto rule = ruleFrom(parser.value(ruleOption), &error);
    if (!rule) {
        CliReport::error(error);
        return 2;
    }
    auto db = CliReport::openDatabase(parser.value(dbOption), true);
    if (!db)
        return 1;
    catalog::ProductRepository products(*db);
    catalog::LineupModel lineup(*db, products);
    QStringList skus;
    if (lineup.load(&error))
        for (int r = 0; r < lineup.rowCount(); ++r)
            skus.append(lineup.productAt(r).sku);
    if (skus.isEmpty()) {
        for (const catalog::Product &p : products.all())
            skus.append(p.sku);
        if (!skus.isEmpty())
            CliReport::error(PlanCommand::tr("the lineup is empty: planning every catalog product (%1)").arg(skus.size()));
    }
    if (skus.isEmpty()) {
        CliReport::error(PlanCommand::tr("no products in %1: import a catalog first").arg(parser.value(dbOption)));
        return 1;
    }
    const ShowPlan plan = PlanGenerator::generate(skus, *rule, {parser.value(titleOption), 300'000, 180'000});
    if (parser.isSet(outOption)) {
        if (!plan.save(parser.value(outOption), &error)) {
            CliReport::error(error);
            return 1;
        }
    } else {
        std::fputs(plan.toJson().constData(), stdout);
    }
    return 0;
}

} // namespace shopcast::cli
