// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"

#include <QHash>
#include <QStringList>

namespace ds {

class Store;

/// How much a source is used: its claims, those whose quote no longer stands in its text, and
/// whether the file holds its text.
struct SourceUse {
    int claims = 0;
    int orphaned = 0;
    bool hasText = false;
};

/// Every source's use, by source id (sources without claims or text are left out). Reads the
/// whole claims index: a second or so on a million deals, so run it on a worker.
Result<QHash<Id, SourceUse>> sourceUses(Store &store);

/// The companies' names (no aliases), sorted as people read them (case-insensitive).
Result<QStringList> companyNames(Store &store);

/// How many flows a company pays or receives.
Result<int64_t> flowCountOfCompany(Store &store, Id company);

/// A flow as people name it, "payer → payee" (see ds::flowLabel); empty when the flow or its
/// companies cannot be read.
QString flowLabel(Store &store, Id flow);

} // namespace ds
