// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

#include <compare>
#include <optional>

namespace ds {

/// The database files that this process holds open through SQLite.
///
/// SQLite's locks are POSIX advisory locks, held per process: closing *any* descriptor of a
/// database file in the process drops all of its locks on that file, and another process may
/// then checkpoint and delete the write-ahead log the connections here still write into. So
/// nothing in a process with a connection may open and close such a file behind SQLite's
/// back. sql::Database registers every file it opens here; readers of outside files (articles,
/// JSON, CSV) go through readOutsideFile(), which refuses these files (and their -wal and
/// -shm companions) without opening them.
class OpenDatabaseFiles {
public:
    /// A file by device and inode, so that other names of the same file count too.
    struct FileId {
        quint64 device = 0;
        quint64 inode = 0;
        auto operator<=>(const FileId &) const = default;
    };
    /// Counts one more connection on `path` and says which file that is (nothing for
    /// ":memory:", URIs and files that do not exist).
    static std::optional<FileId> add(const QString &path);
    static void remove(const FileId &file);
    /// True when `path` (or the database whose -wal/-shm file it is) is open in this process.
    static bool contains(const QString &path);
};

/// Refuses a path that is one of this process's open databases (or their -wal/-shm files) as
/// the target of an export: writing there would replace or unlock the open file.
Status refuseOpenDatabase(const QString &path);

/// Reads at most `maxBytes + 1` bytes of a file that is not one of this process's open
/// databases (so a caller can tell a file that is too large). A missing file, a folder or an
/// open database is refused with a message, without opening it.
Result<QByteArray> readOutsideFile(const QString &path, qint64 maxBytes);

} // namespace ds
