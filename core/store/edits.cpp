// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/edits.h"

#include "store/store.h"

#include <QCoreApplication>

namespace ds::edits {

namespace {

struct Edits {
    Q_DECLARE_TR_FUNCTIONS(Edits)
};

Status run(Store &store, const QString &sql, const std::function<void(sql::Statement &)> &bind) {
    auto st = sql::Statement::prepare(store.db(), sql);
    if (!st)
        return st.error();
    bind(*st);
    return st->exec();
}

} // namespace

Status replaceClaim(Store &store, const Claim &claim) {
    sql::Transaction tx(store.db());
    if (!tx.begun())
        return tx.begun();
    if (Status s = run(store, QStringLiteral("DELETE FROM claims WHERE id = ?"),
                       [&](sql::Statement &st) { st.bind(1, claim.id); });
        !s)
        return s;
    if (auto added = store.addClaim(claim); !added)
        return added.error();
    return tx.commit();
}

Status deleteClaim(Store &store, Id claim) {
    return run(store, QStringLiteral("DELETE FROM claims WHERE id = ?"),
               [&](sql::Statement &st) { st.bind(1, claim); });
}

Status restoreClaim(Store &store, const Claim &claim) {
    auto added = store.addClaim(claim);
    return added ? Status() : Status(added.error());
}

QString companyProblem(Store &store, const Company &company) {
    if (company.name.trimmed().isEmpty())
        return Edits::tr("A company needs a name.");
    QStringList names = company.aliases;
    names.prepend(company.name);
    for (const QString &name : names) {
        auto other = store.companyIdByName(name);
        if (other && *other && **other != company.id)
            return Edits::tr("“%1” already names another company.").arg(name.trimmed());
    }
    for (qsizetype i = 0; i < company.aliases.size(); ++i)
        if (company.aliases[i].trimmed().isEmpty() ||
            company.aliases.indexOf(company.aliases[i]) != i ||
            company.aliases[i].compare(company.name, Qt::CaseInsensitive) == 0)
            return Edits::tr("Aliases must be different from each other and from the name.");
    return {};
}

QString flowProblem(const Flow &flow) {
    if (flow.payerId == flow.payeeId)
        return Edits::tr("A flow's payer cannot be its payee.");
    if (flow.payerId <= 0 || flow.payeeId <= 0)
        return Edits::tr("A flow needs a payer and a payee.");
    return {};
}

Status updateCompany(Store &store, const Company &company) {
    if (const QString problem = companyProblem(store, company); !problem.isEmpty())
        return Error{problem};
    sql::Transaction tx(store.db());
    if (!tx.begun())
        return tx.begun();
    Status s = run(store,
                   QStringLiteral("UPDATE companies SET name = ?, kind = ?, country = ?, note = ? "
                                  "WHERE id = ?"),
                   [&](sql::Statement &st) {
                       st.bind(1, company.name.trimmed());
                       st.bind(2, token(company.kind));
                       st.bind(3, company.country.isEmpty() ? QString() : company.country);
                       st.bind(4, company.note.isEmpty() ? QString() : company.note);
                       st.bind(5, company.id);
                   });
    if (!s)
        return s;
    s = run(store, QStringLiteral("DELETE FROM company_aliases WHERE company_id = ?"),
            [&](sql::Statement &st) { st.bind(1, company.id); });
    if (!s)
        return s;
    for (const QString &alias : company.aliases)
        if (Status a = store.addAlias(company.id, alias); !a)
            return a;
    return tx.commit();
}

Status updateFlow(Store &store, const Flow &flow) {
    if (const QString problem = flowProblem(flow); !problem.isEmpty())
        return Error{problem};
    return run(store,
               QStringLiteral("UPDATE flows SET payer_id = ?, payee_id = ?, kind = ?, date = ?, "
                              "date_sort = ?, note = ? WHERE id = ?"),
               [&](sql::Statement &st) {
                   st.bind(1, flow.payerId);
                   st.bind(2, flow.payeeId);
                   st.bind(3, token(flow.kind));
                   st.bind(4, flow.date.isNull() ? QString() : flow.date.toString());
                   st.bind(5, flow.date.sortKey());
                   st.bind(6, flow.note.isEmpty() ? QString() : flow.note);
                   st.bind(7, flow.id);
               });
}

namespace {

Result<std::vector<Id>> idsWhere(Store &store, const QString &sql, Id company) {
    auto st = sql::Statement::prepare(store.db(), sql);
    if (!st)
        return st.error();
    st->bind(1, company);
    std::vector<Id> ids;
    while (st->next())
        ids.push_back(st->int64(0));
    if (!st->status())
        return st->status().error();
    return ids;
}

Status setColumn(Store &store, const QString &table, const QString &column,
                 const std::vector<Id> &rows, Id value) {
    auto st = sql::Statement::prepare(
        store.db(), QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column));
    if (!st)
        return st.error();
    for (Id row : rows) {
        st->reset();
        st->bind(1, value);
        st->bind(2, row);
        if (Status s = st->exec(); !s)
            return s;
    }
    return {};
}

struct Moved {
    const char *table;
    const char *column;
    std::vector<Id> Merge::*rows;
};

const std::vector<Moved> &movedColumns() {
    static const std::vector<Moved> columns = {
        {"flows", "payer_id", &Merge::payerFlows},
        {"flows", "payee_id", &Merge::payeeFlows},
        {"claims", "company_id", &Merge::companyClaims},
        {"claims", "counterparty_id", &Merge::counterpartyClaims},
        {"claims", "stated_payer_id", &Merge::statedPayerClaims},
        {"claims", "stated_payee_id", &Merge::statedPayeeClaims},
    };
    return columns;
}

} // namespace

Result<Merge> mergeCompanies(Store &store, Id from, Id into) {
    if (from == into)
        return Error{Edits::tr("A company cannot be merged into itself.")};
    auto source = store.company(from);
    auto target = store.company(into);
    if (!source || !target)
        return Error{Edits::tr("There is no such company.")};
    auto between = store.db().queryInt(
        QStringLiteral("SELECT count(*) FROM flows WHERE (payer_id = %1 AND payee_id = %2) OR "
                       "(payer_id = %2 AND payee_id = %1)")
            .arg(from)
            .arg(into));
    if (!between)
        return between.error();
    if (*between > 0)
        return Error{Edits::tr("%1 and %2 have flows between them (%3): merged, a company would "
                               "pay itself. Delete or change those flows first.")
                         .arg(source->name, target->name)
                         .arg(*between)};
    Merge merge;
    merge.from = *source;
    merge.into = into;
    sql::Transaction tx(store.db());
    if (!tx.begun())
        return tx.begun().error();
    for (const Moved &m : movedColumns()) {
        auto ids = idsWhere(store,
                            QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                                .arg(QLatin1String(m.table), QLatin1String(m.column)),
                            from);
        if (!ids)
            return ids.error();
        merge.*m.rows = *ids;
        if (Status s =
                setColumn(store, QLatin1String(m.table), QLatin1String(m.column), *ids, into);
            !s)
            return s.error();
    }
    if (Status s = run(store, QStringLiteral("DELETE FROM companies WHERE id = ?"),
                       [&](sql::Statement &st) { st.bind(1, from); });
        !s)
        return s.error();
    QStringList names = source->aliases;
    names.prepend(source->name);
    for (const QString &name : names) {
        if (Status s = store.addAlias(into, name); !s)
            return s.error();
        merge.aliasesAdded << name;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return merge;
}

Status unmergeCompanies(Store &store, const Merge &merge) {
    sql::Transaction tx(store.db());
    if (!tx.begun())
        return tx.begun();
    for (const QString &alias : merge.aliasesAdded)
        if (Status s = run(store, QStringLiteral("DELETE FROM company_aliases WHERE alias = ?"),
                           [&](sql::Statement &st) { st.bind(1, alias); });
            !s)
            return s;
    if (auto added = store.addCompany(merge.from); !added) // with its id and aliases
        return added.error();
    for (const Moved &m : movedColumns())
        if (Status s = setColumn(store, QLatin1String(m.table), QLatin1String(m.column),
                                 merge.*m.rows, merge.from.id);
            !s)
            return s;
    return tx.commit();
}

Result<Id> addCompany(Store &store, const Company &company) {
    if (const QString problem = companyProblem(store, company); !problem.isEmpty())
        return Error{problem};
    sql::Transaction tx(store.db());
    if (!tx.begun())
        return tx.begun().error();
    Company c = company;
    c.name = c.name.trimmed();
    auto id = store.addCompany(c); // with its aliases
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status deleteCompany(Store &store, Id company) {
    auto uses = store.db().queryInt(
        QStringLiteral("SELECT (SELECT count(*) FROM flows WHERE payer_id = %1 OR payee_id = %1) + "
                       "(SELECT count(*) FROM claims WHERE company_id = %1 OR counterparty_id = %1 "
                       "OR stated_payer_id = %1 OR stated_payee_id = %1)")
            .arg(company));
    if (!uses)
        return uses.error();
    if (*uses > 0)
        return Error{Edits::tr("This company still has %1 flows or claims: delete or move them "
                               "first (or merge the company into another).")
                         .arg(*uses)};
    return run(store, QStringLiteral("DELETE FROM companies WHERE id = ?"),
               [&](sql::Statement &st) { st.bind(1, company); });
}

} // namespace ds::edits
