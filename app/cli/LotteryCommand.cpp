#include "LotteryCommand.hpp"

#include "interact/FairDraw.hpp"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>

#include <cstdio>

namespace shopcast::cli {

using interact::FairDraw;

namespace {
constexpr qint64 kMaxFile = 512LL * 1024 * 1024; // a million entrants are ~20 MB
constexpr int kMaxIdChars = 256;

void fail(const QString &text)
{
    std::fprintf(stderr, "shopcast-cli: %s\n", qPrintable(text));
}
} // namespace

int LotteryCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (verb == QLatin1String("draw"))
        return draw(rest);
    if (verb == QLatin1String("verify"))
        return verify(rest);
    std::fprintf(stderr, "usage: shopcast-cli lottery draw --entries FILE --winners N --out AUDIT.json [--seed HEX]\n"
                         "       shopcast-cli lottery verify AUDIT.json\n");
    return 2;
}

int LotteryCommand::draw(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringLiteral("entries"), tr("One entrant id per line (duplicates count once)."), tr("FILE"));
    const QCommandLineOption winnersOption(QStringLiteral("winners"), tr("How many winners."), tr("N"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Where to write the audit record (JSON)."), tr("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Only to reproduce a draw: the 32-byte seed in hex."), tr("HEX"));
    parser.addOptions({entriesOption, winnersOption, outOption, seedOption});
    if (!parser.parse(arguments) || !parser.isSet(entriesOption) || !parser.isSet(winnersOption) || !parser.isSet(outOption)) {
        fail(parser.errorText().isEmpty() ? tr("draw needs --entries, --winners and --out") : parser.errorText());
        return 2;
    }
    bool ok = false;
    const int winners = parser.value(winnersOption).toInt(&ok);
    if (!ok || winners < 1 || winners > 1'000'000) {
        fail(tr("--winners must be a whole number from 1 to 1,000,000"));
        return 2;
    }
    QByteArray seed;
    if (parser.isSet(seedOption)) {
        seed = FairDraw::seedFromHex(parser.value(seedOption));
        if (seed.isEmpty()) {
            fail(tr("--seed must be %1 bytes in hex (%2 hex digits)").arg(FairDraw::kSeedBytes).arg(FairDraw::kSeedBytes * 2));
            return 2;
        }
    } else {
        seed = FairDraw::newSeed();
        if (seed.isEmpty()) {
            fail(tr("the system's random number generator failed"));
            return 1;
        }
    }
    QFile in(parser.value(entriesOption));
    if (!in.open(QIODevice::ReadOnly)) {
        fail(tr("%1: %2").arg(in.fileName(), in.errorString()));
        return 1;
    }
    if (in.size() > kMaxFile) {
        fail(tr("%1: larger than 512 MiB").arg(in.fileName()));
        return 1;
    }
    QStringList entrants;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    qint64 lineNumber = 0;
    while (!in.atEnd()) {
        QByteArray line = in.readLine(64 * 1024);
        ++lineNumber;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        const QString id = QString(utf8.decode(line)).trimmed();
        if (utf8.hasError()) {
            utf8.resetState();
            fail(tr("%1 line %2: not UTF-8; skipped").arg(in.fileName()).arg(lineNumber));
            continue;
        }
        if (id.size() > kMaxIdChars) {
            fail(tr("%1 line %2: an id of more than %3 characters; skipped").arg(in.fileName()).arg(lineNumber).arg(kMaxIdChars));
            continue;
        }
        if (!id.isEmpty())
            entrants.append(id);
    }
    const QStringList frozen = FairDraw::freeze(entrants);
    const QStringList drawn = FairDraw::draw(seed, frozen, winners);
    const QJsonObject audit = FairDraw::audit(seed, frozen, drawn, winners,
                                              {{QStringLiteral("drawnAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                               {QStringLiteral("source"), QStringLiteral("shopcast-cli lottery draw")}});
    QSaveFile out(parser.value(outOption));
    const QByteArray data = QJsonDocument(audit).toJson(QJsonDocument::Indented);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        fail(tr("%1: %2").arg(parser.value(outOption), out.errorString()));
        return 1;
    }
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("entrants"), frozen.size()},
                                                  {QStringLiteral("winners"), QJsonArray::fromStringList(drawn)},
                                                  {QStringLiteral("commitment"), FairDraw::commitment(seed)}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return 0;
}

int LotteryCommand::verify(const QStringList &arguments)
{
    if (arguments.size() != 2) {
        fail(tr("usage: shopcast-cli lottery verify AUDIT.json"));
        return 2;
    }
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("%1: %2").arg(file.fileName(), file.errorString()));
        return 2;
    }
    if (file.size() > kMaxFile) {
        fail(tr("%1: larger than 512 MiB; not an audit record").arg(file.fileName()));
        return 2;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        fail(tr("%1: not a JSON audit record (%2 at byte %3; a truncated file?)")
                 .arg(file.fileName(), error.error == QJsonParseError::NoError ? tr("not an object") : error.errorString())
                 .arg(error.offset));
        return 2;
    }
    const QStringList failures = FairDraw::verify(doc.object());
    if (failures.isEmpty()) {
        std::printf("valid: %lld entrants, winners %s\n", static_cast<long long>(doc.object().value(QStringLiteral("entrants")).toArray().size()),
                    qPrintable(QJsonDocument(doc.object().value(QStringLiteral("winners")).toArray()).toJson(QJsonDocument::Compact)));
        return 0;
    }
    for (const QString &f : failures)
        std::printf("invalid: %s\n", qPrintable(f));
    return 1;
}

} // namespace shopcast::cli
