// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/quoteanchor.h"
#include "domain/types.h"
#include "error.h"

#include <vector>

namespace ds {
class Store;
}

namespace ds::ingest {

struct AttachSummary {
    int unchanged = 0;
    int exact = 0;
    int context = 0;
    int fuzzy = 0;
    int orphaned = 0;
    std::vector<Id> orphanedClaims;
};

/// Attaches a text to a source (replacing any earlier one) and re-anchors every quote of the
/// source's claims, in one transaction. Quotes that no longer match are flagged orphaned and
/// keep their offsets; they are never moved silently.
Result<AttachSummary> attachText(Store &store, Id sourceId, const QString &text);

} // namespace ds::ingest
