// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "store/store.h"

#include <QByteArray>

namespace ds::json {

/// What an import added or merged.
struct ImportSummary {
    int companiesAdded = 0;
    int companiesMerged = 0; // already present by name or alias
    int sourcesAdded = 0;
    int sourcesMerged = 0; // already present by key
    int dealsAdded = 0;
    int flowsAdded = 0;
    int claimsAdded = 0;
};

/// Writes the whole store as one JSON document (the format documented in the README).
/// Keys are sorted and ids kept, so the output is stable.
Result<QByteArray> exportStore(Store &store);

/// Reads a document written by exportStore (or the sample dataset) into the store, in one
/// transaction: on any error nothing is written. Companies are matched by name or alias and
/// sources by key; deals, flows and claims are added. With dryRun the transaction is rolled
/// back after counting, to preview the summary.
Result<ImportSummary> importDocument(Store &store, const QByteArray &json, bool dryRun = false);

/// The format version written to and accepted from the "version" key.
inline constexpr int kFormatVersion = 1;

} // namespace ds::json
