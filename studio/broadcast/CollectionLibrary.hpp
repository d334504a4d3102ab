#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopcast::broadcast {

// A profile's scene collections, as OBS users know them: several named sets
// of scenes, one current. Each is a file of its own in the profile; the
// index (collections.json) names them and the current one. A profile from
// before collections has none: its scenes.json is the first collection, so
// nothing moves.
class CollectionLibrary
{
    Q_DECLARE_TR_FUNCTIONS(CollectionLibrary)
public:
    static constexpr int kMaxNameChars = 64;
    static constexpr int kMaxCollections = 200;

    explicit CollectionLibrary(QString profileDir);

    QStringList names() const;
    const QString &current() const { return m_current; }
    bool contains(const QString &name) const;
    // The collection's file (what SceneCollectionStore reads and writes).
    QString pathOf(const QString &name) const;

    // A new, empty entry for a file to be written at pathOf(name); the
    // caller writes it. Refused: an empty, too long or taken name.
    bool add(const QString &name, QString *error);
    bool rename(const QString &from, const QString &to, QString *error);
    // Not the current one (switch first), and its file goes too.
    bool remove(const QString &name, QString *error);
    bool setCurrent(const QString &name, QString *error);
    // A name not taken: base, "base 2", ...
    QString uniqueName(const QString &base) const;

private:
    struct Entry
    {
        QString name;
        QString file; // relative to the profile
    };
    bool validName(const QString &name, QString *error) const;
    bool save(QString *error) const;

    QString m_profileDir;
    QList<Entry> m_entries;
    QString m_current;
};

} // namespace shopcast::broadcast
