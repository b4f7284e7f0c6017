// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QLocale>
#include <QString>

namespace ds {

/// An amount in US dollars written for people reading in `locale` (by default the one the
/// application runs in), in the style chosen with setUsdStyle:
///   English and other languages: "$1.4T", "$30B", "$15M" ($1,400B in the billions style);
///   German: "1,4 Bio. $", "30 Mrd. $", "15 Mio. $" ("1.400 Mrd. $");
///   French: "1 400 Md$", "30 Md$", "15 M$" (French writes large sums in milliards);
///   Chinese: "1.4万亿美元", "300亿美元", "1500万美元" (units of 10⁴, 10⁸ and 10¹²).
/// In English it is exactly formatUsdCompact, the form Money::parse reads back; use it for
/// display only, never for files.
QString displayUsd(int64_t usd, const QLocale &locale = QLocale());

/// A stated amount for display: "up to $5B", "bis zu 5 Mrd. $", "最多50亿美元", "$5B–$10B".
/// In English it is exactly Money::format.
QString displayMoney(const Money &money, const QLocale &locale = QLocale());

} // namespace ds
