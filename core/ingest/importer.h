// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/rowset.h"
#include "error.h"
#include "ingest/article.h"
#include "ingest/extraction.h"

namespace ds {
class Store;
}

namespace ds::ingest {

struct AddedSource {
    Id sourceId = 0;
    bool duplicate = false; ///< the same text was already there: nothing was added
};

/// Adds an article as a source with the confirmed metadata, unless a source with the same text
/// exists (then that one is returned, marked duplicate). The cited outlet links to a source
/// of that publisher when there is one, else it is kept in the note.
Result<AddedSource> addArticle(Store &store, const Article &article, const ArticleMetadata &meta);

/// What accepting one proposal did.
struct AcceptOutcome {
    enum class Kind {
        LinkedToFlow, ///< a flow with the same payer, payee, kind and date existed
        CreatedFlow,  ///< a new deal and flow were created
        CompanyClaim  ///< a valuation, total or stake on a company
    };
    Kind kind = Kind::CreatedFlow;
    Id claimId = 0;
    std::optional<Id> flowId;
    std::optional<Id> dealId;
    QStringList createdCompanies;
    QString message; ///< one line a person can read: "Added to the flow Microsoft → Anthropic …"
};

/// The existing flow a proposal of an amount would join: same kind and the two companies,
/// either way round (the other way round, the claim records a direction dispute), when the
/// dates are compatible and the status is not contradicted: a proposal that says less than the
/// deal's status (talks or a rumour against an announced or completed deal) joins only when
/// both are dated and it comes first, so an undated completed flow does not absorb a 2025
/// rumour. The closest in time when several match.
struct FlowMatch {
    Flow flow;
    bool reversed = false; ///< the proposal says the flow's payee pays its payer
};
Result<std::optional<FlowMatch>> flowFor(Store &store, const Proposal &proposal);
/// One line for the review: "Microsoft → Anthropic, Compute, 2025-11".
QString describeMatch(Store &store, const FlowMatch &match);

/// Why a proposal cannot become a claim as it stands (no payer, payer = payee, no amount), or
/// an empty string.
QString proposalProblem(const Proposal &proposal);

/// Turns proposals into claims of a source, all in one transaction: each links to the flow
/// flowFor finds (unless it asks for a new deal), or creates its deal and flow; names not in
/// the database become new companies. Proposals of the batch for the same two companies, kind
/// and amount make one flow, in the direction most of them state; the others record a
/// direction dispute. When any proposal has a problem nothing is written.
Result<std::vector<AcceptOutcome>> acceptProposals(Store &store, Id sourceId,
                                                   const std::vector<Proposal> &proposals);

/// Adds an article and accepts the proposals as its claims, all in one transaction: on any
/// error nothing is written. A duplicate article is found and nothing is written.
struct ImportResult {
    AddedSource source;
    std::vector<AcceptOutcome> outcomes;
};
Result<ImportResult> importArticle(Store &store, const Article &article,
                                   const ArticleMetadata &meta,
                                   const std::vector<Proposal> &proposals);

/// What an import wrote, read back with ids (the source unless it was a duplicate, the claims,
/// the deals, flows and companies it created), so that it can be taken back as one step.
Result<edits::RowSet> addedRows(Store &store, const ImportResult &result);

/// Whether two dates can stand for the same event: their periods overlap (a missing date
/// matches any).
bool datesCompatible(const PartialDate &a, const PartialDate &b);

} // namespace ds::ingest
