#include "ServiceCatalog.hpp"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shopcast::broadcast {

namespace {

std::optional<int> positive(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > 1e6)
        return std::nullopt;
    return int(v.toDouble());
}

bool isRtmp(const QString &url)
{
    return url.startsWith(QLatin1String("rtmp://"), Qt::CaseInsensitive) || url.startsWith(QLatin1String("rtmps://"), Qt::CaseInsensitive);
}

std::optional<StreamingService> readService(const QJsonObject &o)
{
    StreamingService s;
    s.name = o.value(QStringLiteral("name")).toString().trimmed().left(200);
    if (s.name.isEmpty())
        return std::nullopt;
    for (const QJsonValue alt : o.value(QStringLiteral("alt_names")).toArray())
        if (alt.isString())
            s.altNames.append(alt.toString());
    s.common = o.value(QStringLiteral("common")).toBool();
    s.streamKeyLink = o.value(QStringLiteral("stream_key_link")).toString();
    const QJsonObject recommended = o.value(QStringLiteral("recommended")).toObject();
    // A service whose recommended output is not RTMP (HLS, WHIP) cannot be
    // fed by the studio's outputs, whatever its server URLs look like.
    const QString output = recommended.value(QStringLiteral("output")).toString();
    if (!output.isEmpty() && output != QLatin1String("rtmp_output"))
        return std::nullopt;
    for (const QJsonValue v : o.value(QStringLiteral("servers")).toArray()) {
        const QJsonObject server = v.toObject();
        const QString url = server.value(QStringLiteral("url")).toString().trimmed();
        if (isRtmp(url))
            s.servers.append({server.value(QStringLiteral("name")).toString(url).left(200), url});
    }
    if (s.servers.isEmpty())
        return std::nullopt;
    s.maxVideoKbps = positive(recommended, "max video bitrate");
    s.maxAudioKbps = positive(recommended, "max audio bitrate");
    s.keyframeIntervalSec = positive(recommended, "keyint");
    s.maxFps = positive(recommended, "max fps");
    if (const QJsonValue b = recommended.value(QStringLiteral("bframes")); b.isDouble() && b.toInt() >= 0)
        s.maxBFrames = b.toInt();
    s.profile = recommended.value(QStringLiteral("profile")).toString();
    for (const QJsonValue r : recommended.value(QStringLiteral("supported resolutions")).toArray())
        if (r.isString())
            s.supportedResolutions.append(r.toString());
    return s;
}

} // namespace

QString ServiceCatalog::defaultPath()
{
    return QStringLiteral(SHOPCAST_OBS_DATA_DIR "/obs-plugins/rtmp-services/services.json");
}

ServiceCatalog ServiceCatalog::builtIn()
{
    // No fixed server and no limits: each show's address comes from the
    // platform's console, and their published limits change per account.
    ServiceCatalog c;
    const auto perShow = [](const QString &name, const QStringList &alt) {
        StreamingService s;
        s.name = name;
        s.altNames = alt;
        s.common = true;
        s.perShowAddress = true;
        return s;
    };
    c.m_services = {perShow(tr("Douyin"), {QStringLiteral("Douyin"), QStringLiteral("抖音")}),
                    perShow(tr("Taobao Live"), {QStringLiteral("Taobao Live"), QStringLiteral("淘宝直播")}),
                    perShow(tr("WeChat Channels"), {QStringLiteral("WeChat Channels"), QStringLiteral("视频号")}),
                    perShow(tr("Kuaishou (address per show)"), {QStringLiteral("Kuaishou (address per show)"), QStringLiteral("快手")})};
    return c;
}

ServiceCatalog ServiceCatalog::load(const QString &path)
{
    ServiceCatalog c = builtIn();
    QString *message = &c.m_problem;
    const QFileInfo info(path);
    if (!info.isFile()) {
        *message = tr("The platform list (%1) is not installed; use Custom and paste the server from the platform.").arg(path);
        return c;
    }
    if (info.size() > kMaxFileBytes) {
        *message = tr("The platform list %1 is %2 MB, more than a platform list can be; it was not read. Use Custom.")
                       .arg(path)
                       .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1);
        return c;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = tr("The platform list %1 cannot be read (%2); use Custom.").arg(path, file.errorString());
        return c;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxFileBytes), &parseError);
    const QJsonValue services = doc.object().value(QStringLiteral("services"));
    if (parseError.error != QJsonParseError::NoError || !services.isArray()) {
        *message = parseError.error != QJsonParseError::NoError
                       ? tr("The platform list %1 is broken (%2 at byte %3); use Custom.").arg(path, parseError.errorString()).arg(parseError.offset)
                       : tr("The platform list %1 has no services in it; use Custom.").arg(path);
        return c;
    }
    c.m_formatVersion = doc.object().value(QStringLiteral("format_version")).toInt();
    if (c.m_formatVersion < kKnownFormatMin || c.m_formatVersion > kKnownFormatMax)
        *message = tr("The platform list %1 is of format %2 (this studio reads %3 to %4): its platforms are read as far as they match.")
                       .arg(path)
                       .arg(c.m_formatVersion)
                       .arg(kKnownFormatMin)
                       .arg(kKnownFormatMax);
    for (const QJsonValue v : services.toArray())
        if (const std::optional<StreamingService> s = readService(v.toObject()))
            c.m_services.append(*s);
    return c;
}

const StreamingService *ServiceCatalog::find(const QString &name) const
{
    if (name.isEmpty())
        return nullptr;
    for (const StreamingService &s : m_services)
        if (s.name == name || s.altNames.contains(name))
            return &s;
    return nullptr;
}

} // namespace shopcast::broadcast
