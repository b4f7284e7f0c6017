// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/batchinsert.h"

namespace ds::sql {

Result<BatchInsert> BatchInsert::prepare(Database &db, const QString &table,
                                         const QStringList &columns, int rowsPerBatch) {
    QStringList quoted;
    for (const QString &c : columns)
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
    const QString head =
        QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(table, quoted.join(QLatin1Char(',')));
    QStringList marks(columns.size(), QStringLiteral("?"));
    const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    BatchInsert batch(db, head, row, int(columns.size()), std::max(1, rowsPerBatch));
    // Prepare the full-batch statement now so that a bad table or column is reported early.
    if (auto st = batch.statementFor(batch.m_rowsPerBatch); !st)
        return st.error();
    batch.m_values.reserve(size_t(batch.m_columns * batch.m_rowsPerBatch));
    return batch;
}

BatchInsert &BatchInsert::add(int64_t value) {
    m_values.emplace_back(value);
    return *this;
}

BatchInsert &BatchInsert::add(const QByteArray &utf8) {
    m_values.emplace_back(utf8);
    return *this;
}

BatchInsert &BatchInsert::add(const std::optional<int64_t> &value) {
    if (value)
        m_values.emplace_back(*value);
    else
        m_values.emplace_back(std::monostate{});
    return *this;
}

BatchInsert &BatchInsert::addNull() {
    m_values.emplace_back(std::monostate{});
    return *this;
}

Status BatchInsert::endRow() {
    if (m_values.size() >= size_t(m_columns * m_rowsPerBatch))
        return flush();
    return {};
}

Result<Statement *> BatchInsert::statementFor(int rows) {
    auto build = [&](int n) {
        QString sql = m_head;
        for (int i = 0; i < n; ++i) {
            if (i)
                sql += QLatin1Char(',');
            sql += m_row;
        }
        return Statement::prepare(*m_db, sql);
    };
    if (rows == m_rowsPerBatch && m_full)
        return &*m_full;
    auto st = build(rows);
    if (!st)
        return st.error();
    if (rows == m_rowsPerBatch) {
        m_full = std::move(*st);
        return &*m_full;
    }
    m_partial = std::move(*st);
    return &*m_partial;
}

void BatchInsert::bindValue(Statement &st, int index, const Value &value) {
    if (const auto *i = std::get_if<int64_t>(&value))
        st.bind(index, *i);
    else if (const auto *text = std::get_if<QByteArray>(&value))
        st.bindStatic(index, *text);
    else
        st.bindNull(index);
}

Status BatchInsert::flush() {
    if (m_values.empty())
        return {};
    const int rows = int(m_values.size()) / m_columns;
    auto st = statementFor(rows);
    if (!st)
        return st.error();
    for (size_t i = 0; i < m_values.size(); ++i)
        bindValue(**st, int(i) + 1, m_values[i]);
    Status status = (*st)->exec();
    (*st)->reset();
    m_values.clear();
    return status;
}

} // namespace ds::sql
