// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/rowwrites.h"

#include <functional>

namespace ds {

namespace {

Status run(Store &store, const QString &sql, const std::function<void(sql::Statement &)> &bind) {
    auto st = sql::Statement::prepare(store.db(), sql);
    if (!st)
        return st.error();
    bind(*st);
    return st->exec();
}

/// A text column's value: NULL for an empty text.
QString orNull(const QString &text) {
    return text.isEmpty() ? QString() : text;
}

Result<std::vector<Id>> ids(Store &store, const QString &sql, Id parameter) {
    auto st = sql::Statement::prepare(store.db(), sql);
    if (!st)
        return st.error();
    st->bind(1, parameter);
    std::vector<Id> found;
    while (st->next())
        found.push_back(st->int64(0));
    if (!st->status())
        return st->status().error();
    return found;
}

std::pair<QLatin1String, QLatin1String> tableAndColumn(CompanyReference where) {
    switch (where) {
    case CompanyReference::FlowPayer:
        return {QLatin1String("flows"), QLatin1String("payer_id")};
    case CompanyReference::FlowPayee:
        return {QLatin1String("flows"), QLatin1String("payee_id")};
    case CompanyReference::ClaimCompany:
        return {QLatin1String("claims"), QLatin1String("company_id")};
    case CompanyReference::ClaimCounterparty:
        return {QLatin1String("claims"), QLatin1String("counterparty_id")};
    case CompanyReference::ClaimStatedPayer:
        return {QLatin1String("claims"), QLatin1String("stated_payer_id")};
    case CompanyReference::ClaimStatedPayee:
        break;
    }
    return {QLatin1String("claims"), QLatin1String("stated_payee_id")};
}

} // namespace

Status deleteRowsById(Store &store, Table table, const std::vector<Id> &rows) {
    if (rows.empty())
        return {};
    auto st = sql::Statement::prepare(
        store.db(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableName(table)));
    if (!st)
        return st.error();
    for (Id id : rows) {
        st->reset();
        st->bind(1, id);
        if (Status s = st->exec(); !s)
            return s;
    }
    return {};
}

Result<Id> largestId(Store &store, Table table) {
    return store.db().queryInt(
        QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(tableName(table)));
}

Status writeCompanyDetails(Store &store, const Company &company) {
    return run(store,
               QStringLiteral(
                   "UPDATE companies SET name = ?, kind = ?, country = ?, note = ? WHERE id = ?"),
               [&](sql::Statement &st) {
                   st.bind(1, company.name.trimmed());
                   st.bind(2, token(company.kind));
                   st.bind(3, orNull(company.country));
                   st.bind(4, orNull(company.note));
                   st.bind(5, company.id);
               });
}

Status removeAliasesOf(Store &store, Id company) {
    return run(store, QStringLiteral("DELETE FROM company_aliases WHERE company_id = ?"),
               [&](sql::Statement &st) { st.bind(1, company); });
}

Status removeAlias(Store &store, const QString &alias) {
    return run(store, QStringLiteral("DELETE FROM company_aliases WHERE alias = ?"),
               [&](sql::Statement &st) { st.bind(1, alias); });
}

Status writeFlowDetails(Store &store, const Flow &flow) {
    return run(store,
               QStringLiteral("UPDATE flows SET payer_id = ?, payee_id = ?, kind = ?, date = ?, "
                              "date_sort = ?, note = ? WHERE id = ?"),
               [&](sql::Statement &st) {
                   st.bind(1, flow.payerId);
                   st.bind(2, flow.payeeId);
                   st.bind(3, token(flow.kind));
                   st.bind(4, flow.date.isNull() ? QString() : flow.date.toString());
                   st.bind(5, flow.date.sortKey());
                   st.bind(6, orNull(flow.note));
                   st.bind(7, flow.id);
               });
}

Status writeDealDetails(Store &store, const Deal &deal) {
    return run(store,
               QStringLiteral("UPDATE deals SET title = ?, status = ?, announced = ?, "
                              "announced_sort = ?, note = ? WHERE id = ?"),
               [&](sql::Statement &st) {
                   st.bind(1, deal.title.trimmed());
                   st.bind(2, token(deal.status));
                   st.bind(3, deal.announced.isNull() ? QString() : deal.announced.toString());
                   st.bind(4, deal.announced.sortKey());
                   st.bind(5, orNull(deal.note));
                   st.bind(6, deal.id);
               });
}

Status writeSourceDetails(Store &store, const Source &source) {
    return run(store,
               QStringLiteral("UPDATE sources SET title = ?, publisher = ?, author = ?, url = ?, "
                              "published = ?, kind = ?, note = ?, language = ? WHERE id = ?"),
               [&](sql::Statement &st) {
                   int column = 1;
                   for (const QString *text :
                        {&source.title, &source.publisher, &source.author, &source.url})
                       st.bind(column++, orNull(text->trimmed()));
                   st.bind(column++,
                           source.published.isNull() ? QString() : source.published.toString());
                   st.bind(column++, orNull(source.kind));
                   st.bind(column++, orNull(source.note));
                   st.bind(column++, orNull(source.language.trimmed()));
                   st.bind(column, source.id);
               });
}

Result<std::vector<Id>> rowsNaming(Store &store, CompanyReference where, Id company) {
    const auto [table, column] = tableAndColumn(where);
    return ids(store, QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column), company);
}

Status setNamed(Store &store, CompanyReference where, const std::vector<Id> &rows, Id company) {
    const auto [table, column] = tableAndColumn(where);
    auto st = sql::Statement::prepare(
        store.db(), QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column));
    if (!st)
        return st.error();
    for (Id row : rows) {
        st->reset();
        st->bind(1, company);
        st->bind(2, row);
        if (Status s = st->exec(); !s)
            return s;
    }
    return {};
}

Result<int64_t> flowCountBetween(Store &store, Id a, Id b) {
    return store.db().queryInt(
        QStringLiteral("SELECT count(*) FROM flows WHERE (payer_id = %1 AND payee_id = %2) OR "
                       "(payer_id = %2 AND payee_id = %1)")
            .arg(a)
            .arg(b));
}

Result<int64_t> usesOfCompany(Store &store, Id company) {
    return store.db().queryInt(
        QStringLiteral("SELECT (SELECT count(*) FROM flows WHERE payer_id = %1 OR payee_id = %1) + "
                       "(SELECT count(*) FROM claims WHERE company_id = %1 OR counterparty_id = %1 "
                       "OR stated_payer_id = %1 OR stated_payee_id = %1)")
            .arg(company));
}

Result<std::vector<Id>> sourcesCiting(Store &store, Id source) {
    return ids(store, QStringLiteral("SELECT id FROM sources WHERE cites_id = ?"), source);
}

Result<std::vector<Id>> sourcesOfClaimsAfter(Store &store, Id claim) {
    return ids(store, QStringLiteral("SELECT DISTINCT source_id FROM claims WHERE id > ?"), claim);
}

} // namespace ds
