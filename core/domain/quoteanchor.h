// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

namespace ds {

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

} // namespace ds
