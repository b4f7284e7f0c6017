// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

namespace ds::analysis {

/// A plain-text citation of a claim: publisher, title, date and the quote, leaving out what is
/// unknown ("Gnoppix, “Microsoft, Nvidia and Anthropic close 45 billion dollar deal”,
/// c. Nov 2025: “Microsoft has finalized a monumental $45 billion investment in Anthropic”").
QString citationText(const Source &source, const Claim &claim);

} // namespace ds::analysis
