// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/mentions.h"

namespace ds::ingest {

struct MoneyFinderOptions {
    bool skipSharePrices = false; ///< leave out "$150 a share" instead of marking it
};

/// Finds every amount of money in a text in the press's forms ("$30 billion", "$30B",
/// "$1.25bn", "US$1.4tn", "45 billion dollar", "€15 million", "$5–10 billion",
/// "multibillion-dollar", "billions", "three hundred billion dollars"), with a qualifier in front
/// ("up to", "more than", "at least", "about", "nearly", "roughly", "between … and …"). Numbers
/// without a currency
/// ("7.5 times", "30 billion parameters") and percentages are not money. In text order.
std::vector<MoneyMention> findMoney(const QString &text, const MoneyFinderOptions &options = {});

/// Finds percentages ("27%", "27 percent", "27 per cent"); a stake when "stake" follows
/// within a few words ("a 27% stake", "27 percent of the shares").
std::vector<PercentMention> findPercents(const QString &text);

} // namespace ds::ingest
