// obs-websocket's MessagePack encoding: a message survives the round trip,
// and what is not a protocol message is refused with why, never a crash.
#include "CatchQt.hpp"

#include "remote/MsgPackJson.hpp"

#include <QJsonArray>

using namespace shopcast::remote;

TEST_CASE("msgpack: protocol messages round-trip, garbage, non-maps, leftovers, binary values and deep nesting are refused", "[remote]")
{
    const QJsonObject message{{QStringLiteral("op"), 6},
                              {QStringLiteral("d"), QJsonObject{{QStringLiteral("requestType"), QStringLiteral("SetCurrentProgramScene")},
                                                                {QStringLiteral("requestId"), QStringLiteral("1")},
                                                                {QStringLiteral("requestData"),
                                                                 QJsonObject{{QStringLiteral("sceneName"), QStringLiteral("主场景 🎥")},
                                                                             {QStringLiteral("n"), -42},
                                                                             {QStringLiteral("big"), 4294967296.0},
                                                                             {QStringLiteral("f"), 0.25},
                                                                             {QStringLiteral("on"), true},
                                                                             {QStringLiteral("none"), QJsonValue::Null},
                                                                             {QStringLiteral("list"), QJsonArray{1, QStringLiteral("two"), QJsonArray{}}}}}}}};
    QString error;
    const QByteArray packed = MsgPackJson::encode(message);
    CHECK(quint8(packed.at(0)) == 0x82); // a fixmap of two: op, d
    const std::optional<QJsonObject> back = MsgPackJson::decode(packed, &error);
    REQUIRE(back);
    CHECK(*back == message);

    CHECK_FALSE(MsgPackJson::decode(QByteArray("\xc1", 1), &error)); // never used
    CHECK_FALSE(MsgPackJson::decode(packed.left(packed.size() / 2), &error));
    CHECK(error.contains(QStringLiteral("whole")));
    CHECK_FALSE(MsgPackJson::decode(QByteArray("\x93\x01\x02\x03", 4), &error)); // an array, not a map
    CHECK(error.contains(QStringLiteral("not a map")));
    CHECK_FALSE(MsgPackJson::decode(packed + QByteArray("\x00", 1), &error));
    CHECK(error.contains(QStringLiteral("after")));
    CHECK_FALSE(MsgPackJson::decode(QByteArray("\x81\xa1k\xc4\x02"
                                               "ab",
                                               7),
                                    &error)); // {k: bin}
    CHECK(error.contains(QStringLiteral("binary")));
    CHECK_FALSE(MsgPackJson::decode(QByteArray("\x81\x01\x02", 3), &error)); // {1: 2}
    CHECK(error.contains(QStringLiteral("key")));
    QByteArray deep;
    for (int i = 0; i < 100; ++i)
        deep += QByteArray("\x81\xa1k", 3);
    deep += QByteArray("\xc0", 1);
    error.clear();
    CHECK_FALSE(MsgPackJson::decode(deep, &error)); // msgpack-c's own stack stops it first (32 levels)
    CHECK_FALSE(error.isEmpty());
}
