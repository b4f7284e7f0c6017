// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace ds::pg {

/// A connection URI as it may be shown or stored: with any password taken out (in the
/// user-info part and in a `password=` option).
QString redactedUri(const QString &uri);

/// A statement's parameter: text, or NULL (an empty optional). The server converts the text
/// to the column's type; nothing is ever spliced into the SQL.
using Value = std::optional<QString>;

/// The rows a statement returned (none for a command), as text.
class Rows {
public:
    int count() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    int64_t int64(int row, int column) const;
    /// The number of rows a command changed (UPDATE, DELETE, INSERT).
    int64_t affected() const;

private:
    friend class Connection;
    explicit Rows(pg_result *result);
    std::shared_ptr<pg_result> m_result;
};

/// One connection to a PostgreSQL server through libpq: statements with bound parameters,
/// errors as values with the server's message. The password (from the URI, ~/.pgpass or
/// PGPASSWORD, as libpq finds it) is never part of a message. One connection per thread.
class Connection {
public:
    Connection(Connection &&) noexcept = default;
    Connection &operator=(Connection &&) noexcept = default;
    ~Connection();

    /// Connects to a `postgresql://` URI (or libpq's key=value form); refused with the
    /// server's or the network's reason.
    static Result<Connection> open(const QString &uri);

    /// Runs one statement with $1, $2… bound to `parameters`.
    Result<Rows> exec(const QString &sql, const std::vector<Value> &parameters = {});
    /// Runs one or more statements without parameters (schema, settings).
    Status run(const QString &sql);

    /// The server's major version (15 for PostgreSQL 15).
    int serverMajorVersion() const;
    /// The URI connected to, without its password.
    QString displayUri() const { return m_displayUri; }

private:
    Connection(pg_conn *connection, QString displayUri);
    struct Closer {
        void operator()(pg_conn *connection) const;
    };
    std::unique_ptr<pg_conn, Closer> m_connection;
    QString m_displayUri;
};

/// A transaction: begun when made, rolled back unless committed.
class Transaction {
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begun() const { return m_begin; }
    Status commit();

private:
    Connection &m_connection;
    Status m_begin;
    bool m_active = false;
};

} // namespace ds::pg
