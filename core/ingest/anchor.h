// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"

#include <vector>

namespace ds {
class Store;
}

namespace ds::ingest {

/// How a quote was found in a (new) text.
enum class AnchorMatch {
    Unchanged, ///< the quote stands at its offsets
    Exact,     ///< the quote's exact text stands once elsewhere: offsets moved
    Context,   ///< several places: the one whose surrounding text matches the quote's context
    Fuzzy,     ///< found once typography, spacing and case are ignored (the quote takes the text's
               ///< form)
    Orphaned   ///< not found: the quote keeps its offsets and is flagged
};

struct Anchor {
    AnchorMatch match = AnchorMatch::Orphaned;
    Quote quote; // with new offsets (and text, for fuzzy matches)
};

/// Finds a quote in a text: exact at its offsets, then exact elsewhere, then by context, then
/// fuzzily. Never guesses between equal candidates far apart.
Anchor anchorQuote(const Quote &quote, const QString &text);

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
