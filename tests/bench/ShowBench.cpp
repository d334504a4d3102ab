// A whole show, measured: the real studio binary under its own Xvfb, started
// as OBS is (--startstreaming --startrecording) on a profile this program
// writes — a camera stand-in (a looping media file with a tone) with 美颜 and
// a voice chain on it, the show's overlays, two destinations to two real
// nginx-rtmp ingests, a plan of short slots run by the rhythm timer (a
// lottery after every three products, a poll between) — while a relay pushes
// comments and orders through the bridge and a producer's client (the real
// obs-websocket-js) sends a request a second. The studio is measured from
// outside (/proc: CPU, RSS, threads, files) and asks itself (GetStudioHealth:
// GUI-thread lateness, comment latency, frames per output); what was sent is
// counted against what the database holds. Optionally the same picture in
// OBS Studio for the same time, as the baseline.
//
//   shopcast_show_bench [--seconds N] [--rate N] [--orders N] [--features on|off]
//                       [--obs] [--check-every S] [--soak] [--speed K] [--json FILE]
//
// Exit status: 0 when every component started and nothing was lost (and, with
// --soak, every limit held); 1 otherwise, with the reason. No figure is ever
// reported for a component that did not start.
#include "FreePort.hpp"
#include "ListeningPort.hpp"
#include "NginxRtmpServer.hpp"
#include "XvfbServer.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

using namespace shopcast;

namespace {

struct Options
{
    int seconds = 600;
    int rate = 1000; // comments a second
    int orders = 20; // order lines a second
    bool features = true;
    bool obs = false;
    int checkEverySec = 0;
    bool soak = false;
    int speed = 1; // a compressed soak: rates ×speed, slots ÷speed
    QString json;
    QSize screen{1366, 768};
    QSize canvas{1280, 720};
    int slotSec = 20;
    bool keep = false; // leave the run's folder (profile, database, recordings) for a look
    int rounds = 1;    // on, off and OBS taken in turn this many times; ratios are read within a round
};

const QString kKeyword = QStringLiteral("抽奖");
constexpr qint64 kViewers = 50'000;
const QString kPassword = QStringLiteral("bench-producer");

// ---- the studio from outside: /proc ----------------------------------------

struct ProcSample
{
    double atSec = 0;
    double cpuSec = 0;
    double rssMiB = 0;
    int threads = 0;
    int files = 0;
};

std::optional<ProcSample> sampleProcess(qint64 pid, double atSec)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray s = stat.readAll();
    // Fields after the command (which may hold spaces) in parentheses.
    const QList<QByteArray> f = s.mid(s.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 20)
        return std::nullopt;
    const double tick = double(sysconf(_SC_CLK_TCK));
    ProcSample p;
    p.atSec = atSec;
    p.cpuSec = (f.at(11).toDouble() + f.at(12).toDouble()) / tick; // utime, stime
    p.threads = f.at(17).toInt();
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                p.rssMiB = line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    p.files = int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
    return p;
}

// Least-squares slope of RSS over time, MiB per hour, from fromSec on.
double rssSlopeMiBPerHour(const QList<ProcSample> &samples, double fromSec)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const ProcSample &p : samples) {
        if (p.atSec < fromSec)
            continue;
        n += 1;
        sx += p.atSec;
        sy += p.rssMiB;
        sxx += p.atSec * p.atSec;
        sxy += p.atSec * p.rssMiB;
    }
    const double d = n * sxx - sx * sx;
    return n < 3 || d == 0 ? 0 : (n * sxy - sx * sy) / d * 3600.0;
}

double durationOf(const QString &path)
{
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"), QStringLiteral("format=duration"),
                                              QStringLiteral("-of"), QStringLiteral("default=nw=1:nk=1"), path});
    ffprobe.waitForFinished(60'000);
    return ffprobe.exitCode() == 0 ? ffprobe.readAllStandardOutput().trimmed().toDouble() : -1;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The camera stand-in: 20 s of a moving test picture with a 440 Hz tone.
bool makeCameraFile(const QString &path, QSize size, QString *error)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"),
                                            QStringLiteral("error"),
                                            QStringLiteral("-y"),
                                            QStringLiteral("-f"),
                                            QStringLiteral("lavfi"),
                                            QStringLiteral("-i"),
                                            QStringLiteral("testsrc2=size=%1x%2:rate=30").arg(size.width()).arg(size.height()),
                                            QStringLiteral("-f"),
                                            QStringLiteral("lavfi"),
                                            QStringLiteral("-i"),
                                            QStringLiteral("sine=frequency=440:sample_rate=48000"),
                                            QStringLiteral("-t"),
                                            QStringLiteral("20"),
                                            QStringLiteral("-c:v"),
                                            QStringLiteral("libx264"),
                                            QStringLiteral("-preset"),
                                            QStringLiteral("veryfast"),
                                            QStringLiteral("-pix_fmt"),
                                            QStringLiteral("yuv420p"),
                                            QStringLiteral("-c:a"),
                                            QStringLiteral("aac"),
                                            path});
    if (!ffmpeg.waitForFinished(120'000) || ffmpeg.exitCode() != 0) {
        *error = QStringLiteral("ffmpeg could not make the camera stand-in: ") + QString::fromLocal8Bit(ffmpeg.readAllStandardError());
        return false;
    }
    return true;
}

// ---- the profile -------------------------------------------------------------

QJsonObject source(const QString &name, const QString &id, const QJsonObject &settings, const QJsonArray &filters = {})
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("id"), id}, {QStringLiteral("settings"), settings}};
    if (!filters.isEmpty())
        o.insert(QStringLiteral("filters"), filters);
    return o;
}

QJsonObject filter(const QString &name, const QString &id, const QJsonObject &settings = {})
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("id"), id}, {QStringLiteral("settings"), settings}};
}

QJsonObject item(const QString &source, double x = 0, double y = 0, double w = 0, double h = 0)
{
    QJsonObject o{{QStringLiteral("source"), source}, {QStringLiteral("x"), x}, {QStringLiteral("y"), y}};
    if (w > 0)
        o.insert(QStringLiteral("boundsWidth"), w), o.insert(QStringLiteral("boundsHeight"), h),
            o.insert(QStringLiteral("boundsType"), QStringLiteral("stretch"));
    return o;
}

// The picture both studios show: a colour, the camera stand-in, a title.
// With the show's features the camera gets 美颜 and the voice chain, and the
// show's overlays (card, lottery, pinned comment, ticker) join the scene.
QJsonObject benchCollection(const QString &camera, QSize canvas, bool features)
{
    QJsonArray cameraFilters;
    if (features)
        cameraFilters = {filter(QStringLiteral("美颜"), QStringLiteral("shopcast_beauty_filter")),
                         filter(QStringLiteral("降噪"), QStringLiteral("noise_suppress_filter_v2")),
                         filter(QStringLiteral("压缩"), QStringLiteral("compressor_filter")), filter(QStringLiteral("限幅"), QStringLiteral("limiter_filter"))};
    QJsonArray sources{
        source(QStringLiteral("背景"), QStringLiteral("color_source_v3"),
               {{QStringLiteral("color"), double(0xFF1F0D3AU)}, {QStringLiteral("width"), canvas.width()}, {QStringLiteral("height"), canvas.height()}}),
        source(QStringLiteral("摄像头"), QStringLiteral("ffmpeg_source"),
               {{QStringLiteral("is_local_file"), true}, {QStringLiteral("local_file"), camera}, {QStringLiteral("looping"), true}}, cameraFilters),
        source(QStringLiteral("标题"), QStringLiteral("text_ft2_source_v2"),
               {{QStringLiteral("text"), QStringLiteral("ShopCast 直播间 · 压测")},
                {QStringLiteral("font"), QJsonObject{{QStringLiteral("face"), QStringLiteral("Noto Sans CJK SC")}, {QStringLiteral("size"), 48}}}})};
    QJsonArray items{item(QStringLiteral("背景")), item(QStringLiteral("摄像头"), 0, 0, canvas.width(), canvas.height()), item(QStringLiteral("标题"), 40, 30)};
    if (features) {
        const QList<std::pair<QString, QString>> overlays{{QStringLiteral("商品卡"), QStringLiteral("product_card")},
                                                          {QStringLiteral("抽奖投票"), QStringLiteral("interaction")},
                                                          {QStringLiteral("置顶评论"), QStringLiteral("pinned_comment")},
                                                          {QStringLiteral("下单播报"), QStringLiteral("sales_ticker")}};
        for (const auto &[name, role] : overlays) {
            sources.append(source(name, QStringLiteral("shopcast_overlay"), {{QStringLiteral("role"), role}}));
            items.append(item(name));
        }
    }
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("scenes"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("直播")}, {QStringLiteral("items"), items}}}},
            {QStringLiteral("currentScene"), QStringLiteral("直播")}};
}

// Slots of slotSec on a loop: three products, a lottery, three products, a
// poll. Long enough for the run and a margin.
QJsonObject benchPlan(int seconds, int slotSec)
{
    const QStringList skus{QStringLiteral("DEMO-CUP"), QStringLiteral("DEMO-LIP"), QStringLiteral("DEMO-NUT"), QStringLiteral("DEMO-EAR")};
    QJsonArray slotList;
    // Twice the slots the run's time holds: the producer's advances end slots
    // early, and a plan that runs out before the run stops the rhythm (an
    // hour at 3x started all 608 slots of a plan of exactly the hour).
    const int count = 2 * seconds / slotSec + 8;
    for (int i = 0; i < count; ++i) {
        const int inLoop = i % 8;
        if (inLoop == 3) {
            // Entries stay open 5 s at least (the preset's own rule).
            slotList.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("lottery")},
                                        {QStringLiteral("plannedSeconds"), std::max(slotSec, 6)},
                                        {QStringLiteral("preset"), QJsonObject{{QStringLiteral("prize"), QStringLiteral("保温杯一个")},
                                                                               {QStringLiteral("keyword"), kKeyword},
                                                                               {QStringLiteral("winners"), 3},
                                                                               {QStringLiteral("entryWindowMs"), std::max(5000, slotSec * 750)},
                                                                               {QStringLiteral("excludeStaff"), false},
                                                                               {QStringLiteral("excludeWinnersDays"), 0}}}});
        } else if (inLoop == 7) {
            slotList.append(QJsonObject{
                {QStringLiteral("kind"), QStringLiteral("poll")},
                {QStringLiteral("plannedSeconds"), slotSec},
                {QStringLiteral("preset"),
                 QJsonObject{{QStringLiteral("question"), QStringLiteral("下一个讲哪个？")},
                             {QStringLiteral("options"), QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("口红")},
                                                                                {QStringLiteral("keywords"), QJsonArray{QStringLiteral("1")}}},
                                                                    QJsonObject{{QStringLiteral("label"), QStringLiteral("耳机")},
                                                                                {QStringLiteral("keywords"), QJsonArray{QStringLiteral("2")}}}}}}}});
        } else {
            slotList.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("product")},
                                        {QStringLiteral("plannedSeconds"), slotSec},
                                        {QStringLiteral("sku"), skus.at(i % skus.size())}});
        }
    }
    return {{QStringLiteral("version"), 1}, {QStringLiteral("title"), QStringLiteral("压测直播")}, {QStringLiteral("slots"), slotList}};
}

struct Profile
{
    QString dir;
    QString recordings;
    QString plan;
    quint16 bridgePort = 0;
    QString token;
};

bool writeProfile(const Profile &p, const QString &camera, const QList<QString> &ingestUrls, const Options &o, QString *error)
{
    QJsonArray destinations;
    for (int i = 0; i < ingestUrls.size(); ++i)
        destinations.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("d%1").arg(i)},
                                        {QStringLiteral("name"), QStringLiteral("平台%1").arg(QChar(u'A' + i))},
                                        {QStringLiteral("server"), ingestUrls.at(i)},
                                        {QStringLiteral("enabled"), true}});
    const QDir dir(p.dir);
    bool ok = writeFile(dir.filePath(QStringLiteral("studio.json")),
                        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                  {QStringLiteral("recordingDir"), p.recordings},
                                                  {QStringLiteral("canvas"),
                                                   QJsonObject{{QStringLiteral("size"), QStringLiteral("%1x%2").arg(o.canvas.width()).arg(o.canvas.height())},
                                                               {QStringLiteral("fps"), 30}}},
                                                  {QStringLiteral("destinations"), destinations}})
                            .toJson());
    ok = ok && writeFile(dir.filePath(QStringLiteral("scenes-bench.json")), QJsonDocument(benchCollection(camera, o.canvas, o.features)).toJson());
    ok = ok
         && writeFile(
             dir.filePath(QStringLiteral("collections.json")),
             QJsonDocument(QJsonObject{{QStringLiteral("current"), QStringLiteral("压测")},
                                       {QStringLiteral("collections"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("压测")},
                                                                                              {QStringLiteral("file"), QStringLiteral("scenes-bench.json")}}}}})
                 .toJson());
    ok = ok && writeFile(dir.filePath(QStringLiteral("ui.json")), R"({"version":1,"language":"zh_CN"})");
    const int slotSec = std::max(2, o.slotSec / o.speed);
    if (o.features) {
        ok = ok && writeFile(p.plan, QJsonDocument(benchPlan(o.seconds, slotSec)).toJson());
        ok = ok
             && writeFile(dir.filePath(QStringLiteral("comment-sources.json")),
                          QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("bench")},
                                                               {QStringLiteral("plugin"), QStringLiteral("bridge")},
                                                               {QStringLiteral("settings"), QJsonObject{{QStringLiteral("port"), p.bridgePort}}}}})
                              .toJson());
    }
    {
        // Keys where a studio without a keyring keeps them, as its user allowed.
        QSettings secrets(dir.filePath(QStringLiteral("secrets.ini")), QSettings::IniFormat);
        for (int i = 0; i < ingestUrls.size(); ++i)
            secrets.setValue(QStringLiteral("destination/d%1").arg(i), QStringLiteral("show%1").arg(i));
        secrets.setValue(QStringLiteral("comments/bench/token"), p.token);
    }
    QFile::setPermissions(dir.filePath(QStringLiteral("secrets.ini")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!ok)
        *error = QStringLiteral("the profile could not be written in %1").arg(p.dir);
    return ok;
}

// ---- the relay: comments and orders through the bridge ----------------------

// A busy room's mix, by the comment's number. One in ten is spam from a fixed
// set of spammer accounts, each posting every few seconds (contact details
// that moderation holds, 刷单 that it hides, and escalation that times them
// out). The rest come from the viewers, each once in 50 s at 1,000/s: chatter,
// questions, product keywords, the lottery's keyword and poll votes. A room
// that busy has tens of thousands of people talking; when the rates are
// compressed K times, the room has K times the viewers and spammers, so that
// each still talks as often as in a real room — moderation works on the wall
// clock, and a viewer talking K times as often is a different room (session
// 22: the repeat rule's escalation timed the whole room out).
constexpr qint64 kSpamEvery = 10;
constexpr qint64 kSpammers = 500;

struct Comment
{
    QString userId;
    QString userName;
    QString text;
};

Comment commentFor(qint64 i, qint64 viewers, qint64 spammers)
{
    static const QStringList chatter{QStringLiteral("主播好！"),       QStringLiteral("这个颜色好看"), QStringLiteral("已经拍了"),
                                     QStringLiteral("上次买的很好用"), QStringLiteral("来了来了"),     QStringLiteral("支持主播")};
    static const QStringList questions{QStringLiteral("这个多少钱？"), QStringLiteral("什么时候发货？"), QStringLiteral("有优惠券吗"),
                                       QStringLiteral("能便宜点吗？")};
    if (i % kSpamEvery == 0) {
        const qint64 spam = i / kSpamEvery;
        const qint64 who = spam % spammers;
        return {QStringLiteral("s%1").arg(who), QStringLiteral("福利号%1").arg(who),
                spam % 2 == 0 ? QStringLiteral("加微信 vx%1 领福利").arg(100000 + spam % 900000) : QStringLiteral("兼职日结，刷单一天三百")};
    }
    // The j-th viewer comment; 7919 is prime, so j * 7919 mod viewers visits
    // every viewer once in each run of `viewers` comments, in a scattered
    // order. A viewer's comments vary from one to the next (kind
    // (j + j / viewers) mod 18, and the text picked by the viewer's turn),
    // as real ones do: a pick by j alone gave a viewer the same chatter each
    // turn (viewers is a multiple of 6), which the repeat rule rightly hid —
    // unseen at 6×, where the spam rules' 200,000-user bound forgot the
    // 300,000 viewers between turns, and a third of the room at 3×.
    const qint64 j = i - i / kSpamEvery - 1;
    const qint64 who = j * 7919 % viewers;
    const qint64 turn = j / viewers + who;
    const auto viewer = [&](const QString &text) { return Comment{QStringLiteral("u%1").arg(who), QStringLiteral("观众%1").arg(who), text}; };
    switch ((j + j / viewers) % 18) {
    case 0:
    case 1: return viewer(kKeyword);
    case 2:
    case 3: return viewer(questions.at(int(turn % questions.size())));
    case 4: return viewer(QStringLiteral("扣1"));
    case 5: return viewer(turn % 3 == 0 ? QStringLiteral("2") : QStringLiteral("1"));
    default: return viewer(chatter.at(int(turn % chatter.size())));
    }
}

class Relay
{
public:
    Relay(quint16 port, QString token, int commentsPerSec, int ordersPerSec, int roomScale)
        : m_port(port)
        , m_token(std::move(token))
        , m_comments(commentsPerSec)
        , m_orders(ordersPerSec)
        , m_viewers(kViewers * roomScale)
        , m_spammers(kSpammers * roomScale)
    {}
    ~Relay() { stop(); }

    void start()
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
    }
    void stop()
    {
        m_stop = true;
        if (m_thread) {
            m_thread->wait();
            m_thread.reset();
        }
    }
    bool connected() const { return m_connected; }
    bool failed() const { return m_failed; }
    qint64 commentsSent() const { return m_sentComments; }
    qint64 ordersSent() const { return m_sentOrders; }
    qint64 unsentMessages() const { return m_unsentMessages; }
    qint64 unsentLines() const { return m_unsentLines; }

private:
    // A relay keeps each message within the bridge's budget (64 KiB,
    // chat::BridgeCodec::kMaxMessageBytes; it closes the connection on a
    // bigger one): when the machine falls behind, or at a compressed soak's
    // rates, the lines due in one tick would not fit in one message.
    static constexpr qsizetype kMessageBytes = 32 * 1024;
    void sendIfFull(QWebSocket &ws, QByteArray &batch)
    {
        if (batch.size() >= kMessageBytes)
            send(ws, batch);
    }
    // What the socket refused to take is counted, not hidden: a loss check
    // that fails then says whether the relay or the studio lost the lines.
    void send(QWebSocket &ws, QByteArray &batch)
    {
        if (ws.sendTextMessage(QString::fromUtf8(batch)) != batch.size()) {
            ++m_unsentMessages;
            m_unsentLines += batch.count('\n');
        }
        batch.clear();
    }

    // The relay's own thread and event loop: a WebSocket message every 10 ms
    // with the lines due by then, as a platform relay batches them.
    void run()
    {
        QWebSocket ws;
        QEventLoop loop;
        QTimer tick;
        tick.setInterval(10);
        QElapsedTimer since;
        qint64 lastAudienceSec = -1;
        QObject::connect(&ws, &QWebSocket::connected, [&] {
            m_connected = true;
            since.start();
            tick.start();
        });
        QObject::connect(&ws, &QWebSocket::disconnected, [&] {
            if (!m_stop)
                m_failed = true;
            loop.quit();
        });
        QObject::connect(&tick, &QTimer::timeout, [&] {
            if (m_stop) {
                ws.flush();
                ws.close();
                return;
            }
            QByteArray batch;
            const qint64 elapsed = since.elapsed();
            for (const qint64 due = elapsed * m_comments / 1000; m_sentComments < due; ++m_sentComments) {
                const qint64 i = m_sentComments;
                const Comment c = commentFor(i, m_viewers, m_spammers);
                batch += QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("comment")},
                                                   {QStringLiteral("platform"), QStringLiteral("douyin")},
                                                   {QStringLiteral("id"), QStringLiteral("c%1").arg(i)},
                                                   {QStringLiteral("userId"), c.userId},
                                                   {QStringLiteral("userName"), c.userName},
                                                   {QStringLiteral("text"), c.text}})
                             .toJson(QJsonDocument::Compact)
                         + '\n';
                sendIfFull(ws, batch);
            }
            static const QStringList skus{QStringLiteral("DEMO-CUP"), QStringLiteral("DEMO-LIP"), QStringLiteral("DEMO-NUT"), QStringLiteral("DEMO-EAR")};
            for (const qint64 due = elapsed * m_orders / 1000; m_sentOrders < due; ++m_sentOrders) {
                const qint64 i = m_sentOrders;
                batch += QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("order")},
                                                   {QStringLiteral("platform"), QStringLiteral("douyin")},
                                                   {QStringLiteral("orderId"), QStringLiteral("O%1").arg(i)},
                                                   {QStringLiteral("lineId"), QStringLiteral("O%1-1").arg(i)},
                                                   {QStringLiteral("sku"), skus.at(int(i % skus.size()))},
                                                   {QStringLiteral("quantity"), 1 + int(i % 3)},
                                                   {QStringLiteral("paidCents"), 7990 * (1 + int(i % 3))},
                                                   {QStringLiteral("buyer"), QStringLiteral("观众%1").arg(i * 31 % m_viewers)}})
                             .toJson(QJsonDocument::Compact)
                         + '\n';
                sendIfFull(ws, batch);
            }
            if (elapsed / 1000 != lastAudienceSec) {
                lastAudienceSec = elapsed / 1000;
                batch += QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("audience")},
                                                   {QStringLiteral("platform"), QStringLiteral("douyin")},
                                                   {QStringLiteral("online"), 3000 + lastAudienceSec % 500},
                                                   {QStringLiteral("views"), 10'000 + lastAudienceSec * 40}})
                             .toJson(QJsonDocument::Compact)
                         + '\n';
            }
            if (!batch.isEmpty())
                send(ws, batch);
        });
        QTimer giveUp;
        giveUp.setSingleShot(true);
        QObject::connect(&giveUp, &QTimer::timeout, [&] {
            if (!m_connected) {
                m_failed = true;
                loop.quit();
            }
        });
        giveUp.start(30'000);
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/comments?token=%2").arg(m_port).arg(m_token)));
        loop.exec();
    }

    quint16 m_port;
    QString m_token;
    qint64 m_comments;
    qint64 m_orders;
    qint64 m_viewers;
    qint64 m_spammers;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_connected{false};
    std::atomic<bool> m_failed{false};
    std::atomic<qint64> m_sentComments{0};
    std::atomic<qint64> m_sentOrders{0};
    std::atomic<qint64> m_unsentMessages{0};
    std::atomic<qint64> m_unsentLines{0};
};

// ---- a run -----------------------------------------------------------------

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Polls until test() or timeoutMs; the event loop turns meanwhile.
bool waitUntil(const std::function<bool()> &test, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!test()) {
        if (t.elapsed() > timeoutMs)
            return false;
        waitMs(100);
    }
    return true;
}

QString scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

struct Run
{
    QString name;
    bool ok = false;
    QStringList problems;
    QList<ProcSample> samples;
    double wallSec = 0;
    QJsonObject final;  // the producer's last line (state, health, round trips)
    QJsonArray checks;  // soak checks
    QJsonObject losses; // sent vs kept
    QJsonObject media;  // durations
    QJsonObject files;  // database and log sizes
    double liveSec = 0; // from live and recording (the producer's "ready") to SIGTERM
};

double cpuPerMinute(const Run &r)
{
    if (r.samples.size() < 2)
        return 0;
    const ProcSample &a = r.samples.first();
    const ProcSample &b = r.samples.last();
    return b.atSec > a.atSec ? (b.cpuSec - a.cpuSec) / (b.atSec - a.atSec) * 60.0 : 0;
}

qint64 folderBytes(const QString &path, const QStringList &patterns)
{
    qint64 total = 0;
    QDirIterator it(path, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

// What a crashed studio left (core::CrashReport writes the thread's return
// addresses to <profile>/crashes): the header and the studio's own frames
// turned into function and line by addr2line, since the run's folder, and
// the report with it, is removed when the bench ends.
QString crashReport(const QString &profileDir)
{
    const QFileInfoList reports
        = QDir(QDir(profileDir).filePath(QStringLiteral("crashes"))).entryInfoList({QStringLiteral("crash-*.txt")}, QDir::Files, QDir::Time);
    if (reports.isEmpty())
        return QStringLiteral("(no crash report)");
    QFile f(reports.first().absoluteFilePath());
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("(the crash report cannot be read)");
    QString text = QString::fromUtf8(f.read(256 * 1024));
    text = text.left(text.indexOf(QLatin1String("\nmaps:")));
    const QString studio = QFileInfo(QStringLiteral(SHOPCAST_STUDIO)).canonicalFilePath();
    QStringList offsets;
    static const QRegularExpression frame(QStringLiteral("/shopcast\\(\\+(0x[0-9a-f]+)\\)"));
    for (auto it = frame.globalMatch(text); it.hasNext();)
        offsets.append(it.next().captured(1));
    if (!offsets.isEmpty()) {
        QProcess addr2line;
        addr2line.start(QStringLiteral("addr2line"), QStringList{QStringLiteral("-Cfpie"), studio} + offsets);
        if (addr2line.waitForFinished(60'000))
            text += QStringLiteral("\nthe studio's frames:\n") + QString::fromUtf8(addr2line.readAllStandardOutput());
    }
    return text;
}

// Sent vs kept, each exactly: comments (every one judged by moderation, the
// allowed ones in the chat log), orders, lottery entrants vs the eligible
// commenters the chat log shows in each entry window, plan slots the rhythm
// ran vs the timeline's slot starts.
// The relay's order ids are O0, O1, ...: the ones not stored, as ranges
// with the wall time of the stored line before each (seconds into the run).
QString missingOrderRanges(QSqlDatabase &db, qint64 ordersSent)
{
    std::vector<qint64> paidAt(size_t(std::max<qint64>(ordersSent, 0)), -1);
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT CAST(substr(order_id, 2) AS INTEGER), paid_at_ms FROM orders WHERE platform = 'douyin' AND order_id LIKE 'O%'"));
    qint64 firstMs = -1;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 at = q.value(1).toLongLong();
        if (id >= 0 && id < ordersSent)
            paidAt[size_t(id)] = at;
        if (firstMs < 0 || at < firstMs)
            firstMs = at;
    }
    QStringList ranges;
    int shown = 0;
    for (qint64 i = 0; i < ordersSent; ++i) {
        if (paidAt[size_t(i)] >= 0)
            continue;
        qint64 end = i;
        while (end + 1 < ordersSent && paidAt[size_t(end + 1)] < 0)
            ++end;
        if (shown++ < 10) {
            const qint64 before = i > 0 ? paidAt[size_t(i - 1)] : -1;
            ranges.append(QStringLiteral("O%1..O%2 (%3 lines, after %4 s)")
                              .arg(i)
                              .arg(end)
                              .arg(end - i + 1)
                              .arg(before >= 0 && firstMs >= 0 ? double(before - firstMs) / 1000.0 : -1.0, 0, 'f', 1));
        }
        i = end;
    }
    if (shown > 10)
        ranges.append(QStringLiteral("%1 more runs").arg(shown - 10));
    return ranges.isEmpty() ? QStringLiteral("none by id") : ranges.join(QStringLiteral(", "));
}

QJsonObject countLosses(const QString &dbPath, qint64 commentsSent, qint64 ordersSent, const QJsonObject &producerFinal, QStringList *problems)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(dbPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QJsonObject out;
    if (!db.open()) {
        problems->append(QStringLiteral("the studio database %1 cannot be opened").arg(dbPath));
        return out;
    }
    const auto count = [&](const QString &sql) { return scalar(db, sql).toLongLong(); };
    // Moderation's audit holds what it refused or held; what it let through
    // is in the chat log, once (a held comment a moderator approved is in
    // both: counted once). Every comment sent must be in one of them.
    const qint64 refused = count(QStringLiteral("SELECT COUNT(*) FROM moderation_log WHERE platform = 'douyin' AND decided_by = 'auto'"));
    const qint64 approved = count(QStringLiteral("SELECT COUNT(*) FROM moderation_log WHERE platform = 'douyin' AND rule = 'review:approved'"));
    const qint64 logged = count(QStringLiteral("SELECT COUNT(*) FROM chat_log WHERE platform = 'douyin' AND type = 'comment'"));
    const qint64 distinctLogged = count(QStringLiteral("SELECT COUNT(DISTINCT msg_id) FROM chat_log WHERE platform = 'douyin' AND type = 'comment'"));
    const qint64 allowed = logged - approved;
    const qint64 judged = refused + allowed;
    const qint64 orders = count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE platform = 'douyin'"));
    out.insert(QStringLiteral("commentsSent"), commentsSent);
    out.insert(QStringLiteral("commentsJudged"), judged);
    out.insert(QStringLiteral("commentsAllowed"), allowed);
    out.insert(QStringLiteral("commentsInChatLog"), logged);
    out.insert(QStringLiteral("ordersSent"), ordersSent);
    out.insert(QStringLiteral("ordersStored"), orders);
    if (judged != commentsSent)
        problems->append(QStringLiteral("comments: %1 sent, %2 judged by moderation").arg(commentsSent).arg(judged));
    if (distinctLogged != logged)
        problems->append(QStringLiteral("comments: %1 in the chat log, %2 of them distinct").arg(logged).arg(distinctLogged));
    if (orders != ordersSent) {
        // Which lines, and when: a run of consecutive ids is one message lost
        // between the relay and the studio, scattered ids something else; the
        // hub's count (the final health) tells whether they reached the studio.
        const QString missing = missingOrderRanges(db, ordersSent);
        const QJsonObject hub = producerFinal.value(QStringLiteral("health")).toObject().value(QStringLiteral("commentHub")).toObject();
        problems->append(QStringLiteral("orders: %1 sent, %2 stored; missing %3; the hub took %4 sales lines, %5 errors (last: %6); the sales "
                                        "room skipped %7 as repeated")
                             .arg(ordersSent)
                             .arg(orders)
                             .arg(missing)
                             .arg(hub.value(QStringLiteral("sales")).toInteger())
                             .arg(hub.value(QStringLiteral("errors")).toInteger())
                             .arg(hub.value(QStringLiteral("lastError")).toString())
                             .arg(producerFinal.value(QStringLiteral("state"))
                                      .toObject()
                                      .value(QStringLiteral("sales"))
                                      .toObject()
                                      .value(QStringLiteral("repeatedLines"))
                                      .toInteger()));
    }

    // What moderation did, by verdict and rule, for the viewers and for the
    // relay's spammer accounts apart: a figure, not a check, but the one that
    // tells a real room from one moderation has silenced.
    QSqlQuery byRule(db);
    byRule.exec(QStringLiteral("SELECT verdict, rule, SUM(user_id LIKE 'u%'), SUM(user_id LIKE 's%') FROM moderation_log WHERE platform = 'douyin' "
                               "GROUP BY verdict, rule ORDER BY verdict, COUNT(*) DESC"));
    QJsonArray moderation;
    QSqlQuery allowedBy(db);
    allowedBy.exec(QStringLiteral("SELECT SUM(user_id LIKE 'u%'), SUM(user_id LIKE 's%') FROM chat_log WHERE platform = 'douyin' AND type = 'comment'"));
    if (allowedBy.next())
        moderation.append(QJsonObject{{QStringLiteral("verdict"), QStringLiteral("allow")},
                                      {QStringLiteral("rule"), QString()},
                                      {QStringLiteral("viewers"), allowedBy.value(0).toLongLong()},
                                      {QStringLiteral("spammers"), allowedBy.value(1).toLongLong()}});
    while (byRule.next())
        moderation.append(QJsonObject{{QStringLiteral("verdict"), byRule.value(0).toString()},
                                      {QStringLiteral("rule"), byRule.value(1).toString()},
                                      {QStringLiteral("viewers"), byRule.value(2).toLongLong()},
                                      {QStringLiteral("spammers"), byRule.value(3).toLongLong()}});
    out.insert(QStringLiteral("moderation"), moderation);

    // Each drawn lottery: its entrants vs the distinct viewers whose allowed
    // comment with the keyword arrived inside its entry window, as the draw's
    // published audit gives it (opened at, closed at, the window) — what anyone
    // can recount from the audit and the chat log.
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT show_id, entrants, json_extract(audit_json, '$.openedAtShowMs'), json_extract(audit_json, '$.closedAtShowMs'), "
                          "json_extract(audit_json, '$.rules.entryWindowMs'), id FROM lottery_draws ORDER BY id"));
    QList<std::tuple<qint64, qint64, qint64, qint64, qint64>> draws; // show, entrants, from, to, draw
    while (q.next()) {
        const qint64 from = q.value(2).toLongLong();
        draws.append({q.value(0).toLongLong(), q.value(1).toLongLong(), from, std::min(q.value(3).toLongLong(), from + q.value(4).toLongLong()),
                      q.value(5).toLongLong()});
    }
    QJsonArray lotteries;
    for (qsizetype i = 0; i < draws.size(); ++i) {
        const auto [show, entrants, from, to, drawId] = draws.at(i);
        const qint64 eligible = count(QStringLiteral("SELECT COUNT(DISTINCT user_id) FROM chat_log WHERE show_id = %1 AND type = 'comment' AND "
                                                     "arrived_at_ms >= %2 AND arrived_at_ms < %3 AND instr(text, '%4') > 0")
                                          .arg(show)
                                          .arg(from)
                                          .arg(to)
                                          .arg(kKeyword));
        lotteries.append(QJsonObject{{QStringLiteral("entrants"), entrants}, {QStringLiteral("eligible"), eligible}});
        if (eligible != entrants) {
            // Who is missing, and when they spoke against the window: the
            // first thing to read when the count differs.
            QSqlQuery who(db);
            who.exec(QStringLiteral("SELECT user_id, MIN(arrived_at_ms) FROM chat_log WHERE show_id = %1 AND type = 'comment' AND arrived_at_ms >= %2 "
                                    "AND arrived_at_ms < %3 AND instr(text, '%4') > 0 AND 'douyin:' || user_id NOT IN (SELECT value FROM "
                                    "json_each((SELECT audit_json FROM lottery_draws WHERE id = %5), '$.entrants')) GROUP BY user_id LIMIT 5")
                         .arg(show)
                         .arg(from)
                         .arg(to)
                         .arg(kKeyword)
                         .arg(drawId));
            QStringList missing;
            while (who.next())
                missing.append(QStringLiteral("%1 at +%2 ms").arg(who.value(0).toString()).arg(who.value(1).toLongLong() - from));
            problems->append(QStringLiteral("lottery %1: %2 entrants, %3 eligible commenters in the chat log (window %4 ms; not entered: %5)")
                                 .arg(i + 1)
                                 .arg(entrants)
                                 .arg(eligible)
                                 .arg(to - from)
                                 .arg(missing.join(QStringLiteral(", "))));
        }
    }
    out.insert(QStringLiteral("lotteries"), lotteries);
    const qint64 slotStarts = count(QStringLiteral("SELECT COUNT(*) FROM timeline_events WHERE kind = 'slot_start'"));
    const QJsonObject rhythm = producerFinal.value(QStringLiteral("state")).toObject().value(QStringLiteral("rhythm")).toObject();
    const qint64 slotsRun = rhythm.value(QStringLiteral("started")).toBool() ? rhythm.value(QStringLiteral("slotIndex")).toInteger() + 1 : 0;
    out.insert(QStringLiteral("slotsRun"), slotsRun);
    out.insert(QStringLiteral("slotStartsInTimeline"), slotStarts);
    if (slotStarts != slotsRun)
        problems->append(QStringLiteral("plan: %1 slots run, %2 slot starts in the timeline").arg(slotsRun).arg(slotStarts));
    // The rhythm timer against the wall clock, as the producer read it.
    const QJsonObject rhythmReadings = producerFinal.value(QStringLiteral("rhythm")).toObject();
    if (rhythmReadings.value(QStringLiteral("spanMs")).toDouble() > 0) {
        const double driftMs = rhythmReadings.value(QStringLiteral("driftMs")).toDouble();
        out.insert(QStringLiteral("rhythmDriftMs"), driftMs);
        out.insert(QStringLiteral("rhythmDriftMsPerHour"), driftMs / (rhythmReadings.value(QStringLiteral("spanMs")).toDouble() / 3'600'000.0));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    return out;
}

// The producer's console: node with obs-websocket-js, one JSON line per event.
// A client of the real obs-websocket-js in node: the producer on the
// studio (show-producer.mjs) or the watcher on OBS (obs-watcher.mjs). Each
// prints one JSON line per event and a final one when its stdin closes.
class Producer
{
public:
    bool start(const QString &script, const QStringList &args, QString *error)
    {
        m_process.setWorkingDirectory(QStringLiteral(SHOPCAST_REMOTE_TESTS));
        m_process.start(QStringLiteral("node"), QStringList{QStringLiteral(SHOPCAST_REMOTE_TESTS "/") + script} + args);
        if (!m_process.waitForStarted(20'000)) {
            *error = QStringLiteral("node (%1) did not start: %2").arg(script, m_process.errorString());
            return false;
        }
        return true;
    }
    // The producer of the show, on the studio's remote control.
    bool startOnStudio(int port, int healthEverySec, bool passive, QString *error)
    {
        QStringList args{QStringLiteral("ws://127.0.0.1:%1").arg(port), kPassword, QString::number(healthEverySec)};
        if (passive)
            args.append(QStringLiteral("--passive"));
        return start(QStringLiteral("show-producer.mjs"), args, error);
    }
    // The lines it printed so far, parsed.
    QList<QJsonObject> read()
    {
        m_buffer += m_process.readAllStandardOutput();
        QList<QJsonObject> out;
        for (qsizetype nl; (nl = m_buffer.indexOf('\n')) >= 0;) {
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                out.append(o);
        }
        return out;
    }
    void finish() { m_process.closeWriteChannel(); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }
    ~Producer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
};

class Session
{
public:
    ~Session()
    {
        if (studio.state() != QProcess::NotRunning) {
            studio.kill();
            studio.waitForFinished();
        }
    }
    test::XvfbServer xvfb;
    test::NginxRtmpServer ingests[2];
    QTemporaryDir dir;
    QProcess studio;
};

// The studio's own account of its longest GUI turns: what ran before each,
// and how much of the turn the GUI thread spent on a CPU (the rest it waited).
QString describeSlowTurns(const QJsonObject &health, int most)
{
    QStringList turns;
    for (const QJsonValue &v : health.value(QStringLiteral("guiSlowTurns")).toObject().value(QStringLiteral("longest")).toArray()) {
        if (turns.size() == most)
            break;
        const QJsonObject t = v.toObject();
        const QString after = t.value(QStringLiteral("after")).toString();
        turns.append(QStringLiteral("%1 ms at the studio's %2 s (the GUI thread on a CPU %3 ms of it; %4 ms after %5)")
                         .arg(t.value(QStringLiteral("latenessMs")).toInteger())
                         .arg(double(t.value(QStringLiteral("atMs")).toInteger()) / 1000.0, 0, 'f', 0)
                         .arg(t.value(QStringLiteral("threadCpuMs")).toInteger())
                         .arg(t.value(QStringLiteral("afterMs")).toInteger())
                         .arg(after.isEmpty() ? QStringLiteral("no event") : after));
    }
    return turns.isEmpty() ? QStringLiteral("none kept") : turns.join(QStringLiteral("; "));
}

// One soak check: what the limits say of the figures so far.
// Compressed (speed K), a wall hour holds K hours of the show's data: the
// growth limit is per hour of show. The warm-up is not compressed: the
// studio's bounded stores that fill first (moderation's 10-minute escalation
// window, its 5-minute timeouts) run on the wall clock, so at K× they hold K
// times the room and still take 10 wall minutes to fill — a warm-up of 15/K
// minutes read that filling as growth (session 24's first check at 3×).
QJsonObject soakCheck(const QList<ProcSample> &samples, const QJsonObject &health, double atSec, int speed, QStringList *failures)
{
    const double warmUpSec = 15.0 * 60;
    const double slope = rssSlopeMiBPerHour(samples, warmUpSec) / speed;
    // The slope counts once it spans as long as the warm-up did.
    const bool slopeCounted = atSec > 2 * warmUpSec;
    const qint64 maxGap = health.value(QStringLiteral("guiLatenessMs")).toObject().value(QStringLiteral("max")).toInteger();
    qint64 dropped = 0;
    for (const QJsonValue &o : health.value(QStringLiteral("outputs")).toArray())
        dropped += o.toObject().value(QStringLiteral("droppedFrames")).toInteger();
    QJsonObject c{{QStringLiteral("atSec"), atSec},
                  {QStringLiteral("storagePendingJobs"), health.value(QStringLiteral("storagePendingJobs")).toInteger()},
                  {QStringLiteral("rssMiB"), samples.isEmpty() ? 0 : samples.last().rssMiB},
                  {QStringLiteral("rssSlopeMiBPerShowHour"), slope},
                  {QStringLiteral("rssSlopeCounted"), slopeCounted},
                  {QStringLiteral("guiMaxLatenessMs"), maxGap},
                  {QStringLiteral("droppedFrames"), dropped},
                  {QStringLiteral("heapInUseMiB"), health.value(QStringLiteral("heap")).toObject().value(QStringLiteral("inUseMiB")).toDouble()},
                  {QStringLiteral("heapHeldMiB"), health.value(QStringLiteral("heap")).toObject().value(QStringLiteral("heldMiB")).toDouble()},
                  {QStringLiteral("heapTrimmedMiB"), health.value(QStringLiteral("heap")).toObject().value(QStringLiteral("trimmedMiB")).toDouble()}};
    if (slopeCounted && slope > 10)
        failures->append(
            QStringLiteral("at %1 s: RSS grows %2 MiB per hour of show after the first 15 minutes (limit 10)").arg(atSec, 0, 'f', 0).arg(slope, 0, 'f', 1));
    if (maxGap > 100)
        failures->append(QStringLiteral("at %1 s: the GUI thread kept a turn waiting %2 ms (limit 100); the longest turns: %3")
                             .arg(atSec, 0, 'f', 0)
                             .arg(maxGap)
                             .arg(describeSlowTurns(health, 3)));
    if (dropped > 0)
        failures->append(QStringLiteral("at %1 s: %2 frames dropped").arg(atSec, 0, 'f', 0).arg(dropped));
    return c;
}

Run runStudio(const Options &o)
{
    Run r;
    r.name = o.features ? QStringLiteral("ShopCast, show on") : QStringLiteral("ShopCast, show off");
    Session s;
    if (o.keep) {
        s.dir.setAutoRemove(false);
        std::printf("show-bench: the run's folder is %s\n", qPrintable(s.dir.path()));
    }
    QString error;
    const auto fail = [&](const QString &why) {
        r.problems.append(why);
        return r;
    };
    if (!s.xvfb.start(o.screen, &error))
        return fail(QStringLiteral("Xvfb: ") + error);
    for (test::NginxRtmpServer &ingest : s.ingests)
        if (!ingest.start(false, &error))
            return fail(QStringLiteral("nginx-rtmp: ") + error);
    Profile p;
    p.dir = s.dir.filePath(QStringLiteral("profile"));
    p.recordings = s.dir.filePath(QStringLiteral("recordings"));
    p.plan = s.dir.filePath(QStringLiteral("plan.json"));
    p.bridgePort = test::freeLoopbackPort();
    p.token = QStringLiteral("bench-token-%1").arg(QCoreApplication::applicationPid());
    QDir().mkpath(p.dir);
    QDir().mkpath(p.recordings);
    const QString camera = s.dir.filePath(QStringLiteral("camera.mp4"));
    if (!makeCameraFile(camera, o.canvas, &error) || !writeProfile(p, camera, {s.ingests[0].url(QString()), s.ingests[1].url(QString())}, o, &error))
        return fail(error);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), s.xvfb.display());
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    s.studio.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--profile-dir"),
                     p.dir,
                     QStringLiteral("--no-resume"),
                     QStringLiteral("--startstreaming"),
                     QStringLiteral("--startrecording"),
                     QStringLiteral("--websocket_port"),
                     QStringLiteral("0"),
                     QStringLiteral("--websocket_password"),
                     kPassword};
    if (o.features)
        args += {QStringLiteral("--run-plan"), p.plan};
    s.studio.start(QStringLiteral(SHOPCAST_STUDIO), args);
    if (!s.studio.waitForStarted(30'000))
        return fail(QStringLiteral("the studio did not start: ") + s.studio.errorString());
    QString stderrText;
    qint64 stderrBytes = 0;
    int remotePort = 0;
    if (!waitUntil(
            [&] {
                const QByteArray said = s.studio.readAllStandardError();
                stderrBytes += said.size();
                stderrText += QString::fromUtf8(said);
                const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("listening on port (\\d+)")).match(stderrText);
                remotePort = m.hasMatch() ? m.captured(1).toInt() : 0;
                return remotePort > 0 || s.studio.state() == QProcess::NotRunning;
            },
            120'000)
        || remotePort == 0)
        return fail(QStringLiteral("the studio's remote control did not start; the studio said:\n") + stderrText.right(4000));

    Producer producer;
    if (!producer.startOnStudio(remotePort, o.checkEverySec, !o.features, &error))
        return fail(error);
    QList<QJsonObject> lines;
    const auto readProducer = [&] {
        const QList<QJsonObject> now = producer.read();
        lines += now;
        return now;
    };
    // Live to both ingests and recording (and the show running) before anything is sent.
    QElapsedTimer readyAt;
    if (!waitUntil(
            [&] {
                readProducer();
                return std::any_of(lines.begin(), lines.end(), [](const QJsonObject &l) { return l.value(QStringLiteral("event")) == QLatin1String("ready"); })
                       || !producer.running();
            },
            120'000)
        || !producer.running())
        return fail(QStringLiteral("the studio never went live and recording with the show running; the producer said: %1; the studio said:\n%2")
                        .arg(producer.errors(), (stderrText + QString::fromUtf8(s.studio.readAllStandardError())).right(4000)));
    readyAt.start();

    std::unique_ptr<Relay> relay;
    if (o.features) {
        relay = std::make_unique<Relay>(p.bridgePort, p.token, o.rate * o.speed, o.orders * o.speed, o.speed);
        relay->start();
        if (!waitUntil([&] { return relay->connected() || relay->failed(); }, 30'000) || !relay->connected())
            return fail(QStringLiteral("the studio's bridge on port %1 did not take the relay's connection").arg(p.bridgePort));
    }
    QElapsedTimer wall;
    wall.start();
    const QElapsedTimer live = readyAt;
    QStringList soakFailures;
    const qint64 pid = s.studio.processId();
    while (wall.elapsed() < qint64(o.seconds) * 1000) {
        if (const std::optional<ProcSample> sample = sampleProcess(pid, double(wall.elapsed()) / 1000.0))
            r.samples.append(*sample);
        for (const QJsonObject &line : readProducer())
            if (line.value(QStringLiteral("event")) == QLatin1String("health")) {
                const QJsonObject c
                    = soakCheck(r.samples, line.value(QStringLiteral("health")).toObject(), double(wall.elapsed()) / 1000.0, o.speed, &soakFailures);
                r.checks.append(c);
                const QByteArray slope = c.value(QStringLiteral("rssSlopeCounted")).toBool()
                                             ? QByteArray::number(c.value(QStringLiteral("rssSlopeMiBPerShowHour")).toDouble(), 'f', 1) + " MiB per show hour"
                                             : QByteArrayLiteral("slope counted from minute 30");
                std::printf("check at %.0f s: RSS %.0f MiB (%s; malloc: %.0f MiB in use of %.0f held, %.0f trimmed), GUI max %lld ms, dropped "
                            "%lld, database writes queued %lld\n",
                            c.value(QStringLiteral("atSec")).toDouble(), c.value(QStringLiteral("rssMiB")).toDouble(), slope.constData(),
                            c.value(QStringLiteral("heapInUseMiB")).toDouble(), c.value(QStringLiteral("heapHeldMiB")).toDouble(),
                            c.value(QStringLiteral("heapTrimmedMiB")).toDouble(), c.value(QStringLiteral("guiMaxLatenessMs")).toInteger(),
                            c.value(QStringLiteral("droppedFrames")).toInteger(), c.value(QStringLiteral("storagePendingJobs")).toInteger());
                std::fflush(stdout);
            }
        const QByteArray said = s.studio.readAllStandardError();
        stderrBytes += said.size();
        stderrText = (stderrText + QString::fromUtf8(said)).right(64 * 1024);
        if (s.studio.state() == QProcess::NotRunning)
            return fail(QStringLiteral("the studio stopped during the run:\n") + stderrText.right(4000) + QStringLiteral("\n") + crashReport(p.dir));
        if (relay && relay->failed())
            return fail(QStringLiteral("the bridge closed the relay's connection during the run"));
        waitMs(1000);
    }
    r.wallSec = double(wall.elapsed()) / 1000.0;
    qint64 commentsSent = 0;
    qint64 ordersSent = 0;
    if (relay) {
        relay->stop();
        commentsSent = relay->commentsSent();
        ordersSent = relay->ordersSent();
        if (relay->unsentMessages() > 0)
            r.problems.append(QStringLiteral("the relay's WebSocket took %1 messages (%2 lines) short").arg(relay->unsentMessages()).arg(relay->unsentLines()));
    }
    // What is in flight reaches the rooms and the writer: on a slow machine
    // the studio may be seconds behind the relay. Until everything sent is
    // in the database, or nothing more arrives for 15 s.
    if (relay) {
        const QString dbPath = QDir(p.dir).filePath(QStringLiteral("studio.db"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drain"));
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            qint64 last = -1;
            QElapsedTimer still;
            still.start();
            for (;;) {
                // As countLosses counts them: a held comment a moderator
                // approved is in both logs and is one comment (counted twice,
                // the drain would end while the last lines were in flight).
                const qint64 kept
                    = scalar(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM moderation_log WHERE platform = 'douyin' AND decided_by = 'auto') + "
                                                "(SELECT COUNT(*) FROM chat_log WHERE platform = 'douyin' AND type = 'comment') - "
                                                "(SELECT COUNT(*) FROM moderation_log WHERE platform = 'douyin' AND rule = 'review:approved') + "
                                                "(SELECT COUNT(*) FROM orders WHERE platform = 'douyin')"))
                          .toLongLong();
                if (kept >= commentsSent + ordersSent || still.elapsed() > 15'000)
                    break;
                if (kept != last) {
                    last = kept;
                    still.restart();
                }
                waitMs(500);
            }
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("drain"));
    }
    waitMs(1000);
    producer.finish();
    if (!waitUntil(
            [&] {
                readProducer();
                return !lines.isEmpty() && lines.last().value(QStringLiteral("event")) == QLatin1String("final");
            },
            60'000))
        return fail(QStringLiteral("the producer's client gave no final report: ") + producer.errors());
    r.final = lines.last();
    for (const QJsonObject &l : lines)
        if (l.value(QStringLiteral("event")) == QLatin1String("refused"))
            r.problems.append(QStringLiteral("a producer's request was refused: %1").arg(QString::fromUtf8(QJsonDocument(l).toJson(QJsonDocument::Compact))));
    if (o.checkEverySec > 0)
        r.checks.append(soakCheck(r.samples, r.final.value(QStringLiteral("health")).toObject(), r.wallSec, o.speed, &soakFailures));

    // Stop as a user's logout does: SIGTERM, the recording finished, the show ended.
    r.liveSec = double(live.elapsed()) / 1000.0;
    s.studio.terminate();
    if (!s.studio.waitForFinished(180'000))
        return fail(QStringLiteral("the studio did not stop within 3 minutes of SIGTERM"));
    for (test::NginxRtmpServer &ingest : s.ingests)
        ingest.stop();

    const QString db = QDir(p.dir).filePath(QStringLiteral("studio.db"));
    // The studio logs to stderr (a desktop session's journal keeps it).
    const QByteArray lastSaid = s.studio.readAllStandardError();
    stderrBytes += lastSaid.size();
    stderrText = (stderrText + QString::fromUtf8(lastSaid)).right(64 * 1024);
    r.files = {{QStringLiteral("databaseBytes"), folderBytes(p.dir, {QStringLiteral("studio.db*")})}, {QStringLiteral("logBytes"), stderrBytes}};
    if (o.features) {
        const qsizetype problemsBefore = r.problems.size();
        r.losses = countLosses(db, commentsSent, ordersSent, r.final, &r.problems);
        // A loss is traced in the database and the studio's log: keep them
        // (session 25's 100 lost order lines went with a removed folder).
        if (r.problems.size() > problemsBefore && s.dir.autoRemove()) {
            s.dir.setAutoRemove(false);
            QFile log(QDir(s.dir.path()).filePath(QStringLiteral("studio-stderr-tail.log")));
            if (log.open(QIODevice::WriteOnly))
                log.write(stderrText.toUtf8());
            std::printf("show-bench: a loss check failed; the run's folder is kept: %s\n", qPrintable(s.dir.path()));
        }
    }
    const QStringList mp4 = QDir(p.recordings).entryList({QStringLiteral("*.mp4")}, QDir::Files);
    r.media.insert(QStringLiteral("recordingSec"), mp4.size() == 1 ? durationOf(QDir(p.recordings).filePath(mp4.first())) : -1);
    if (mp4.size() != 1)
        r.problems.append(QStringLiteral("%1 MP4 recordings (one expected)").arg(mp4.size()));
    for (int i = 0; i < 2; ++i) {
        const double sec = durationOf(s.ingests[i].recordingOf(QStringLiteral("show%1").arg(i)));
        r.media.insert(QStringLiteral("ingest%1Sec").arg(i), sec);
        if (sec <= 0)
            r.problems.append(QStringLiteral("ingest %1 has no stream").arg(i + 1));
    }
    if (o.soak) {
        soakFailures.removeDuplicates();
        r.problems += soakFailures;
        const double drift = r.losses.value(QStringLiteral("rhythmDriftMsPerHour")).toDouble() / o.speed;
        if (std::abs(drift) > 100)
            r.problems.append(QStringLiteral("the rhythm timer drifts %1 ms per hour of show (limit 100)").arg(drift, 0, 'f', 0));
    }
    r.ok = r.problems.isEmpty();
    return r;
}

// The baseline: OBS Studio (Debian's obs-studio, 29) on the same picture —
// the colour, the camera stand-in, the title — streaming to an ingest and
// recording with the same encoder settings (x264 veryfast, 2,500 kbps, AAC
// 160, the recording sharing the stream's encoder), for the same time, in a
// home of its own. OBS without plugins streams to one destination: ShopCast
// streams to two in every run, so the ratios lean against ShopCast.
Run runObs(const Options &o)
{
    Run r;
    r.name = QStringLiteral("OBS Studio");
    Session s;
    QString error;
    const auto fail = [&](const QString &why) {
        r.problems.append(why);
        return r;
    };
    if (!s.xvfb.start(o.screen, &error))
        return fail(QStringLiteral("Xvfb: ") + error);
    if (!s.ingests[0].start(false, &error))
        return fail(QStringLiteral("nginx-rtmp: ") + error);
    const QDir home(s.dir.path());
    const QString camera = home.filePath(QStringLiteral("camera.mp4"));
    const QString recordings = home.filePath(QStringLiteral("recordings"));
    QDir().mkpath(recordings);
    QDir().mkpath(home.filePath(QStringLiteral(".config/obs-studio/basic/profiles/Bench")));
    QDir().mkpath(home.filePath(QStringLiteral(".config/obs-studio/basic/scenes")));
    if (!makeCameraFile(camera, o.canvas, &error))
        return fail(error);
    bool ok = writeFile(home.filePath(QStringLiteral(".config/obs-studio/global.ini")),
                        "[General]\nFirstRun=true\nLastVersion=486539264\n\n[Basic]\nProfile=Bench\nProfileDir=Bench\nSceneCollection=Bench\n"
                        "SceneCollectionFile=Bench\n\n[OBSWebSocket]\nFirstLoad=false\nServerEnabled=true\nAlertsEnabled=false\nAuthRequired=true\n");
    ok = ok
         && writeFile(home.filePath(QStringLiteral(".config/obs-studio/basic/profiles/Bench/basic.ini")),
                      QStringLiteral("[General]\nName=Bench\n\n[Video]\nBaseCX=%2\nBaseCY=%3\nOutputCX=%2\nOutputCY=%3\nFPSType=0\nFPSCommon=30\n\n"
                                     "[Audio]\nSampleRate=48000\n\n[Output]\nMode=Simple\n\n[SimpleOutput]\nFilePath=%1\nRecFormat=mkv\nVBitrate=2500\n"
                                     "ABitrate=160\nStreamEncoder=x264\nRecQuality=Stream\nPreset=veryfast\n")
                          .arg(recordings)
                          .arg(o.canvas.width())
                          .arg(o.canvas.height())
                          .toUtf8());
    ok = ok
         && writeFile(home.filePath(QStringLiteral(".config/obs-studio/basic/profiles/Bench/service.json")),
                      QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("rtmp_custom")},
                                                {QStringLiteral("settings"), QJsonObject{{QStringLiteral("server"), s.ingests[0].url(QString())},
                                                                                         {QStringLiteral("key"), QStringLiteral("show0")}}}})
                          .toJson());
    const auto obsItem = [](const QString &name, int id) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("visible"), true},
                           {QStringLiteral("pos"), QJsonObject{{QStringLiteral("x"), id == 3 ? 40 : 0}, {QStringLiteral("y"), id == 3 ? 30 : 0}}},
                           {QStringLiteral("scale"), QJsonObject{{QStringLiteral("x"), 1.0}, {QStringLiteral("y"), 1.0}}}};
    };
    const QJsonObject collection = benchCollection(camera, o.canvas, false);
    QJsonArray sources{QJsonObject{
        {QStringLiteral("id"), QStringLiteral("scene")},
        {QStringLiteral("versioned_id"), QStringLiteral("scene")},
        {QStringLiteral("name"), QStringLiteral("直播")},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("id_counter"), 3},
                                                 {QStringLiteral("items"), QJsonArray{obsItem(QStringLiteral("背景"), 1), obsItem(QStringLiteral("摄像头"), 2),
                                                                                      obsItem(QStringLiteral("标题"), 3)}}}}}};
    for (const QJsonValue &v : collection.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject src = v.toObject();
        sources.append(QJsonObject{{QStringLiteral("id"), src.value(QStringLiteral("id"))},
                                   {QStringLiteral("versioned_id"), src.value(QStringLiteral("id"))},
                                   {QStringLiteral("name"), src.value(QStringLiteral("name"))},
                                   {QStringLiteral("settings"), src.value(QStringLiteral("settings"))}});
    }
    ok = ok
         && writeFile(home.filePath(QStringLiteral(".config/obs-studio/basic/scenes/Bench.json")),
                      QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Bench")},
                                                {QStringLiteral("current_scene"), QStringLiteral("直播")},
                                                {QStringLiteral("current_program_scene"), QStringLiteral("直播")},
                                                {QStringLiteral("scene_order"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("直播")}}}},
                                                {QStringLiteral("sources"), sources}})
                          .toJson());
    if (!ok)
        return fail(QStringLiteral("OBS's profile could not be written in %1").arg(home.path()));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    env.insert(QStringLiteral("DISPLAY"), s.xvfb.display());
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    s.studio.setProcessEnvironment(env);
    s.studio.setProcessChannelMode(QProcess::MergedChannels);
    // Its own obs-websocket on any free port, for the watcher (a request a
    // second, as the studio's producer makes, and OBS's frame counts at the end).
    s.studio.start(QStringLiteral("obs"), {QStringLiteral("--disable-shutdown-check"), QStringLiteral("--startstreaming"), QStringLiteral("--startrecording"),
                                           QStringLiteral("--profile"), QStringLiteral("Bench"), QStringLiteral("--collection"), QStringLiteral("Bench"),
                                           QStringLiteral("--websocket_port"), QStringLiteral("0"), QStringLiteral("--websocket_password"), kPassword});
    if (!s.studio.waitForStarted(30'000))
        return fail(QStringLiteral("OBS did not start: ") + s.studio.errorString());
    const QString flv = s.ingests[0].recordingOf(QStringLiteral("show0"));
    // Live (the ingest has a stream) and recording (an MKV grows): then measure.
    const auto recordingBytes = [&] { return folderBytes(recordings, {QStringLiteral("*.mkv")}); };
    if (!waitUntil([&] { return (QFileInfo(flv).size() > 50'000 && recordingBytes() > 50'000) || s.studio.state() == QProcess::NotRunning; }, 120'000)
        || s.studio.state() == QProcess::NotRunning)
        return fail(QStringLiteral("OBS never went live and recording; it said:\n") + QString::fromUtf8(s.studio.readAll()).right(4000));
    const qint64 pid = s.studio.processId();
    int port = 0;
    if (!waitUntil([&] { return (port = test::listeningPort(pid)) > 0 || s.studio.state() == QProcess::NotRunning; }, 60'000) || port == 0)
        return fail(QStringLiteral("OBS's obs-websocket did not listen"));
    Producer watcher;
    if (!watcher.start(QStringLiteral("obs-watcher.mjs"), {QStringLiteral("ws://127.0.0.1:%1").arg(port), kPassword}, &error))
        return fail(error);
    QList<QJsonObject> lines;
    const auto said = [&](const char *event) {
        lines += watcher.read();
        return std::any_of(lines.begin(), lines.end(), [event](const QJsonObject &l) { return l.value(QStringLiteral("event")) == QLatin1String(event); });
    };
    if (!waitUntil([&] { return said("ready") || !watcher.running(); }, 60'000) || !watcher.running())
        return fail(QStringLiteral("OBS's obs-websocket never said OBS streams and records: ") + watcher.errors());
    QElapsedTimer wall;
    wall.start();
    while (wall.elapsed() < qint64(o.seconds) * 1000) {
        if (const std::optional<ProcSample> sample = sampleProcess(pid, double(wall.elapsed()) / 1000.0))
            r.samples.append(*sample);
        s.studio.readAll();
        lines += watcher.read();
        if (s.studio.state() == QProcess::NotRunning)
            return fail(QStringLiteral("OBS stopped during the run"));
        waitMs(1000);
    }
    r.wallSec = r.liveSec = double(wall.elapsed()) / 1000.0;
    // OBS's frames from OBS itself, while its outputs still run: terminated
    // by a signal it logs none of them.
    watcher.finish();
    if (!waitUntil([&] { return said("final") || !watcher.running(); }, 30'000) || !said("final"))
        return fail(QStringLiteral("OBS's watcher gave no final report: ") + watcher.errors());
    r.final = lines.last();
    s.studio.terminate();
    if (!s.studio.waitForFinished(60'000)) {
        s.studio.kill();
        s.studio.waitForFinished();
    }
    s.ingests[0].stop();
    QDir logs(home.filePath(QStringLiteral(".config/obs-studio/logs")));
    qint64 logBytes = 0;
    for (const QFileInfo &log : logs.entryInfoList({QStringLiteral("*.txt")}, QDir::Files))
        logBytes += log.size();
    r.files.insert(QStringLiteral("logBytes"), logBytes);
    const QStringList mkv = QDir(recordings).entryList({QStringLiteral("*.mkv")}, QDir::Files);
    r.media.insert(QStringLiteral("recordingSec"), mkv.size() == 1 ? durationOf(QDir(recordings).filePath(mkv.first())) : -1);
    r.media.insert(QStringLiteral("ingest0Sec"), durationOf(flv));
    r.ok = true;
    return r;
}

QJsonObject runJson(const Run &r)
{
    QJsonArray samples;
    const ProcSample none;
    const ProcSample &first = r.samples.isEmpty() ? none : r.samples.first();
    const ProcSample &last = r.samples.isEmpty() ? none : r.samples.last();
    const double slopeFrom = r.wallSec > 30 * 60 ? 15 * 60 : std::min(60.0, r.wallSec / 4);
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("ok"), r.ok},
            {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
            {QStringLiteral("wallSec"), r.wallSec},
            {QStringLiteral("liveSec"), r.liveSec},
            {QStringLiteral("cpuSecPerMin"), cpuPerMinute(r)},
            {QStringLiteral("rssStartMiB"), first.rssMiB},
            {QStringLiteral("rssEndMiB"), last.rssMiB},
            {QStringLiteral("rssSlopeMiBPerHour"), rssSlopeMiBPerHour(r.samples, slopeFrom)},
            {QStringLiteral("rssSlopeFromSec"), slopeFrom},
            {QStringLiteral("threads"), last.threads},
            {QStringLiteral("openFiles"), last.files},
            {QStringLiteral("files"), r.files},
            {QStringLiteral("media"), r.media},
            {QStringLiteral("losses"), r.losses},
            {QStringLiteral("checks"), r.checks},
            {QStringLiteral("producer"), r.final}};
}

const Run *obsRunOf(const QList<Run> &round)
{
    for (const Run &r : round)
        if (r.name.startsWith(QLatin1String("OBS")) && r.ok && cpuPerMinute(r) > 0)
            return &r;
    return nullptr;
}

void reportRound(const QList<Run> &runs)
{
    const Run *baseline = obsRunOf(runs);
    for (const Run &r : runs) {
        const QJsonObject j = runJson(r);
        std::printf("\n## %s: %s\n", qPrintable(r.name), r.ok ? "ok" : "FAILED");
        for (const QString &p : r.problems)
            std::printf("- %s\n", qPrintable(p));
        if (r.samples.isEmpty())
            continue; // nothing measured: no figures, not zeros
        std::printf("| figure | value |\n|---|---|\n");
        std::printf("| wall / live | %.0f s / %.0f s |\n", r.wallSec, r.liveSec);
        std::printf("| CPU of the process | %.1f s per minute", j.value(QStringLiteral("cpuSecPerMin")).toDouble());
        if (baseline && baseline != &r && cpuPerMinute(*baseline) > 0)
            std::printf(" (%.2f× OBS)", cpuPerMinute(r) / cpuPerMinute(*baseline));
        std::printf(" |\n| RSS start → end | %.0f → %.0f MiB", j.value(QStringLiteral("rssStartMiB")).toDouble(),
                    j.value(QStringLiteral("rssEndMiB")).toDouble());
        if (baseline && baseline != &r && !baseline->samples.isEmpty())
            std::printf(" (%.2f× OBS)", r.samples.last().rssMiB / baseline->samples.last().rssMiB);
        std::printf(" |\n| RSS slope (from %.0f s) | %.1f MiB/hour |\n", j.value(QStringLiteral("rssSlopeFromSec")).toDouble(),
                    j.value(QStringLiteral("rssSlopeMiBPerHour")).toDouble());
        std::printf("| threads / open files | %d / %d |\n", r.samples.last().threads, r.samples.last().files);
        if (!r.files.isEmpty())
            std::printf("| database / log | %.1f MiB / %.1f KiB |\n", double(r.files.value(QStringLiteral("databaseBytes")).toInteger()) / 1048576.0,
                        double(r.files.value(QStringLiteral("logBytes")).toInteger()) / 1024.0);
        // What a run could not read is a dash, never a zero or a -1.
        const auto count = [](qint64 v) { return v < 0 ? QStringLiteral("—") : QString::number(v); };
        const auto seconds = [](double v) { return v < 0 ? QStringLiteral("—") : QStringLiteral("%1 s").arg(v, 0, 'f', 1); };
        std::printf("| recording / ingests | %s / %s", qPrintable(seconds(r.media.value(QStringLiteral("recordingSec")).toDouble(-1))),
                    qPrintable(seconds(r.media.value(QStringLiteral("ingest0Sec")).toDouble(-1))));
        if (r.media.contains(QStringLiteral("ingest1Sec")))
            std::printf(", %s", qPrintable(seconds(r.media.value(QStringLiteral("ingest1Sec")).toDouble(-1))));
        std::printf(" |\n");
        const QJsonObject health = r.final.value(QStringLiteral("health")).toObject();
        if (!health.isEmpty()) {
            std::printf("| frames rendered / lagged (render) | %s / %s |\n", qPrintable(count(health.value(QStringLiteral("renderedFrames")).toInteger(-1))),
                        qPrintable(count(health.value(QStringLiteral("laggedFrames")).toInteger(-1))));
            for (const QJsonValue &v : health.value(QStringLiteral("outputs")).toArray()) {
                const QJsonObject out = v.toObject();
                std::printf("| %s: dropped / total frames, reconnects | %s / %s, %s |\n", qPrintable(out.value(QStringLiteral("name")).toString()),
                            qPrintable(count(out.value(QStringLiteral("droppedFrames")).toInteger(-1))),
                            qPrintable(count(out.value(QStringLiteral("totalFrames")).toInteger(-1))),
                            qPrintable(count(out.value(QStringLiteral("reconnects")).toInteger(-1))));
            }
        }
        if (health.contains(QStringLiteral("guiLatenessMs"))) {
            const QJsonObject gui = health.value(QStringLiteral("guiLatenessMs")).toObject();
            std::printf("| GUI-thread lateness p50 / p99 / p99.9 / max | %lld / %lld / %lld / %lld ms |\n", gui.value(QStringLiteral("p50")).toInteger(),
                        gui.value(QStringLiteral("p99")).toInteger(), gui.value(QStringLiteral("p999")).toInteger(),
                        gui.value(QStringLiteral("max")).toInteger());
            const QJsonObject slow = health.value(QStringLiteral("guiSlowTurns")).toObject();
            std::printf("| GUI turns %lld ms late or more: count; the longest | %lld; %s |\n", slow.value(QStringLiteral("thresholdMs")).toInteger(),
                        slow.value(QStringLiteral("count")).toInteger(), qPrintable(describeSlowTurns(health, 3)));
            if (const QJsonObject heap = health.value(QStringLiteral("heap")).toObject(); !heap.isEmpty())
                std::printf("| malloc at the end: in use / held | %.0f / %.0f MiB |\n", heap.value(QStringLiteral("inUseMiB")).toDouble(),
                            heap.value(QStringLiteral("heldMiB")).toDouble());
            const QJsonObject opening = health.value(QStringLiteral("guiStartupLatenessMs")).toObject();
            std::printf("| GUI-thread lateness, first %lld ms (window's first paint): max | %lld ms |\n",
                        health.value(QStringLiteral("guiStartupMs")).toInteger(), opening.value(QStringLiteral("max")).toInteger());
            const QJsonObject latency = health.value(QStringLiteral("commentLatencyMs")).toObject();
            if (latency.value(QStringLiteral("count")).toInteger() > 0)
                std::printf("| comment ingest→display p50 / p99 | %lld / %lld ms (%lld comments) |\n", latency.value(QStringLiteral("p50")).toInteger(),
                            latency.value(QStringLiteral("p99")).toInteger(), latency.value(QStringLiteral("count")).toInteger());
            if (health.contains(QStringLiteral("storagePendingJobs")))
                std::printf("| database writes queued at the last reading | %lld jobs |\n", health.value(QStringLiteral("storagePendingJobs")).toInteger());
        }
        if (r.final.contains(QStringLiteral("requests")))
            std::printf("| remote request round trip p50 / p99 | %.1f / %.1f ms (%lld requests) |\n", r.final.value(QStringLiteral("rttP50")).toDouble(),
                        r.final.value(QStringLiteral("rttP99")).toDouble(), r.final.value(QStringLiteral("requests")).toInteger());
        if (!r.losses.isEmpty()) {
            const QJsonObject &l = r.losses;
            std::printf("| comments sent / judged / allowed / in the chat log | %lld / %lld / %lld / %lld |\n",
                        l.value(QStringLiteral("commentsSent")).toInteger(), l.value(QStringLiteral("commentsJudged")).toInteger(),
                        l.value(QStringLiteral("commentsAllowed")).toInteger(), l.value(QStringLiteral("commentsInChatLog")).toInteger());
            std::printf("| orders sent / stored | %lld / %lld |\n", l.value(QStringLiteral("ordersSent")).toInteger(),
                        l.value(QStringLiteral("ordersStored")).toInteger());
            for (const QJsonValue &v : l.value(QStringLiteral("moderation")).toArray()) {
                const QJsonObject m = v.toObject();
                const QString rule = m.value(QStringLiteral("rule")).toString();
                std::printf("| moderation: %s%s%s, viewers / spammers | %lld / %lld |\n", qPrintable(m.value(QStringLiteral("verdict")).toString()),
                            rule.isEmpty() ? "" : " by ", qPrintable(rule), m.value(QStringLiteral("viewers")).toInteger(),
                            m.value(QStringLiteral("spammers")).toInteger());
            }
            QStringList lotteries;
            for (const QJsonValue &v : l.value(QStringLiteral("lotteries")).toArray())
                lotteries.append(QStringLiteral("%1/%2")
                                     .arg(v.toObject().value(QStringLiteral("entrants")).toInteger())
                                     .arg(v.toObject().value(QStringLiteral("eligible")).toInteger()));
            std::printf("| lottery entrants / eligible | %s |\n", lotteries.isEmpty() ? "none drawn" : qPrintable(lotteries.join(QStringLiteral(", "))));
            std::printf("| plan slots run / in the timeline | %lld / %lld |\n", l.value(QStringLiteral("slotsRun")).toInteger(),
                        l.value(QStringLiteral("slotStartsInTimeline")).toInteger());
            if (l.contains(QStringLiteral("rhythmDriftMs")))
                std::printf("| rhythm timer vs the wall clock | %+.0f ms (%+.0f ms/hour) |\n", l.value(QStringLiteral("rhythmDriftMs")).toDouble(),
                            l.value(QStringLiteral("rhythmDriftMsPerHour")).toDouble());
        }
    }
}

// The machine is shared: one run of each, one after the other, moved the
// ratio to OBS by ±0.1 between sittings. Rounds take the three in turn and
// the ratio is read within each round; the median of the rounds' ratios is
// the figure to quote.
void reportRounds(const QList<QList<Run>> &rounds)
{
    std::printf("\n## CPU per minute, round by round\n| round |");
    for (const Run &r : rounds.first())
        std::printf(" %s |", qPrintable(r.name));
    std::printf("\n|---|");
    for (qsizetype i = 0; i < rounds.first().size(); ++i)
        std::printf("---|");
    std::printf("\n");
    QList<QList<double>> ratios(rounds.first().size());
    for (qsizetype k = 0; k < rounds.size(); ++k) {
        const Run *obs = obsRunOf(rounds.at(k));
        std::printf("| %lld |", qlonglong(k + 1));
        for (qsizetype i = 0; i < rounds.at(k).size(); ++i) {
            const Run &r = rounds.at(k).at(i);
            if (!r.ok || cpuPerMinute(r) <= 0) {
                std::printf(" failed |");
                continue;
            }
            std::printf(" %.1f s", cpuPerMinute(r));
            if (obs && obs != &r) {
                ratios[i].append(cpuPerMinute(r) / cpuPerMinute(*obs));
                std::printf(" (%.2f×)", ratios[i].last());
            }
            std::printf(" |");
        }
        std::printf("\n");
    }
    std::printf("| median ratio to OBS |");
    for (QList<double> &each : ratios) {
        if (each.isEmpty()) {
            std::printf(" — |");
            continue;
        }
        std::sort(each.begin(), each.end());
        const qsizetype n = each.size();
        std::printf(" %.2f× (%lld rounds) |", n % 2 ? each.at(n / 2) : (each.at(n / 2 - 1) + each.at(n / 2)) / 2, qlonglong(n));
    }
    std::printf("\n");
}

void report(const QList<QList<Run>> &rounds, const Options &o)
{
    QJsonArray byRound;
    for (const QList<Run> &round : rounds) {
        QJsonArray each;
        for (const Run &r : round)
            each.append(runJson(r));
        byRound.append(each);
    }
    const QJsonObject result{{QStringLiteral("seconds"), o.seconds},
                             {QStringLiteral("commentsPerSec"), o.rate * o.speed},
                             {QStringLiteral("ordersPerSec"), o.orders * o.speed},
                             {QStringLiteral("speed"), o.speed},
                             {QStringLiteral("runs"), byRound.last()},
                             {QStringLiteral("rounds"), byRound}};
    if (!o.json.isEmpty())
        writeFile(o.json, QJsonDocument(result).toJson());
    for (qsizetype k = 0; k < rounds.size(); ++k) {
        if (rounds.size() > 1)
            std::printf("\n# Round %lld of %lld\n", qlonglong(k + 1), qlonglong(rounds.size()));
        reportRound(rounds.at(k));
    }
    if (rounds.size() > 1)
        reportRounds(rounds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A whole show, measured: the studio streaming, recording and running a show under load."));
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("How long the show runs (default 600)."), QStringLiteral("N"),
                                           QStringLiteral("600"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Comments a second (default 1000)."), QStringLiteral("N"),
                                        QStringLiteral("1000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Order lines a second (default 20)."), QStringLiteral("N"),
                                          QStringLiteral("20"));
    const QCommandLineOption featuresOption(QStringLiteral("features"), QStringLiteral("on, off or both (default on)."), QStringLiteral("WHICH"),
                                            QStringLiteral("on"));
    const QCommandLineOption obsOption(QStringLiteral("obs"), QStringLiteral("Run OBS Studio on the same picture for the same time as the baseline."));
    const QCommandLineOption checkOption(QStringLiteral("check-every"), QStringLiteral("Check the soak limits every S seconds (0: at the end only)."),
                                         QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption soakOption(QStringLiteral("soak"), QStringLiteral("Fail when a soak limit is passed."));
    const QCommandLineOption speedOption(QStringLiteral("speed"), QStringLiteral("Compress time: rates ×K, slots ÷K (default 1)."), QStringLiteral("K"),
                                         QStringLiteral("1"));
    const QCommandLineOption canvasOption(QStringLiteral("canvas"), QStringLiteral("Canvas and camera size (default 1280x720)."), QStringLiteral("WxH"),
                                          QStringLiteral("1280x720"));
    const QCommandLineOption slotOption(QStringLiteral("slot-seconds"), QStringLiteral("Length of each plan slot (default 20)."), QStringLiteral("S"),
                                        QStringLiteral("20"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep each run's folder (profile, database, recordings) and say where."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the result as JSON to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Take the runs in turn N times and give each ratio to OBS as the median of the rounds' (default 1)."),
                                          QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({secondsOption, rateOption, ordersOption, featuresOption, obsOption, checkOption, soakOption, speedOption, jsonOption, canvasOption,
                       slotOption, keepOption, roundsOption});
    parser.process(app);
    Options o;
    o.seconds = std::max(20, parser.value(secondsOption).toInt());
    o.rate = std::clamp(parser.value(rateOption).toInt(), 0, 20'000);
    o.orders = std::clamp(parser.value(ordersOption).toInt(), 0, 2'000);
    o.obs = parser.isSet(obsOption);
    o.checkEverySec = std::max(0, parser.value(checkOption).toInt());
    o.soak = parser.isSet(soakOption);
    o.speed = std::clamp(parser.value(speedOption).toInt(), 1, 24);
    o.json = parser.value(jsonOption);
    o.keep = parser.isSet(keepOption);
    o.slotSec = std::clamp(parser.value(slotOption).toInt(), 2, 600);
    o.rounds = std::clamp(parser.value(roundsOption).toInt(), 1, 20);
    const QStringList wh = parser.value(canvasOption).split(QLatin1Char('x'));
    o.canvas = wh.size() == 2 ? QSize(wh.at(0).toInt(), wh.at(1).toInt()) : QSize();
    if (o.canvas.width() < 160 || o.canvas.height() < 90 || o.canvas.width() > 3840 || o.canvas.height() > 2160) {
        std::fprintf(stderr, "--canvas %s: WxH between 160x90 and 3840x2160\n", qPrintable(parser.value(canvasOption)));
        return 1;
    }
    const QString which = parser.value(featuresOption);
    if (o.soak && o.checkEverySec == 0)
        o.checkEverySec = 600;

    QList<QList<Run>> rounds;
    for (int k = 1; k <= o.rounds; ++k) {
        const QString of = o.rounds > 1 ? QStringLiteral(" (round %1 of %2)").arg(k).arg(o.rounds) : QString();
        QList<Run> runs;
        for (const bool features : {true, false}) {
            if ((features && which == QLatin1String("off")) || (!features && which == QLatin1String("on")))
                continue;
            Options one = o;
            one.features = features;
            std::printf("show-bench: %s for %d s%s ...\n", features ? "show on" : "show off", o.seconds, qPrintable(of));
            std::fflush(stdout);
            runs.append(runStudio(one));
        }
        if (o.obs) {
            std::printf("show-bench: OBS Studio for %d s%s ...\n", o.seconds, qPrintable(of));
            std::fflush(stdout);
            runs.append(runObs(o));
        }
        rounds.append(runs);
    }
    report(rounds, o);
    bool ok = true;
    for (const QList<Run> &runs : rounds)
        for (const Run &r : runs)
            ok = ok && r.ok;
    return ok ? 0 : 1;
}
