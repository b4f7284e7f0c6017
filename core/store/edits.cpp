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

} // namespace ds::edits
