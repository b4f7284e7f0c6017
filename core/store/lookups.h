// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"
#include "store/sqlite.h"

#include <QHash>

#include <optional>
#include <unordered_map>
#include <vector>

namespace ds {

class Store;

/// What the graph needs of a company: its id, name and kind.
struct CompanyHead {
    Id id = 0;
    QString name;
    CompanyKind kind = CompanyKind::Other;
};
/// Every company's head, in id order.
Result<std::vector<CompanyHead>> companyHeads(Store &store);
/// Every company's name by id (no aliases).
Result<QHash<Id, QString>> companyNamesById(Store &store);
/// Every deal's status by id.
Result<std::unordered_map<Id, DealStatus>> dealStatuses(Store &store);

/// The smallest and largest flow id (both 0 in a file without flows), to split a scan of the
/// flows between threads.
struct IdRange {
    Id low = 0;
    Id high = 0;
};
Result<IdRange> flowIdRange(Store &store);

/// What a deal is called and how far it has got.
struct DealHead {
    DealStatus status = DealStatus::Announced;
    QString title;
};

/// Reads by id that a loop repeats many times (a company's name, a deal's head, a stake
/// between two companies): each statement is prepared once. Holds the store's connection:
/// use it on the store's thread and drop it before the store.
class Lookups {
public:
    static Result<Lookups> prepare(Store &store);

    /// The company's name; empty when there is none with this id.
    QString companyName(Id company);
    std::optional<DealHead> deal(Id deal);
    /// The stake percentage claimed between two companies (either way round, not deprecated,
    /// preferred claims first), as a flow of the pair may not carry one itself.
    std::optional<double> pairStakePercent(Id a, Id b);

private:
    Lookups() = default;
    sql::Statement m_name, m_deal, m_pairStake;
};

} // namespace ds
