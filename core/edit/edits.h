// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"

namespace ds {
class Store;
}

namespace ds::edits {

/// Writes that change what is there (the undo commands' building blocks). Each is one
/// transaction; on an error nothing changes.

/// A claim as given (same id): its values, rank, quote. Removing it first and adding it again
/// keeps every column in step with Store::addClaim.
Status replaceClaim(Store &store, const Claim &claim);
/// Removes a claim; `restoreClaim` adds it back with its id.
Status deleteClaim(Store &store, Id claim);
Status restoreClaim(Store &store, const Claim &claim);

/// A company's name, kind, country, note and aliases.
Status updateCompany(Store &store, const Company &company);
/// A flow's payer, payee, kind, date and note (its deal and claims stay).
Status updateFlow(Store &store, const Flow &flow);

/// Adds a company with its aliases (with its id when it has one, to take a deletion back);
/// returns its id.
Result<Id> addCompany(Store &store, const Company &company);
/// Deletes a company that no flow or claim refers to (with its aliases); refused otherwise.
Status deleteCompany(Store &store, Id company);

/// What merging one company into another moved, so that it can be taken back.
struct Merge {
    Company from; // with its aliases, as it was
    Id into = 0;
    std::vector<Id> payerFlows, payeeFlows;
    std::vector<Id> companyClaims, counterpartyClaims, statedPayerClaims, statedPayeeClaims;
    QStringList aliasesAdded; // to `into`: the merged company's name and aliases
};

/// Merges `from` into `into`: its flows and claims move to `into`, its name and aliases become
/// aliases of `into`, and it is deleted. Refused (nothing changes) when the two trade with
/// each other (a flow would pay itself).
Result<Merge> mergeCompanies(Store &store, Id from, Id into);
/// Takes a merge back: the company again with its id, aliases, flows and claims.
Status unmergeCompanies(Store &store, const Merge &merge);

/// Why these values cannot be stored, or an empty string.
QString companyProblem(Store &store, const Company &company);
QString flowProblem(const Flow &flow);

} // namespace ds::edits
