// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/flowquery.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QStringList>

namespace ds {

namespace {

// Sort keys read without joins: with a million deals a join of flows, deals and companies
// costs seconds, while the default order (date) is read straight from an index.
QString orderBy(FlowQuery::Sort sort, bool descending) {
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString key;
    switch (sort) {
    case FlowQuery::Sort::Deal:
        key = QStringLiteral("(SELECT d.title FROM deals d WHERE d.id = f.deal_id) COLLATE NOCASE");
        break;
    case FlowQuery::Sort::Payer:
        key = QStringLiteral("(SELECT c.name FROM companies c WHERE c.id = f.payer_id) COLLATE "
                             "NOCASE");
        break;
    case FlowQuery::Sort::Payee:
        key = QStringLiteral("(SELECT c.name FROM companies c WHERE c.id = f.payee_id) COLLATE "
                             "NOCASE");
        break;
    case FlowQuery::Sort::Kind:
        key = QStringLiteral("f.kind");
        break;
    case FlowQuery::Sort::Amount:
        key = QStringLiteral("(SELECT max(coalesce(c.usd_max, c.usd_min)) FROM claims c WHERE "
                             "c.flow_id = f.id AND c.attribute = 'amount')");
        break;
    case FlowQuery::Sort::Status:
        key = QStringLiteral("(SELECT d.status FROM deals d WHERE d.id = f.deal_id)");
        break;
    case FlowQuery::Sort::Sources:
        key = QStringLiteral("(SELECT count(DISTINCT c.source_id) FROM claims c WHERE c.flow_id "
                             "= f.id)");
        break;
    case FlowQuery::Sort::Date:
        key = QStringLiteral("f.date_sort");
        break;
    }
    return QStringLiteral("%1 %2, f.id %2").arg(key, dir);
}

QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// "'equity','compute'": tokens come from the enums, never from the user; an empty list
// matches nothing.
template <typename E> QString tokenList(const std::vector<E> &values) {
    QStringList tokens;
    for (E v : values)
        tokens << QLatin1Char('\'') + token(v) + QLatin1Char('\'');
    return tokens.isEmpty() ? QStringLiteral("NULL") : tokens.join(QLatin1Char(','));
}

/// Installs `cancelled` as the connection's progress handler for as long as it lives.
class CancelGuard {
public:
    CancelGuard(sql::Database &db, const std::function<bool()> &cancelled)
        : m_db(db)
        , m_cancelled(cancelled) {
        if (m_cancelled)
            m_db.setProgressHandler(
                10000,
                [](void *self) -> int {
                    return static_cast<CancelGuard *>(self)->m_cancelled() ? 1 : 0;
                },
                this);
    }
    ~CancelGuard() {
        if (m_cancelled)
            m_db.setProgressHandler(0, nullptr, nullptr);
    }
    CancelGuard(const CancelGuard &) = delete;
    CancelGuard &operator=(const CancelGuard &) = delete;

private:
    sql::Database &m_db;
    const std::function<bool()> &m_cancelled;
};

} // namespace

Result<std::vector<Id>> flowIds(Store &store, const FlowQuery &q,
                                const std::function<bool()> &cancelled) {
    QStringList where;
    if (!q.text.isEmpty())
        where << QStringLiteral(
            "(f.deal_id IN (SELECT id FROM deals WHERE title LIKE ?1 ESCAPE '\\') OR "
            "f.payer_id IN (SELECT id FROM companies WHERE name LIKE ?1 ESCAPE '\\') OR "
            "f.payee_id IN (SELECT id FROM companies WHERE name LIKE ?1 ESCAPE '\\'))");
    if (q.company)
        where << QStringLiteral("(f.payer_id = ?2 OR f.payee_id = ?2)");
    if (q.kinds)
        where << QStringLiteral("f.kind IN (%1)").arg(tokenList(*q.kinds));
    if (q.statuses)
        where << QStringLiteral("f.deal_id IN (SELECT id FROM deals WHERE status IN (%1))")
                     .arg(tokenList(*q.statuses));
    if (q.years)
        where << QStringLiteral("f.date_sort BETWEEN %1 AND %2")
                     .arg(q.years->first * 10000)
                     .arg(q.years->second * 10000 + 9999);
    const QString sql =
        QStringLiteral("SELECT f.id FROM flows f %1 ORDER BY %2")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                 orderBy(q.sort, q.descending));
    CancelGuard guard(store.db(), cancelled);
    auto st = sql::Statement::prepare(store.db(), sql);
    if (!st)
        return st.error();
    if (!q.text.isEmpty())
        st->bind(1, likePattern(q.text.trimmed()));
    if (q.company)
        st->bind(2, *q.company);
    std::vector<Id> ids;
    while (st->next())
        ids.push_back(st->int64(0));
    if (!st->status()) {
        if (cancelled && cancelled())
            return Error{QCoreApplication::translate("ds::Store", "The query was cancelled.")};
        return st->status().error();
    }
    return ids;
}

Result<std::vector<FlowRow>> flowRows(Store &store, const std::vector<Id> &flows) {
    auto st = sql::Statement::prepare(
        store.db(),
        QStringLiteral(
            "SELECT f.id, f.deal_id, f.date, d.title, p.name, q.name, f.kind, "
            "(SELECT c.stated FROM claims c WHERE c.flow_id = f.id AND c.attribute = "
            "'amount' ORDER BY CASE c.rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 "
            "ELSE 2 END, c.stated GLOB '*[0-9]*' DESC, c.id LIMIT 1), "
            "d.status, (SELECT count(DISTINCT c.source_id) FROM claims c WHERE c.flow_id = "
            "f.id), f.payer_id, f.payee_id "
            "FROM flows f JOIN deals d ON d.id = f.deal_id JOIN companies p ON p.id = "
            "f.payer_id JOIN companies q ON q.id = f.payee_id WHERE f.id = ?"));
    if (!st)
        return st.error();
    std::vector<FlowRow> rows;
    rows.reserve(flows.size());
    for (const Id id : flows) {
        st->reset();
        st->bind(1, id);
        FlowRow r;
        r.flowId = id;
        if (!st->next()) {
            if (!st->status())
                return st->status().error();
            rows.push_back(std::move(r)); // gone since the ids were read
            continue;
        }
        r.dealId = st->int64(1);
        r.date = PartialDate::parse(st->text(2)).value_or(PartialDate());
        r.deal = st->text(3);
        r.payer = st->text(4);
        r.payee = st->text(5);
        r.kind = fromToken<FlowKind>(st->text(6)).value_or(FlowKind::Equity);
        r.amount = st->text(7);
        r.status = fromToken<DealStatus>(st->text(8)).value_or(DealStatus::Announced);
        r.sources = st->integer(9);
        r.payerId = st->int64(10);
        r.payeeId = st->int64(11);
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace ds
