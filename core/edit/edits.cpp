// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/edits.h"

#include "store/rowwrites.h"
#include "store/store.h"

#include <QCoreApplication>

namespace ds::edits {

namespace {

struct Edits {
    Q_DECLARE_TR_FUNCTIONS(Edits)
};

} // namespace

Status replaceClaim(Store &store, const Claim &claim) {
    Transaction tx(store);
    if (!tx.begun())
        return tx.begun();
    if (Status s = deleteRowsById(store, Table::Claims, {claim.id}); !s)
        return s;
    if (auto added = store.addClaim(claim); !added)
        return added.error();
    return tx.commit();
}

Status deleteClaim(Store &store, Id claim) {
    return deleteRowsById(store, Table::Claims, {claim});
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
    Transaction tx(store);
    if (!tx.begun())
        return tx.begun();
    if (Status s = writeCompanyDetails(store, company); !s)
        return s;
    if (Status s = removeAliasesOf(store, company.id); !s)
        return s;
    for (const QString &alias : company.aliases)
        if (Status a = store.addAlias(company.id, alias); !a)
            return a;
    return tx.commit();
}

Status updateFlow(Store &store, const Flow &flow) {
    if (const QString problem = flowProblem(flow); !problem.isEmpty())
        return Error{problem};
    return writeFlowDetails(store, flow);
}

namespace {

/// Where a merge keeps the rows it moved, for each place a row names a company.
std::vector<Id> Merge::*movedRows(CompanyReference where) {
    switch (where) {
    case CompanyReference::FlowPayer:
        return &Merge::payerFlows;
    case CompanyReference::FlowPayee:
        return &Merge::payeeFlows;
    case CompanyReference::ClaimCompany:
        return &Merge::companyClaims;
    case CompanyReference::ClaimCounterparty:
        return &Merge::counterpartyClaims;
    case CompanyReference::ClaimStatedPayer:
        return &Merge::statedPayerClaims;
    case CompanyReference::ClaimStatedPayee:
        break;
    }
    return &Merge::statedPayeeClaims;
}

} // namespace

Result<Merge> mergeCompanies(Store &store, Id from, Id into) {
    if (from == into)
        return Error{Edits::tr("A company cannot be merged into itself.")};
    auto source = store.company(from);
    auto target = store.company(into);
    if (!source || !target)
        return Error{Edits::tr("There is no such company.")};
    auto between = flowCountBetween(store, from, into);
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
    Transaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    for (CompanyReference where : kCompanyReferences) {
        auto rows = rowsNaming(store, where, from);
        if (!rows)
            return rows.error();
        merge.*movedRows(where) = *rows;
        if (Status s = setNamed(store, where, *rows, into); !s)
            return s.error();
    }
    if (Status s = deleteRowsById(store, Table::Companies, {from}); !s)
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
    Transaction tx(store);
    if (!tx.begun())
        return tx.begun();
    for (const QString &alias : merge.aliasesAdded)
        if (Status s = removeAlias(store, alias); !s)
            return s;
    if (auto added = store.addCompany(merge.from); !added) // with its id and aliases
        return added.error();
    for (CompanyReference where : kCompanyReferences)
        if (Status s = setNamed(store, where, merge.*movedRows(where), merge.from.id); !s)
            return s;
    return tx.commit();
}

Result<Id> addCompany(Store &store, const Company &company) {
    if (const QString problem = companyProblem(store, company); !problem.isEmpty())
        return Error{problem};
    Transaction tx(store);
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
    auto uses = usesOfCompany(store, company);
    if (!uses)
        return uses.error();
    if (*uses > 0)
        return Error{Edits::tr("This company still has %1 flows or claims: delete or move them "
                               "first (or merge the company into another).")
                         .arg(*uses)};
    return deleteRowsById(store, Table::Companies, {company});
}

} // namespace ds::edits
