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

/// Why these values cannot be stored, or an empty string.
QString companyProblem(Store &store, const Company &company);
QString flowProblem(const Flow &flow);

} // namespace ds::edits
