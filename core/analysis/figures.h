// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/sources.h"
#include "domain/types.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ds::analysis {

/// The kinds of disagreement between sources.
/// The kinds of disagreement between sources. Status: sources state different stages of the
/// deal (announced, completed…) where neither can be an earlier stage of the other.
enum class Disagreement { Amount, Direction, Attribution, Date, Existence, Status };
inline constexpr size_t kDisagreementKinds = 6;
QString token(Disagreement d); // "amount", "direction", ...
QString displayName(Disagreement d);

/// How one claim stands towards the figure derived from all of them.
enum class Verdict {
    Agrees,     ///< counted, and its value agrees with the figure
    Disagrees,  ///< counted, and its value (or direction, payer, date) disagrees
    NotCounted, ///< ranked deprecated: shown, not counted
    NoValue     ///< says nothing about the value (e.g. only that the flow exists)
};
QString token(Verdict v);
QString displayName(Verdict v);

struct ClaimAssessment {
    Claim claim;
    Verdict verdict = Verdict::NoValue;
    QList<Disagreement> conflicts; // what this claim disagrees on
    QString source;                // the source's label for people
};

/// A figure: never stored, always derived from the claims of a flow, a deal's headline total
/// or a company's valuation, stake or total investment in another company.
struct Figure {
    enum class Subject { Flow, DealTotal, Company };
    Subject subject = Subject::Flow;
    Id subjectId = 0; // the flow, deal or company
    ClaimAttribute attribute = ClaimAttribute::Amount;
    std::optional<Id> counterpartyId;

    /// The consensus value, or the range of the claimed values when disputed; empty when no
    /// counted claim states a value.
    std::optional<Money> value;
    bool disputed = false;
    QList<Disagreement> disagreements;
    int sources = 0;            // distinct sources among the counted claims
    int independentSources = 0; // distinct sources once citations are followed
    QString explanation;
    std::vector<ClaimAssessment> claims;
};

/// What a figure counts for when figures are added up (company totals, cumulative capital,
/// cycles): its value ("up to $5 billion": 5 billion), a disputed one at its lowest claimed
/// value, which every side's sources reach.
int64_t countedUsd(const Money &value, bool disputed);

/// How much of a figure to work out: everything (explanation, source labels, each claim's
/// assessment) for people, or the summary (value, dispute, disagreements, counts) for bulk
/// work, where Figure::claims stays empty.
enum class Detail { Full, Summary };

/// The tolerance within which two stated amounts agree (see the README's rules).
struct Interval {
    double low = 0;
    double high = 0; // +infinity for "at least"
    bool intersects(const Interval &other) const { return low <= other.high && other.low <= high; }
};
Interval agreementInterval(const Money &money);

/// The figure of a flow: its amount, and whether the sources agree on it, on its direction
/// (payer and payee), on who pays, on its date and on its existence.
/// `nameOf` names companies in the explanation ("Gnoppix says Microsoft pays Anthropic").
Figure deriveFlowFigure(const Flow &flow, const std::vector<Claim> &claims,
                        const SourceIndex &sources, const std::function<QString(Id)> &nameOf = {},
                        Detail detail = Detail::Full);

/// The figure of a set of value claims with no direction (deal totals, company valuations,
/// stakes and totals).
Figure deriveValueFigure(Figure::Subject subject, Id subjectId, ClaimAttribute attribute,
                         std::optional<Id> counterparty, const std::vector<Claim> &claims,
                         const SourceIndex &sources, Detail detail = Detail::Full);

/// Formats a figure's value for people: "$30B", "up to $5B", "$5B–$45B".
QString formatFigureValue(const Figure &figure);

} // namespace ds::analysis
