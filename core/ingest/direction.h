// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/companyfinder.h"

namespace ds::ingest {

/// What a company sells: the directory's word, else what its kind says (a cloud sells cloud,
/// a chipmaker chips, a lab models, an investor capital). Nothing for an unknown company.
Sells sellsOf(const CompanyDictionary::Entry *entry);

/// Which way money runs in a deal of `kind` between two companies when the wording does not
/// say ("signed a deal with", "an agreement worth"): for compute the customer pays the one
/// further along Models → Cloud → Capacity (a lab pays a cloud, a cloud pays a GPU cloud);
/// for chips the buyer pays the chipmaker (then the server maker). True when `a` is paid by
/// `b`, false when `b` is paid by `a` or nothing tells them apart.
bool paidBy(FlowKind kind, const CompanyDictionary::Entry *a, const CompanyDictionary::Entry *b);
/// True when one of the two is the other's provider for `kind` (see paidBy).
bool orientable(FlowKind kind, const CompanyDictionary::Entry *a,
                const CompanyDictionary::Entry *b);

/// The kind of a deal whose sentence names none ("expanded its agreement by $6.5B"), from what
/// the two parties sell: chips when one makes chips, compute when one sells cloud or capacity
/// to the other; nothing when that does not tell.
std::optional<FlowKind> kindFromParties(const CompanyDictionary::Entry *a,
                                        const CompanyDictionary::Entry *b);

} // namespace ds::ingest
