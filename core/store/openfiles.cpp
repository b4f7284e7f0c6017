// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/openfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

#include <map>
#include <mutex>
#include <optional>

namespace ds {

namespace {

using FileKey = OpenDatabaseFiles::FileId;

// stat() opens no descriptor, so it is safe on a file with live locks.
std::optional<FileKey> keyOf(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileKey{quint64(info.st_dev), quint64(info.st_ino)};
}

struct Registry {
    std::mutex mutex;
    std::map<FileKey, int> counts;
};

Registry &registry() {
    static Registry r;
    return r;
}

bool isFilePath(const QString &path) {
    return !path.isEmpty() && path != QLatin1String(":memory:") &&
           !path.startsWith(QLatin1String("file:"));
}

} // namespace

std::optional<OpenDatabaseFiles::FileId> OpenDatabaseFiles::add(const QString &path) {
    if (!isFilePath(path))
        return std::nullopt;
    auto key = keyOf(path);
    if (key) {
        std::lock_guard lock(registry().mutex);
        ++registry().counts[*key];
    }
    return key;
}

void OpenDatabaseFiles::remove(const FileId &file) {
    std::lock_guard lock(registry().mutex);
    auto it = registry().counts.find(file);
    if (it != registry().counts.end() && --it->second <= 0)
        registry().counts.erase(it);
}

bool OpenDatabaseFiles::contains(const QString &path) {
    QString database = path;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (path.endsWith(QLatin1String(suffix)))
            database.chop(int(qstrlen(suffix)));
    std::lock_guard lock(registry().mutex);
    if (registry().counts.empty())
        return false;
    for (const QString &candidate : {path, database})
        if (auto key = keyOf(candidate); key && registry().counts.count(*key))
            return true;
    return false;
}

Status refuseOpenDatabase(const QString &path) {
    if (OpenDatabaseFiles::contains(path))
        return Error{QCoreApplication::translate(
                         "ds::Files", "%1 is a DealScope file open in this program; choose "
                                      "another name.")
                         .arg(QFileInfo(path).fileName())};
    return {};
}

Result<QByteArray> readOutsideFile(const QString &path, qint64 maxBytes) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QCoreApplication::translate("ds::Files", "%1 does not exist.").arg(path)};
    if (info.isDir())
        return Error{
            QCoreApplication::translate("ds::Files", "%1 is a folder, not a file.").arg(path)};
    if (OpenDatabaseFiles::contains(path))
        return Error{QCoreApplication::translate(
                         "ds::Files", "%1 is a DealScope file open in this program; it cannot be "
                                      "read as an article or an import.")
                         .arg(info.fileName())};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ds::Files", "Cannot read %1: %2")
                         .arg(path, file.errorString())};
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.isNull() && file.error() != QFileDevice::NoError)
        return Error{QCoreApplication::translate("ds::Files", "Cannot read %1: %2")
                         .arg(path, file.errorString())};
    return bytes;
}

} // namespace ds
