// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"
#include "store/store.h"

#include <QString>

#include <vector>

namespace ds {

// Typed single-statement writes and checks for the edits in core/edit, which group them in
// one transaction each. Values are stored as given: the edits check them first.

/// Deletes the rows with these ids from one table (none: nothing happens).
Status deleteRowsById(Store &store, Table table, const std::vector<Id> &ids);
/// The largest id in a table (0 when it is empty): rows added later have larger ones.
Result<Id> largestId(Store &store, Table table);

/// A company's name, kind, country and note (not its aliases).
Status writeCompanyDetails(Store &store, const Company &company);
Status removeAliasesOf(Store &store, Id company);
Status removeAlias(Store &store, const QString &alias);
/// A flow's payer, payee, kind, date and note.
Status writeFlowDetails(Store &store, const Flow &flow);
/// A deal's title, status, announcement date and note.
Status writeDealDetails(Store &store, const Deal &deal);
/// A source's title, publisher, author, address, date, kind, note and language (not its text).
Status writeSourceDetails(Store &store, const Source &source);

/// The places a row names a company (what merging one company into another moves).
enum class CompanyReference {
    FlowPayer,
    FlowPayee,
    ClaimCompany,
    ClaimCounterparty,
    ClaimStatedPayer,
    ClaimStatedPayee
};
inline constexpr CompanyReference kCompanyReferences[] = {
    CompanyReference::FlowPayer,        CompanyReference::FlowPayee,
    CompanyReference::ClaimCompany,     CompanyReference::ClaimCounterparty,
    CompanyReference::ClaimStatedPayer, CompanyReference::ClaimStatedPayee};
/// The flows or claims that name the company in that place.
Result<std::vector<Id>> rowsNaming(Store &store, CompanyReference where, Id company);
/// Makes these flows or claims name `company` in that place.
Status setNamed(Store &store, CompanyReference where, const std::vector<Id> &rows, Id company);

/// How many flows run between two companies, either way.
Result<int64_t> flowCountBetween(Store &store, Id a, Id b);
/// How many flows and claims name the company anywhere.
Result<int64_t> usesOfCompany(Store &store, Id company);
/// The sources that cite this one.
Result<std::vector<Id>> sourcesCiting(Store &store, Id source);
/// The sources of the claims with ids above `claim`.
Result<std::vector<Id>> sourcesOfClaimsAfter(Store &store, Id claim);

} // namespace ds
