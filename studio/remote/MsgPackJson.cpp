#include "MsgPackJson.hpp"

#include <QJsonArray>

#include <msgpack.h>

#include <cmath>
#include <memory>

namespace shopcast::remote {

namespace {

std::optional<QJsonValue> toJson(const msgpack_object &o, int depth, QString *error)
{
    if (depth > MsgPackJson::kMaxDepth) {
        *error = MsgPackJson::tr("nested deeper than %1 levels").arg(MsgPackJson::kMaxDepth);
        return std::nullopt;
    }
    switch (o.type) {
    case MSGPACK_OBJECT_NIL: return QJsonValue(QJsonValue::Null);
    case MSGPACK_OBJECT_BOOLEAN: return QJsonValue(o.via.boolean);
    case MSGPACK_OBJECT_POSITIVE_INTEGER: return QJsonValue(double(o.via.u64));
    case MSGPACK_OBJECT_NEGATIVE_INTEGER: return QJsonValue(double(o.via.i64));
    case MSGPACK_OBJECT_FLOAT32:
    case MSGPACK_OBJECT_FLOAT64: return QJsonValue(o.via.f64);
    case MSGPACK_OBJECT_STR: return QJsonValue(QString::fromUtf8(o.via.str.ptr, int(o.via.str.size)));
    case MSGPACK_OBJECT_ARRAY: {
        QJsonArray array;
        for (uint32_t i = 0; i < o.via.array.size; ++i) {
            const std::optional<QJsonValue> item = toJson(o.via.array.ptr[i], depth + 1, error);
            if (!item)
                return std::nullopt;
            array.append(*item);
        }
        return QJsonValue(array);
    }
    case MSGPACK_OBJECT_MAP: {
        QJsonObject map;
        for (uint32_t i = 0; i < o.via.map.size; ++i) {
            const msgpack_object_kv &kv = o.via.map.ptr[i];
            if (kv.key.type != MSGPACK_OBJECT_STR) {
                *error = MsgPackJson::tr("a map key is not a string");
                return std::nullopt;
            }
            const std::optional<QJsonValue> value = toJson(kv.val, depth + 1, error);
            if (!value)
                return std::nullopt;
            map.insert(QString::fromUtf8(kv.key.via.str.ptr, int(kv.key.via.str.size)), *value);
        }
        return QJsonValue(map);
    }
    case MSGPACK_OBJECT_BIN:
    case MSGPACK_OBJECT_EXT: break;
    }
    *error = MsgPackJson::tr("binary and extension values are not part of the protocol");
    return std::nullopt;
}

void pack(msgpack_packer *pk, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: msgpack_pack_nil(pk); break;
    case QJsonValue::Bool: v.toBool() ? msgpack_pack_true(pk) : msgpack_pack_false(pk); break;
    case QJsonValue::Double: {
        // Whole numbers go as integers, as obs-websocket sends them.
        const double d = v.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.007199254740992e15)
            msgpack_pack_int64(pk, int64_t(d));
        else
            msgpack_pack_double(pk, d);
        break;
    }
    case QJsonValue::String: {
        const QByteArray utf8 = v.toString().toUtf8();
        msgpack_pack_str(pk, size_t(utf8.size()));
        msgpack_pack_str_body(pk, utf8.constData(), size_t(utf8.size()));
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        msgpack_pack_array(pk, size_t(a.size()));
        for (const auto &item : a)
            pack(pk, item);
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        msgpack_pack_map(pk, size_t(o.size()));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray key = it.key().toUtf8();
            msgpack_pack_str(pk, size_t(key.size()));
            msgpack_pack_str_body(pk, key.constData(), size_t(key.size()));
            pack(pk, it.value());
        }
        break;
    }
    }
}

} // namespace

std::optional<QJsonObject> MsgPackJson::decode(const QByteArray &bytes, QString *error)
{
    msgpack_unpacked result;
    msgpack_unpacked_init(&result);
    const std::unique_ptr<msgpack_unpacked, void (*)(msgpack_unpacked *)> guard(&result, msgpack_unpacked_destroy);
    size_t offset = 0;
    const msgpack_unpack_return ret = msgpack_unpack_next(&result, bytes.constData(), size_t(bytes.size()), &offset);
    if (ret != MSGPACK_UNPACK_SUCCESS) {
        *error = tr("not a whole MessagePack value");
        return std::nullopt;
    }
    if (offset != size_t(bytes.size())) {
        *error = tr("bytes after the MessagePack value");
        return std::nullopt;
    }
    if (result.data.type != MSGPACK_OBJECT_MAP) {
        *error = tr("the message is not a map");
        return std::nullopt;
    }
    const std::optional<QJsonValue> value = toJson(result.data, 0, error);
    if (!value)
        return std::nullopt;
    return value->toObject();
}

QByteArray MsgPackJson::encode(const QJsonObject &object)
{
    msgpack_sbuffer buffer;
    msgpack_sbuffer_init(&buffer);
    msgpack_packer pk;
    msgpack_packer_init(&pk, &buffer, msgpack_sbuffer_write);
    pack(&pk, object);
    QByteArray out(buffer.data, int(buffer.size));
    msgpack_sbuffer_destroy(&buffer);
    return out;
}

} // namespace shopcast::remote
