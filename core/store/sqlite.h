// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "store/openfiles.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace ds::sql {

/// How long a statement waits for another connection's write lock before it gives up.
inline constexpr int kBusyTimeoutMs = 5000;

/// The first bytes of a database file and its size, read through SQLite's own descriptor.
struct FileHeader {
    QByteArray bytes;
    qint64 size = 0;
};

/// Owns one SQLite connection. Not shared between threads: open one per thread.
class Database {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<Database> open(const QString &path, Mode mode);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    /// Reads the first `count` bytes of the main database file through SQLite's VFS (the
    /// descriptor SQLite owns), so that its locks stay where they are. Works before the first
    /// query, when SQLite has not judged the file yet.
    Result<FileHeader> readHeader(int count) const;
    /// PRAGMA data_version: changes when another connection commits to the file.
    Result<int64_t> dataVersion();

    /// Runs one or more statements without results.
    Status exec(const QString &sql);
    /// Runs a query that returns a single integer (e.g. PRAGMA user_version).
    Result<int64_t> queryInt(const QString &sql);
    int64_t lastInsertId() const;
    int changes() const;
    QString lastErrorMessage() const;

    /// Copies the whole database to a new file (SQLite online backup), safe while open.
    Status backupTo(const QString &path);
    /// Lets a long query be cancelled: the callback is polled; returning true interrupts.
    void setProgressHandler(int everyOps, int (*handler)(void *), void *context);
    void interrupt();

private:
    explicit Database(sqlite3 *db, QString path)
        : m_db(db)
        , m_path(std::move(path)) {}
    void close();

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::optional<OpenDatabaseFiles::FileId> m_file;
};

/// One prepared statement. Bind with 1-based indexes, step, read 0-based columns.
class Statement {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    static Result<Statement> prepare(Database &db, const QString &sql);

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, int64_t value);
    void bind(int index, int value) { bind(index, static_cast<int64_t>(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value); // a null QString binds NULL
    void bind(int index, const std::optional<int64_t> &value);
    /// Binds UTF-8 text without copying: the bytes must stay valid until the next step/reset.
    void bindStatic(int index, const QByteArray &utf8);
    void bindNull(int index);
    void bindBlob(int index, const QByteArray &value);

    /// Steps once: true while a row is available; errors end as false with error() set.
    bool next();
    /// Runs to completion (for statements without results).
    Status exec();
    void reset();
    Status status() const { return m_status; }

    int columnCount() const;
    bool isNull(int column) const;
    int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const; // NULL reads as a null QString
    /// The column's bytes without a copy, for ASCII tokens; valid until the next step.
    QLatin1String latin1(int column) const;
    std::optional<int64_t> optInt64(int column) const;
    QByteArray blob(int column) const;

private:
    explicit Statement(sqlite3_stmt *stmt, sqlite3 *db)
        : m_stmt(stmt)
        , m_db(db) {}
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    Status m_status;
};

/// A transaction that rolls back unless committed.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begun() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace ds::sql
