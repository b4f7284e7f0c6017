// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace ds::sql {

/// Inserts rows many at a time ("INSERT ... VALUES (...), (...), ..."): for bulk loads,
/// several times faster than one statement per row. Call flush() before committing.
class BatchInsert {
public:
    static Result<BatchInsert> prepare(Database &db, const QString &table,
                                       const QStringList &columns, int rowsPerBatch = 64);

    BatchInsert &add(int64_t value);
    BatchInsert &add(const QByteArray &utf8);
    BatchInsert &add(const std::optional<int64_t> &value);
    BatchInsert &addNull();
    /// Ends the current row; runs the batch when it is full.
    Status endRow();
    /// Runs what is buffered.
    Status flush();

private:
    using Value = std::variant<std::monostate, int64_t, QByteArray>;
    BatchInsert(Database &db, QString sqlHead, QString rowPlaceholder, int columns, int rows)
        : m_db(&db)
        , m_head(std::move(sqlHead))
        , m_row(std::move(rowPlaceholder))
        , m_columns(columns)
        , m_rowsPerBatch(rows) {}
    Result<Statement *> statementFor(int rows);
    static void bindValue(Statement &st, int index, const Value &value);

    Database *m_db;
    QString m_head;
    QString m_row;
    int m_columns;
    int m_rowsPerBatch;
    std::vector<Value> m_values;
    std::optional<Statement> m_full;
    std::optional<Statement> m_partial; // the last, shorter batch
};

} // namespace ds::sql
