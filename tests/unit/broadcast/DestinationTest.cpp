#include "CatchQt.hpp"

#include "broadcast/Destination.hpp"

using shopcast::broadcast::Destination;

TEST_CASE("a plain rtmp URL splits into server and key", "[destination]")
{
    QString error;
    const auto d = Destination::parse(QStringLiteral("rtmp://live.example.com/app/abc123"), &error);
    REQUIRE(d);
    CHECK(d->server() == QStringLiteral("rtmp://live.example.com/app"));
    CHECK(d->streamKey() == QStringLiteral("abc123"));
    CHECK(d->host() == QStringLiteral("live.example.com"));
    CHECK(d->port() == 1935);
    CHECK_FALSE(d->isTls());
    CHECK(d->fullUrl() == QStringLiteral("rtmp://live.example.com/app/abc123"));
}

TEST_CASE("rtmps defaults to port 443 and keeps an explicit port", "[destination]")
{
    auto d = Destination::parse(QStringLiteral("RTMPS://ingest.example.com/live/k"));
    REQUIRE(d);
    CHECK(d->isTls());
    CHECK(d->port() == 443);
    d = Destination::parse(QStringLiteral("rtmps://ingest.example.com:4443/live/k"));
    REQUIRE(d);
    CHECK(d->port() == 4443);
    CHECK(d->server() == QStringLiteral("rtmps://ingest.example.com:4443/live"));
}

TEST_CASE("keys with query strings and nested applications", "[destination]")
{
    // Bilibili-style: the key is a query string after the application.
    auto d = Destination::parse(QStringLiteral("rtmp://live-push.example.com/live-bvc/?streamname=live_1_2&key=s3cr3t&schedule=rtmp"));
    REQUIRE(d);
    CHECK(d->server() == QStringLiteral("rtmp://live-push.example.com/live-bvc"));
    CHECK(d->streamKey() == QStringLiteral("?streamname=live_1_2&key=s3cr3t&schedule=rtmp"));
    // Douyin-style: key with auth parameters; the query's slashes are not path.
    d = Destination::parse(QStringLiteral("rtmp://push.example.com/third/stream-1?expire=1&sign=a/b"));
    REQUIRE(d);
    CHECK(d->server() == QStringLiteral("rtmp://push.example.com/third"));
    CHECK(d->streamKey() == QStringLiteral("stream-1?expire=1&sign=a/b"));
    // Application with several segments.
    d = Destination::parse(QStringLiteral("rtmp://h/app/inst/key"));
    REQUIRE(d);
    CHECK(d->server() == QStringLiteral("rtmp://h/app/inst"));
    CHECK(d->streamKey() == QStringLiteral("key"));
}

TEST_CASE("IPv6 hosts", "[destination]")
{
    const auto d = Destination::parse(QStringLiteral("rtmp://[::1]:1936/live/k"));
    REQUIRE(d);
    CHECK(d->host() == QStringLiteral("[::1]"));
    CHECK(d->port() == 1936);
}

TEST_CASE("bad destination URLs get a clear message", "[destination]")
{
    struct Case
    {
        const char *url;
        const char *mentions;
    };
    const Case cases[] = {
        {"", "empty"},
        {"live.example.com/app/key", "rtmp://"},
        {"http://example.com/app/key", "unsupported scheme"},
        {"rtmp:///app/key", "no host"},
        {"rtmp://host", "application and a stream key"},
        {"rtmp://host/app", "application and a stream key"},
        {"rtmp://host/app/", "no stream key"},
        {"rtmp://host:0/app/key", "port"},
        {"rtmp://host:99999/app/key", "port"},
        {"rtmp://host:abc/app/key", "port"},
        {"rtmp://host/app/key with space", "spaces"},
        {"rtmp://user:pw@host/app/key", "credentials"},
        {"rtmp://[::1/app/key", "IPv6"},
    };
    for (const Case &c : cases) {
        INFO(c.url);
        QString error;
        CHECK_FALSE(Destination::parse(QString::fromUtf8(c.url), &error));
        CHECK(error.contains(QString::fromUtf8(c.mentions), Qt::CaseInsensitive));
    }
}

TEST_CASE("redaction hides the key everywhere", "[destination]")
{
    const auto d = Destination::parse(QStringLiteral("rtmp://h/app/sk_live_123"));
    REQUIRE(d);
    CHECK(d->redactedUrl() == QStringLiteral("rtmp://h/app"));
    CHECK_FALSE(d->redactedUrl().contains(QStringLiteral("sk_live_123")));
    CHECK(d->redact(QStringLiteral("Connecting to rtmp://h/app/sk_live_123 ... sk_live_123")) == QStringLiteral("Connecting to rtmp://h/app/**** ... ****"));
}

TEST_CASE("destination lists report bad lines by number, without keys", "[destination]")
{
    QStringList errors;
    const auto list = Destination::parseList(QStringLiteral("# platforms\nrtmp://a/app/k1\n\nnot a url secretkey\nrtmps://b/app/k2\n"), &errors);
    REQUIRE(list.size() == 2);
    CHECK(list.at(1).isTls());
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().startsWith(QStringLiteral("line 4:")));
    CHECK_FALSE(errors.first().contains(QStringLiteral("secretkey")));
}

TEST_CASE("from the console's two fields: a whole URL in the server field, a key typed into both", "[destination]")
{
    auto whole = Destination::fromFields(QStringLiteral(" rtmp://push.example.com/live/sk-abc "), {});
    REQUIRE(whole);
    CHECK(whole->server() == QStringLiteral("rtmp://push.example.com/live"));
    CHECK(whole->streamKey() == QStringLiteral("sk-abc"));
    auto both = Destination::fromFields(QStringLiteral("rtmp://push.example.com/live/sk-abc/"), QStringLiteral("sk-abc"));
    REQUIRE(both);
    CHECK(both->server() == QStringLiteral("rtmp://push.example.com/live")); // the key does not stay in the server
    CHECK(both->streamKey() == QStringLiteral("sk-abc"));
    auto fields = Destination::fromFields(QStringLiteral("rtmp://push.example.com/live"), QStringLiteral("sk-abc?auth=1"));
    REQUIRE(fields);
    CHECK(fields->streamKey() == QStringLiteral("sk-abc?auth=1"));
    QString error;
    CHECK_FALSE(Destination::fromFields(QStringLiteral("rtmp://push.example.com/live"), {}, &error)); // no key at all
    CHECK_FALSE(error.isEmpty());
}
