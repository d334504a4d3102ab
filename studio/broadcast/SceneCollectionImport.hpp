#pragma once

#include "SceneCollection.hpp"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::broadcast {

// Reads an OBS Studio scene collection (basic/scenes/NAME.json, as OBS 27 to
// 30 write it) into the studio's own: scenes in OBS's order, sources of every
// kind this studio's libobs can create with their settings, transforms
// (position, scale, rotation, crop, bounds, alignment), visibility and order,
// groups (their items placed in the scene: the studio has no groups),
// filters, audio (volume, mute, monitoring, sync, balance, tracks), OBS's
// desktop and mic/aux devices as global audio, and the scene transition.
// The OBS file is only read.
class SceneCollectionImport
{
    Q_DECLARE_TR_FUNCTIONS(SceneCollectionImport)
public:
    // A collection of 5,000 sources is about 10 MB; 64 MB is none OBS writes.
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;

    // What an OBS scene collection import could not bring over exactly, for the
    // user to read (the dialog shows it, the CLI prints it). Nothing is dropped
    // without a line here.
    struct Report
    {
        struct Line
        {
            QString name; // the source, scene, group or filter
            QString kind; // its OBS id
            QString what; // in words
        };
        QList<Line> leftOut;         // not in the studio's collection
        QList<Line> approximated;    // in it, but not exactly as in OBS
        QList<Line> keptUnavailable; // in it as saved (a filter kind this studio lacks), doing nothing here
        QList<Line> missingFiles;    // kept, but the file is not on this computer
        int scenes = 0;
        int sources = 0;

        bool isClean() const { return leftOut.isEmpty() && approximated.isEmpty() && keptUnavailable.isEmpty() && missingFiles.isEmpty(); }
        // One line per entry, grouped, in the user's language.
        QStringList lines() const;
    };

    struct Result
    {
        SceneCollection collection;
        Report report;
    };
    // The input kinds the libobs modules the studio loads can create (the
    // studio's own overlay aside); an integration test holds it to what
    // libobs enumerates.
    static QSet<QString> studioInputKinds();

    // nullopt with error for a file that is not an OBS collection (not
    // JSON, truncated, no sources or scenes) or too big.
    static std::optional<Result> fromFile(const QString &path, const QSet<QString> &inputKinds, QString *error);
    static std::optional<Result> fromJson(const QByteArray &json, const QSet<QString> &inputKinds, QString *error);

    // The collections in OBS's own config folder (~/.config/obs-studio/basic/scenes).
    struct Found
    {
        QString name; // as OBS shows it
        QString path;
    };
    static QString obsConfigDir();
    static QList<Found> findCollections(const QString &obsConfigDir);
};

} // namespace shopcast::broadcast
