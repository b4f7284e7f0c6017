// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/companyfinder.h"
#include "ingest/mentions.h"
#include "ingest/moneyfinder.h"

namespace ds::ingest {

/// One party of a proposed flow: a known company or a name proposed as a new one.
struct Party {
    std::optional<Id> companyId;
    QString name; // empty when the text does not say
    bool isEmpty() const { return name.isEmpty(); }
    bool isNew() const { return !companyId && !name.isEmpty(); }
};

/// A claim DealScope proposes from one figure of an article, for the user to accept, edit or
/// reject. The quote selector makes it a claim with provenance.
struct Proposal {
    ClaimAttribute attribute = ClaimAttribute::Amount; // Amount, Valuation, Total or Stake
    TextSpan figure;                                   // the amount (or percentage) in the text
    std::optional<Money> money;                        // empty for a stake percentage
    std::optional<double> percent;
    Party payer; // for a valuation: the company valued; for a total or stake: the holder
    Party payee; // for a total or stake: the counterparty
    FlowKind kind = FlowKind::Equity;
    DealStatus status = DealStatus::Announced;
    PartialDate date;
    std::optional<TextSpan> dateSpan; // where the date stands, when the sentence gives one
    Quote quote;                      // the sentence (or the clause around the figure)
    bool sharePrice = false;
};

/// Everything found in one article.
struct Extraction {
    std::vector<Proposal> proposals;
    std::vector<MoneyMention> money;
    std::vector<PercentMention> percents;
    std::vector<CompanyMention> companies; // known ones and the new ones proposals name
    std::vector<DateMention> dates;
};

struct ExtractionOptions {
    PartialDate published; // resolves relative dates; the date of figures the text gives none
    MoneyFinderOptions money;
};

/// Finds the figures of an article and proposes a claim for each: who pays whom (from the
/// sentence's wording: invest in, commit to spend on, buy from, take a stake in, a deal with,
/// raise from), the kind (equity, compute, chips, loan, acquisition, licensing), the status
/// (in talks / plans / reportedly → rumoured or in talks; closed → completed; otherwise
/// announced), the date, and the quote. Pure function of its inputs.
Extraction extract(const QString &text, const CompanyDictionary &dictionary,
                   const ExtractionOptions &options = {});

/// A quote selector for a span of a text: the exact text, up to 32 characters before and
/// after, and the offsets.
Quote quoteFor(const QString &text, const TextSpan &span);

} // namespace ds::ingest
