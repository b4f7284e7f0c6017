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

/// What an amount is when it is not a payment between two parties.
enum class Measure {
    Payment,     ///< money one party pays another (or a valuation, total or stake)
    SharePrice,  ///< "$150 a share"
    MarketValue, ///< "a market value of $4 trillion", "adding $150 billion to its market cap"
    Revenue,     ///< revenue, sales, backlog, run rate
    Price,       ///< what a product costs: "$20 a month", "$1 a week"
    Spending,    ///< a company's own spending plan: capex, "spend $80 billion this year"
};

/// Why a proposal says what it says, or why the extractor is unsure of it.
enum class Reason {
    Wording,      ///< the sentence's verb and prepositions say who pays whom
    DealKinds,    ///< a deal "with" someone: the customer pays the provider (compute, chips)
    Reference,    ///< a party is "the ChatGPT maker", "the cloud provider", "the company"
    Subject,      ///< a party is the subject of an earlier sentence ("The startup", "It")
    Repeated,     ///< the parties of an earlier mention of the same amount
    LeadInvestor, ///< the round's lead investor ("led by SoftBank")
    Conversion,   ///< the same amount in another currency, in brackets
    ArticlePair,  ///< one side is the company the article pairs with the other
    OtherName,    ///< one side is only the sentence's other company: nothing joins it
    NoPayer,      ///< the text does not say who pays
    NoPayee,      ///< the text does not say who is paid
    NewCompany,   ///< a party is not in the file: it will be added
    NotPayment,   ///< the amount is a share price, market value, revenue, price or spending
    Vague,        ///< the amount has no number ("billions", "multibillion-dollar")
};

/// How sure the extractor is of a proposal: High (the wording says it), Medium (resolved from
/// context), Low (guessed, or something is missing). Low rows start unchecked.
enum class Confidence { Low, Medium, High };

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
    bool statusStated = false; ///< the sentence states the status: the claim records it
    PartialDate date;
    std::optional<TextSpan> dateSpan; // where the date stands, when the sentence gives one
    Quote quote;                      // the sentence (or the clause around the figure)
    Measure measure = Measure::Payment;
    bool vague = false;          ///< the amount has no number
    bool newDeal = false;        ///< accept as a new deal even where an existing flow matches
    std::vector<Reason> reasons; ///< in the order found; see confidence()

    void addReason(Reason r);
    bool has(Reason r) const;
    Confidence confidence() const;
    /// Low confidence: the review starts the row unchecked.
    bool unsure() const { return confidence() == Confidence::Low; }
};

/// A sentence saying why (translated).
QString describe(Reason reason);
/// Stable tokens for JSON ("high", "wording", "share_price") and the translated words.
QString token(Confidence confidence);
QString token(Reason reason);
QString token(Measure measure);
QString displayName(Confidence confidence);
QString displayName(Measure measure);

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
