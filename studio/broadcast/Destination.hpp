#pragma once

#include <QCoreApplication>

#include <QList>
#include <QString>

#include <optional>

namespace shopcast::broadcast {

// One push target, parsed from the URL form ffmpeg takes:
// rtmp(s)://host[:port]/app[/more]/key[?query]. The key is the last path
// segment (with any query, as Bilibili and Douyin keys carry one); everything
// before it is the server libobs connects to.
class Destination
{
    Q_DECLARE_TR_FUNCTIONS(Destination)
public:
    static std::optional<Destination> parse(const QString &url, QString *error = nullptr);
    // From the two fields a platform's console shows: the server and the key.
    // An empty key takes the key from a whole URL pasted into the server
    // field; a key typed into both is not kept as part of the server.
    static std::optional<Destination> fromFields(const QString &server, const QString &key, QString *error = nullptr);

    // One URL per line; blank lines and lines starting with '#' are skipped.
    // Errors name the line, never the key.
    static QList<Destination> parseList(const QString &text, QStringList *errors);

    const QString &server() const { return m_server; } // rtmp://host:port/app
    const QString &streamKey() const { return m_key; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    bool isTls() const { return m_tls; }

    // What logs, errors and reports show: the URL without its key.
    QString redactedUrl() const { return m_server; }
    // What the host calls it ("抖音主号"), from the saved destination; the
    // redacted URL for one given as a bare URL.
    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString label() const { return m_name.isEmpty() ? m_server : m_name; }
    // Which canvas it carries: 0 the program, 1 the second canvas.
    int canvas() const { return m_canvas; }
    void setCanvas(int canvas) { m_canvas = canvas; }
    QString fullUrl() const { return m_server + QLatin1Char('/') + m_key; }

    // Replaces every occurrence of the key in text with "****", so messages that
    // echo a URL (libobs, librtmp) can be logged.
    QString redact(QString text) const;

    friend bool operator==(const Destination &, const Destination &) = default;

private:
    QString m_server;
    QString m_key;
    QString m_name;
    QString m_host;
    int m_port = 0;
    bool m_tls = false;
    int m_canvas = 0;
};

} // namespace shopcast::broadcast
