// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace ds {

/// How a stated amount relates to the true one.
enum class Qualifier { Exact, UpTo, AtLeast, About, Range };

QString qualifierToken(Qualifier q); // "exact", "up_to", "at_least", "about", "range"
std::optional<Qualifier> qualifierFromToken(const QString &token);
std::optional<Qualifier> qualifierFromToken(QLatin1String token);

/// An amount of money as a source states it: its USD value as whole dollars (min and max;
/// "up to X" is [0, X], "at least X" is [X, unbounded)), the qualifier, the original currency
/// and the original text.
struct Money {
    int64_t minUsd = 0;
    std::optional<int64_t> maxUsd = 0; // nullopt: no upper bound ("at least", "more than")
    Qualifier qualifier = Qualifier::Exact;
    QString currency = QStringLiteral("USD");
    QString stated; // the text as the source wrote it, e.g. "up to $5 billion"

    static Money exact(int64_t usd);
    static Money upTo(int64_t usd);
    static Money atLeast(int64_t usd);
    static Money about(int64_t usd);
    static Money range(int64_t minUsd, int64_t maxUsd);

    /// The value a chart should draw: the max when bounded, else the min.
    int64_t representativeUsd() const { return maxUsd.value_or(minUsd); }

    /// Parses the press's forms: "$30 billion", "$30B", "$1.25bn", "US$1.4tn",
    /// "45 billion dollar", "€15 million", "$5–10 billion", "up to $5 billion",
    /// "more than $2B", "about $3 billion", "multibillion-dollar". Non-USD amounts are
    /// converted with fixed reference rates (see usdPerUnit).
    static std::optional<Money> parse(const QString &text);

    /// Compact English form that parse() reads back to the same value:
    /// "$30B", "up to $5B", "$5B–$10B", "at least $2B", "about $3B", "$1.4T".
    QString format() const;

    /// Same value, qualifier, currency and stated text.
    bool operator==(const Money &) const = default;
    /// Same value and qualifier (the stated text and currency are not compared).
    bool sameValue(const Money &other) const {
        return minUsd == other.minUsd && maxUsd == other.maxUsd && qualifier == other.qualifier;
    }
};

/// How large amounts are written: in the largest unit ("$1.4T") or, from a billion up, in
/// billions ("$1,400B"), as the user prefers. Smaller amounts are the same in both.
enum class UsdStyle { Compact, Billions };
void setUsdStyle(UsdStyle style);
UsdStyle usdStyle();

/// Formats a whole-dollar amount compactly ("$1.4T", "$30B", "$15M", "$950K", "$12"), in the
/// chosen style; Money::parse reads either back.
QString formatUsdCompact(int64_t usd);

/// `value / unit` as a decimal with no trailing zeros ("1.25"), computed exactly.
QString trimmedDecimal(int64_t value, int64_t unit);

/// Reference rate used to convert a currency to USD (1 unit = rate USD); nullopt if unknown.
std::optional<double> usdPerUnit(const QString &currency);

} // namespace ds
