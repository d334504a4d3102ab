#pragma once

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace shopcast::test {

// The words a Chinese host may meet untranslated: names of formats,
// protocols and things that are written so in Chinese too.
inline const QStringList kAllowedWords{
    QStringLiteral("RTMP"), QStringLiteral("RTMPS"), QStringLiteral("LUT"), QStringLiteral("SKU"), QStringLiteral("CSV"), QStringLiteral("KOC"),
    QStringLiteral("OBS"), QStringLiteral("URL"), QStringLiteral("MP4"), QStringLiteral("MKV"), QStringLiteral("JSON"), QStringLiteral("HTTP"),
    QStringLiteral("CPU"), QStringLiteral("GPU"), QStringLiteral("kbps"), QStringLiteral("kHz"), QStringLiteral("ShopCast"), QStringLiteral("Studio"),
    QStringLiteral("LIVE"), QStringLiteral("REC"), QStringLiteral("DEMO"), QStringLiteral("CUP"), QStringLiteral("PNG"), QStringLiteral("WebSocket"),
    QStringLiteral("Bilibili"), QStringLiteral("Twitch"), QStringLiteral("IRC"), QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"),
    QStringLiteral("PgUp"), QStringLiteral("PgDown"), QStringLiteral("Space"), QStringLiteral("Esc"), QStringLiteral("Del"), QStringLiteral("Home"),
    QStringLiteral("End"), QStringLiteral("Tab"), QStringLiteral("fps"), QStringLiteral("x264"), QStringLiteral("CBR"), QStringLiteral("AAC"),
    QStringLiteral("API"), QStringLiteral("TLS"), QStringLiteral("UTF"), QStringLiteral("GB18030"), QStringLiteral("UID"), QStringLiteral("OAuth"),
    QStringLiteral("getDanmuInfo"),
    // GMV per thousand views: Douyin's own 罗盘 and every merchant write it so.
    QStringLiteral("GPM"),
    // x264's preset names, as OBS shows them too.
    QStringLiteral("ultrafast"), QStringLiteral("superfast"), QStringLiteral("veryfast"), QStringLiteral("faster"), QStringLiteral("fast"),
    QStringLiteral("medium"), QStringLiteral("slow"),
    // A language's own name in the language picker.
    QStringLiteral("English")};

// ASCII words of three letters or more in texts a Chinese host reads (markup,
// links and addresses left out), outside kAllowedWords: each with where it
// was read, for a failure message. The tour walks windows with it, the
// report test the HTML report.
inline QStringList englishWordsIn(const QStringList &texts)
{
    static const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9_./:@#%-])[A-Za-z]{3,}(?![A-Za-z0-9_./:@-])"));
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;|https?://\\S+|rtmps?://\\S+|\\S+@\\S+"));
    QStringList found;
    for (QString text : texts) {
        text.remove(markup);
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString w = it.next().captured();
            if (!kAllowedWords.contains(w, Qt::CaseInsensitive)
                && !std::any_of(found.cbegin(), found.cend(), [&w](const QString &f) { return f.startsWith(w + QLatin1Char(' ')); }))
                found.append(w + QStringLiteral(" (in \"") + text.simplified().left(80) + QStringLiteral("\")"));
        }
    }
    return found;
}

} // namespace shopcast::test
