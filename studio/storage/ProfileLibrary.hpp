#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::storage {

// The profiles a user has, as OBS users know them: named folders under one
// root (~/.config/shopcast/profiles), one of them in use. A profile here is
// the whole studio of one show setup — settings, destinations, hotkeys,
// scene collections and the studio database — so copying one copies its
// database too, consistently while the studio writes it (SQLite's VACUUM
// INTO, not a file copy of a database in WAL mode).
//
// Stream keys are not files of the profile (they are in the system keyring);
// where they fell back to secrets.ini, a duplicate on this machine keeps it
// and an export never carries it.
//
// Every call here does file work that can take seconds on a large database:
// the GUI runs them on a worker pool.
class ProfileLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLibrary)
public:
    static constexpr int kMaxNameChars = 64;
    // An imported archive or folder is refused beyond these.
    static constexpr qint64 kMaxImportBytes = 16LL * 1024 * 1024 * 1024;
    static constexpr int kMaxImportFiles = 10'000;

    // root: where named profiles live; currentDir: the profile in use (may
    // be outside root, from --profile-dir).
    ProfileLibrary(QString root, const QString &currentDir);

    const QString &root() const { return m_root; }
    const QString &currentDir() const { return m_currentDir; }
    // The folders under root, sorted; hidden and half-made ones left out.
    QStringList names() const;
    // The current profile's name when it is one of root's, else empty.
    QString current() const;
    QString pathOf(const QString &name) const;
    bool validName(const QString &name, QString *error) const;
    // A name not taken: base, "base 2", ...
    QString uniqueName(const QString &base) const;

    // An empty profile (the first-run wizard sets it up when it is opened).
    bool create(const QString &name, QString *error) const;
    // A copy of the profile in dir (the current one, or any) named name.
    bool duplicate(const QString &dir, const QString &name, QString *error) const;
    // Not the profile in use: its database is open.
    bool rename(const QString &from, const QString &to, QString *error) const;
    // Not the profile in use; moved to the desktop's trash, not deleted.
    bool remove(const QString &name, QString *error) const;

    // The profile in dir written to target: a .zip archive, or else a new
    // (or empty) folder. Never with secrets.ini.
    static bool exportTo(const QString &dir, const QString &target, QString *error);
    // A profile from a .zip (written by exportTo, or by hand, with or without
    // one top folder) or a folder, added under name (made unique); the name
    // it got, or nothing with why. Nothing half-made is left behind.
    std::optional<QString> importFrom(const QString &source, const QString &name, QString *error) const;

private:
    // The profile in dir copied into to (which must not exist), through a
    // hidden folder renamed at the end.
    static bool copyProfile(const QString &dir, const QString &to, bool withSecrets, QString *error);
    static bool looksLikeProfile(const QString &dir);

    QString m_root;
    QString m_currentDir;
};

} // namespace shopcast::storage
