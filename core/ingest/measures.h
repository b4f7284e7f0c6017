// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/extraction.h"

namespace ds::ingest {

/// What an amount is, read from the words around it: a claim about a company (a valuation,
/// "valued at $40B", or a total, "bringing its total investment to $8B"), or an amount that is
/// not a payment between two parties (a share price, a market value, revenue, a product's
/// price, a company's own spending plan). "The deal is valued at $10B" is the deal's amount,
/// not a valuation.
struct AmountReading {
    std::optional<ClaimAttribute> attribute; ///< Valuation or Total; empty for an amount
    Measure measure = Measure::Payment;
};
AmountReading readAmount(const QString &text, const TextSpan &sentence, const TextSpan &figure,
                         bool sharePrice);

/// A spending plan with no one paid: "spend $80 billion on data centres this year", "invest
/// $500 billion in infrastructure". `after` is the text after the figure.
bool spendsOnProjects(const QString &after);

} // namespace ds::ingest
