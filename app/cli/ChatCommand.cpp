#include "ChatCommand.hpp"

#include "chat/BilibiliCodec.hpp"
#include "chat/BridgeCodec.hpp"
#include "chat/TwitchIrcDecoder.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace shopcast::cli {

using namespace shopcast::chat;

namespace {

void emitEvent(const ChatEvent &e)
{
    std::fputs(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
}

// Reads one line at a time so a huge capture never sits in memory at once.
template<typename Decode>
void eachLine(QFile &in, Decode decode)
{
    while (!in.atEnd()) {
        QByteArray line = in.readLine(1024 * 1024 + 2);
        if (line.size() > 1024 * 1024 && !line.endsWith('\n')) {
            // Over a megabyte without a newline: report and skip to the next line.
            while (!in.atEnd() && !in.readLine(1024 * 1024).endsWith('\n')) {
            }
            line = QByteArray();
            emitEvent(ChatEvent::error(QStringLiteral("capture"), ChatCommand::tr("a line longer than 1 MiB was skipped")));
            continue;
        }
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            decode(line);
    }
}

} // namespace

int ChatCommand::run(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("decode")) {
        std::fprintf(stderr, "shopcast-cli: usage: shopcast-cli chat decode --protocol twitch-irc|bilibili|bridge [FILE] (default: standard input)\n");
        return 2;
    }
    QStringList args = arguments;
    args.removeAt(1);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption protocolOption(QStringLiteral("protocol"), ChatCommand::tr("twitch-irc, bilibili or bridge."), ChatCommand::tr("NAME"));
    parser.addOption(protocolOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), ChatCommand::tr("Capture file (default: standard input)."));
    if (!parser.parse(args)) {
        std::fprintf(stderr, "shopcast-cli: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    const QString protocol = parser.value(protocolOption);
    if (protocol != QLatin1String("twitch-irc") && protocol != QLatin1String("bilibili") && protocol != QLatin1String("bridge")) {
        std::fprintf(stderr, "shopcast-cli: --protocol must be twitch-irc, bilibili or bridge\n");
        return 2;
    }
    QFile in;
    if (parser.positionalArguments().isEmpty()) {
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            std::fprintf(stderr, "shopcast-cli: cannot read standard input\n");
            return 1;
        }
    } else {
        in.setFileName(parser.positionalArguments().first());
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "shopcast-cli: %s: %s\n", qPrintable(in.fileName()), qPrintable(in.errorString()));
            return 1;
        }
    }
    if (protocol == QLatin1String("twitch-irc")) {
        eachLine(in, [](const QByteArray &line) { emitEvent(TwitchIrcDecoder::decodeLine(QString::fromUtf8(line))); });
    } else if (protocol == QLatin1String("bridge")) {
        eachLine(in, [](const QByteArray &line) { emitEvent(BridgeCodec::decode(line)); });
    } else {
        // Binary packets, decoded as they stream in; a packet split across
        // reads waits for its rest.
        QByteArray pending;
        while (!in.atEnd()) {
            pending += in.read(256 * 1024);
            QByteArray rest;
            for (const ChatEvent &e : BilibiliCodec::decode(pending, &rest))
                emitEvent(e);
            pending = rest;
        }
        if (!pending.isEmpty())
            for (const ChatEvent &e : BilibiliCodec::decode(pending))
                emitEvent(e);
    }
    std::fflush(stdout);
    return 0;
}

} // namespace shopcast::cli
