// The IRC parser against the ircdocs parser-tests suite: every case of
// msg-split.yaml (parsing) and msg-join.yaml (serialising) must pass.
#include "CatchQt.hpp"

#include "chat/IrcMessage.hpp"

#include <yaml-cpp/yaml.h>

#include <QMap>

using shopcast::chat::IrcMessage;

namespace {

QString str(const YAML::Node &n)
{
    return QString::fromStdString(n.as<std::string>());
}

QMap<QString, QString> tagsOf(const YAML::Node &atoms)
{
    QMap<QString, QString> out;
    if (atoms["tags"])
        for (const auto &kv : atoms["tags"])
            out.insert(QString::fromStdString(kv.first.as<std::string>()), kv.second.IsNull() ? QString() : str(kv.second));
    return out;
}

QStringList paramsOf(const YAML::Node &atoms)
{
    QStringList out;
    if (atoms["params"])
        for (const auto &p : atoms["params"])
            out.append(str(p));
    return out;
}

const std::string kSuite = SHOPCAST_FIXTURES "/irc-parser-tests/";

} // namespace

TEST_CASE("IRC parsing passes every msg-split case", "[chat][irc][conformance]")
{
    const YAML::Node suite = YAML::LoadFile(kSuite + "msg-split.yaml");
    int cases = 0;
    for (const auto &test : suite["tests"]) {
        const QString input = str(test["input"]);
        INFO(input.toStdString());
        const YAML::Node atoms = test["atoms"];
        QString error;
        const auto m = IrcMessage::parse(input, &error);
        REQUIRE(m);
        QMap<QString, QString> tags;
        for (const auto &[k, v] : m->tags)
            tags.insert(k, v);
        CHECK(tags == tagsOf(atoms));
        CHECK(m->source == (atoms["source"] ? str(atoms["source"]) : QString()));
        CHECK(m->verb == str(atoms["verb"]));
        CHECK(m->params == paramsOf(atoms));
        ++cases;
    }
    CHECK(cases == int(suite["tests"].size()));
    CHECK(cases >= 30); // the suite was really read
}

TEST_CASE("IRC serialising passes every msg-join case", "[chat][irc][conformance]")
{
    const YAML::Node suite = YAML::LoadFile(kSuite + "msg-join.yaml");
    int cases = 0;
    for (const auto &test : suite["tests"]) {
        INFO(test["desc"].as<std::string>());
        const YAML::Node atoms = test["atoms"];
        IrcMessage m;
        if (atoms["tags"])
            for (const auto &kv : atoms["tags"])
                m.tags.append({QString::fromStdString(kv.first.as<std::string>()), kv.second.IsNull() ? QString() : str(kv.second)});
        m.source = atoms["source"] ? str(atoms["source"]) : QString();
        m.verb = str(atoms["verb"]);
        m.params = paramsOf(atoms);
        QStringList matches;
        for (const auto &match : test["matches"])
            matches.append(str(match));
        const QString line = m.serialize();
        INFO(line.toStdString());
        CHECK(matches.contains(line));
        // And what we write parses back to the same atoms.
        CHECK(IrcMessage::parse(line) == m);
        ++cases;
    }
    CHECK(cases == int(suite["tests"].size()));
    CHECK(cases >= 10);
}

TEST_CASE("lines that are not messages are refused with a reason", "[chat][irc]")
{
    QString error;
    CHECK_FALSE(IrcMessage::parse(u"", &error));
    CHECK(error.contains(QStringLiteral("no command")));
    CHECK_FALSE(IrcMessage::parse(u"@a=b ", &error));
    CHECK_FALSE(IrcMessage::parse(u":source-only", &error));
    CHECK_FALSE(IrcMessage::parse(u"@=x PRIVMSG #c :hi", &error));
    CHECK(error.contains(QStringLiteral("tag has no name")));
    // Budgets and shapes: checked before anything is built.
    CHECK_FALSE(IrcMessage::parse(QString(IrcMessage::kMaxLineBytes + 1, QLatin1Char('a')), &error));
    CHECK(error.contains(QStringLiteral("over the")));
    CHECK_FALSE(IrcMessage::parse(u"@a\x01b=1 PRIVMSG #c :hi", &error));
    CHECK(error.contains(QStringLiteral("not a valid tag name")));
    CHECK_FALSE(IrcMessage::parse(u"@/x=1 PRIVMSG #c :hi", &error));
    CHECK(IrcMessage::parse(u"@+example.com/foo-bar=1;msg-id=x PRIVMSG #c :hi", &error));
    CHECK_FALSE(IrcMessage::parse(QStringLiteral(":src \x07 #c :hi"), &error));
    CHECK(error.contains(QStringLiteral("not an IRC command")));
    CHECK_FALSE(IrcMessage::parse(u":src PRIV!MSG #c :hi", &error));
    CHECK_FALSE(IrcMessage::parse(u"1234 #c", &error));
    CHECK(IrcMessage::parse(u":tmi.twitch.tv 001 me :Welcome")->verb == QStringLiteral("001"));
    QString manyTags = QStringLiteral("@");
    for (int i = 0; i < IrcMessage::kMaxTags + 1; ++i)
        manyTags += QStringLiteral("t%1=1;").arg(i);
    CHECK_FALSE(IrcMessage::parse(manyTags + QStringLiteral(" PING"), &error));
    CHECK(error.contains(QStringLiteral("more than")));
    // The same key a thousand times (within the length budget): linear, the last wins.
    QString repeated = QStringLiteral("@");
    for (int i = 0; i < 1000; ++i)
        repeated += QStringLiteral("k=%1;").arg(i % 10);
    const auto last = IrcMessage::parse(repeated + QStringLiteral(" PING"), &error);
    REQUIRE(last);
    REQUIRE(last->tags.size() == 1);
    CHECK(last->tags.first().second == QStringLiteral("9"));
    // CRLF from the wire is not part of the last parameter.
    CHECK(IrcMessage::parse(u"PING :tmi.twitch.tv\r\n")->params == QStringList{QStringLiteral("tmi.twitch.tv")});
}
