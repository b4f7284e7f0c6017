// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

namespace ds::pg {

namespace {

struct Pg {
    Q_DECLARE_TR_FUNCTIONS(Pg)
};

/// libpq's message, trimmed of its trailing line break.
QString messageOf(const char *text) {
    return QString::fromUtf8(text).trimmed();
}

} // namespace

QString redactedUri(const QString &uri) {
    QString shown = uri;
    const QUrl url(uri, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.password().isEmpty()) {
        QUrl copy = url;
        copy.setPassword(QString());
        shown = copy.toString();
    }
    // A password given as an option, in the URI's query or in key=value form.
    static const QRegularExpression option(QStringLiteral("(password\\s*=\\s*)('[^']*'|[^&\\s]*)"),
                                           QRegularExpression::CaseInsensitiveOption);
    shown.replace(option, QStringLiteral("\\1***"));
    return shown;
}

Rows::Rows(pg_result *result)
    : m_result(result, PQclear) {
}

int Rows::count() const {
    return PQntuples(m_result.get());
}

int Rows::columns() const {
    return PQnfields(m_result.get());
}

bool Rows::isNull(int row, int column) const {
    return PQgetisnull(m_result.get(), row, column) == 1;
}

QString Rows::text(int row, int column) const {
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                             PQgetlength(m_result.get(), row, column));
}

int64_t Rows::int64(int row, int column) const {
    return QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong();
}

int64_t Rows::affected() const {
    return QByteArray(PQcmdTuples(m_result.get())).toLongLong();
}

void Connection::Closer::operator()(pg_conn *connection) const {
    PQfinish(connection);
}

Connection::Connection(pg_conn *connection, QString displayUri)
    : m_connection(connection)
    , m_displayUri(std::move(displayUri)) {
}

Connection::~Connection() = default;

Result<Connection> Connection::open(const QString &uri) {
    const QByteArray info = uri.toUtf8();
    pg_conn *connection = PQconnectdb(info.constData());
    if (!connection)
        return Error{Pg::tr("Cannot connect to %1: out of memory.").arg(redactedUri(uri))};
    if (PQstatus(connection) != CONNECTION_OK) {
        const QString why = messageOf(PQerrorMessage(connection));
        PQfinish(connection);
        return Error{Pg::tr("Cannot connect to %1: %2").arg(redactedUri(uri), why)};
    }
    // Text in and out as UTF-8, whatever the server's or the client's locale.
    if (PQsetClientEncoding(connection, "UTF8") != 0) {
        const QString why = messageOf(PQerrorMessage(connection));
        PQfinish(connection);
        return Error{Pg::tr("Cannot talk UTF-8 with %1: %2").arg(redactedUri(uri), why)};
    }
    return Connection(connection, redactedUri(uri));
}

Result<Rows> Connection::exec(const QString &sql, const std::vector<Value> &parameters) {
    std::vector<QByteArray> bytes;
    bytes.reserve(parameters.size());
    std::vector<const char *> values;
    values.reserve(parameters.size());
    for (const Value &v : parameters) {
        if (!v) {
            values.push_back(nullptr);
            continue;
        }
        bytes.push_back(v->toUtf8());
        values.push_back(bytes.back().constData());
    }
    const QByteArray text = sql.toUtf8();
    Rows rows(PQexecParams(m_connection.get(), text.constData(), int(values.size()), nullptr,
                           values.data(), nullptr, nullptr, 0));
    if (!rows.m_result)
        return Error{messageOf(PQerrorMessage(m_connection.get()))};
    const ExecStatusType status = PQresultStatus(rows.m_result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return Error{messageOf(PQresultErrorMessage(rows.m_result.get()))};
    return rows;
}

Status Connection::run(const QString &sql) {
    const QByteArray text = sql.toUtf8();
    std::shared_ptr<pg_result> result(PQexec(m_connection.get(), text.constData()), PQclear);
    if (!result)
        return Error{messageOf(PQerrorMessage(m_connection.get()))};
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return Error{messageOf(PQresultErrorMessage(result.get()))};
    return {};
}

int Connection::serverMajorVersion() const {
    return PQserverVersion(m_connection.get()) / 10000;
}

Transaction::Transaction(Connection &connection)
    : m_connection(connection) {
    m_begin = m_connection.run(QStringLiteral("BEGIN"));
    m_active = m_begin.ok();
}

Transaction::~Transaction() {
    if (m_active)
        (void)m_connection.run(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit() {
    if (!m_active)
        return m_begin.ok() ? Status(Error{QCoreApplication::translate(
                                  "ds::Database", "The transaction has already ended.")})
                            : m_begin;
    m_active = false;
    return m_connection.run(QStringLiteral("COMMIT"));
}

} // namespace ds::pg
