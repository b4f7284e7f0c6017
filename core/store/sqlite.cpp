// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite.h"

#include "store/openfiles.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>

namespace ds::sql {

namespace {

QString sqliteMessage(sqlite3 *db, int rc) {
    const int primary = (db ? sqlite3_extended_errcode(db) : rc) & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return QCoreApplication::translate(
                   "ds::Database",
                   "Another program is writing to this file and did not finish within "
                   "%1 seconds; nothing was changed here. Try again in a moment.")
            .arg(kBusyTimeoutMs / 1000);
    if (db)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(rc));
}

} // namespace

Database::~Database() {
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_file(std::exchange(other.m_file, std::nullopt)) {
}

Database &Database::operator=(Database &&other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_file = std::exchange(other.m_file, std::nullopt);
    }
    return *this;
}

void Database::close() {
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        if (m_file)
            OpenDatabaseFiles::remove(*m_file);
        m_file.reset();
    }
}

Result<Database> Database::open(const QString &path, Mode mode) {
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    const QByteArray name = path.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = sqliteMessage(db, rc);
        sqlite3_close_v2(db);
        return Error{
            QCoreApplication::translate("ds::Database", "Cannot open %1: %2").arg(path, message)};
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    // sqlite3_open_v2 has opened (or created) the file; registered before the first query
    // takes a lock, so that no reader of outside files in this process opens (and by
    // closing, unlocks) the file while the connection lives.
    Database opened(db, path);
    opened.m_file = OpenDatabaseFiles::add(path);
    return opened;
}

Status Database::exec(const QString &sql) {
    char *err = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        QString message = err ? QString::fromUtf8(err) : sqliteMessage(m_db, rc);
        sqlite3_free(err);
        return Error{message};
    }
    return {};
}

Result<int64_t> Database::queryInt(const QString &sql) {
    auto stmt = Statement::prepare(*this, sql);
    if (!stmt)
        return stmt.error();
    if (!stmt->next()) {
        if (!stmt->status())
            return stmt->status().error();
        return Error{QCoreApplication::translate("ds::Database", "The query returned no row.")};
    }
    return stmt->int64(0);
}

int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const {
    return sqlite3_changes(m_db);
}
QString Database::lastErrorMessage() const {
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Result<FileHeader> Database::readHeader(int count) const {
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        !file || !file->pMethods)
        return Error{
            QCoreApplication::translate("ds::Database", "Cannot read the file: %1").arg(m_path)};
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return Error{
            QCoreApplication::translate("ds::Database", "Cannot read the file: %1").arg(m_path)};
    FileHeader header;
    header.size = size;
    header.bytes.resize(int(std::min<sqlite3_int64>(count, size)));
    if (!header.bytes.isEmpty()) {
        const int rc =
            file->pMethods->xRead(file, header.bytes.data(), int(header.bytes.size()), 0);
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return Error{QCoreApplication::translate("ds::Database", "Cannot read the file: %1")
                             .arg(m_path)};
    }
    return header;
}

Result<int64_t> Database::dataVersion() {
    return queryInt(QStringLiteral("PRAGMA data_version"));
}

Status Database::backupTo(const QString &path) {
    if (OpenDatabaseFiles::contains(path))
        return Error{QCoreApplication::translate("ds::Database",
                                                 "%1 is open in DealScope; choose another name.")
                         .arg(path)};
    if (QFile::exists(path) && !QFile::remove(path))
        return Error{QCoreApplication::translate("ds::Database", "Cannot replace %1.").arg(path)};
    auto target = Database::open(path, Mode::ReadWriteCreate);
    if (!target)
        return target.error();
    sqlite3_backup *backup = sqlite3_backup_init(target->handle(), "main", m_db, "main");
    if (!backup)
        return Error{target->lastErrorMessage()};
    int rc;
    do {
        rc = sqlite3_backup_step(backup, 1024);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error{QCoreApplication::translate("ds::Database", "Saving a copy failed: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    return target->exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
}

void Database::setProgressHandler(int everyOps, int (*handler)(void *), void *context) {
    sqlite3_progress_handler(m_db, everyOps, handler, context);
}

void Database::interrupt() {
    sqlite3_interrupt(m_db);
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_status(std::move(other.m_status)) {
}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_status = std::move(other.m_status);
    }
    return *this;
}

Result<Statement> Statement::prepare(Database &db, const QString &sql) {
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(db.handle(), utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return Error{sqliteMessage(db.handle(), rc)};
    }
    return Statement(stmt, db.handle());
}

void Statement::bind(int index, int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
}
void Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, const QString &value) {
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, const std::optional<int64_t> &value) {
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void Statement::bindStatic(int index, const QByteArray &utf8) {
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bindBlob(int index, const QByteArray &value) {
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

bool Statement::next() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = Error{sqliteMessage(m_db, rc)};
    return false;
}

Status Statement::exec() {
    m_status = {};
    while (next()) {
    }
    Status result = m_status;
    sqlite3_reset(m_stmt);
    return result;
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_status = {};
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}
bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QLatin1String Statement::latin1(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QLatin1String();
    return QLatin1String(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<int64_t> Statement::optInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

QByteArray Statement::blob(int column) const {
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Transaction::Transaction(Database &db)
    : m_db(db) {
    m_begin = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_begin.ok();
}

Transaction::~Transaction() {
    if (m_active)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit() {
    if (!m_active)
        return m_begin.ok() ? Status(Error{QCoreApplication::translate(
                                  "ds::Database", "The transaction has already ended.")})
                            : m_begin;
    Status status = m_db.exec(QStringLiteral("COMMIT"));
    if (status)
        m_active = false;
    return status;
}

} // namespace ds::sql
