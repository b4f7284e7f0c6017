// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"

#include <utility>
#include <vector>

namespace ds {
class Store;
}

namespace ds::edits {

/// Rows of several tables kept with their ids: what a deletion took away (so that undo puts it
/// back exactly) or what an addition wrote (so that undo takes it away again).
struct RowSet {
    std::vector<Company> companies; // with their aliases (companies an import created)
    std::vector<Source> sources;    // with their text
    std::vector<Deal> deals;
    std::vector<Flow> flows;
    std::vector<Claim> claims;
    /// (source, the source it cites): links that deleting a cited source cleared.
    std::vector<std::pair<Id, Id>> citations;
};

/// Deletes a deal with its flows and every claim on them, in one transaction.
Result<RowSet> removeDeal(Store &store, Id deal);
/// Deletes a flow with its claims; when it is its deal's last flow, the deal goes too (a deal
/// is shown through its flows).
Result<RowSet> removeFlow(Store &store, Id flow);
/// Deletes a source with its text and its claims; sources that cite it no longer do.
Result<RowSet> removeSource(Store &store, Id source);

/// A source with its text, its claims and the sources that cite it, as they stand (to take
/// back a change of its text).
Result<RowSet> sourceRows(Store &store, Id source);

/// Writes the rows back with their ids (takes a deletion back), in one transaction.
Status restoreRows(Store &store, const RowSet &rows);
/// Deletes `out` and writes `in` in one transaction (swaps one state of rows for another).
Status replaceRows(Store &store, const RowSet &out, const RowSet &in);
/// Deletes exactly these rows (takes an addition back), in one transaction.
Status removeRows(Store &store, const RowSet &rows);

/// The largest id of each table: rows added later have larger ids (new rows are numbered
/// after the largest), so what an import added can be read back afterwards.
struct Watermark {
    Id companies = 0, sources = 0, deals = 0, flows = 0, claims = 0;
};
Result<Watermark> watermark(Store &store);
/// Every row with an id above the watermark (what was added since it was taken).
Result<RowSet> rowsAddedSince(Store &store, const Watermark &mark);

/// Adds a deal with its first flow (a deal is shown through its flows).
Result<RowSet> addDeal(Store &store, Deal deal, Flow first);
/// Adds a flow to an existing deal.
Result<RowSet> addFlow(Store &store, Flow flow);
/// Adds a source by its details (an article whose text the user does not have).
Result<RowSet> addSource(Store &store, Source source);
/// Adds a claim entered by hand. A quote must stand in the source's text when the source has
/// one; it is anchored there (its offsets and context are filled in).
Result<RowSet> addClaim(Store &store, Claim claim);

/// The claim with its quote anchored in its source's text (offsets and context filled in)
/// when the source has a text and the quote is new; otherwise as it is.
Claim anchoredClaim(Store &store, Claim claim);

/// A deal's title, status, announcement date and note.
Status updateDeal(Store &store, const Deal &deal);
/// A source's details (title, publisher, author, address, date, kind, note); its text and
/// claims stay.
Status updateSource(Store &store, const Source &source);

/// Why these values cannot be stored, or an empty string.
QString dealProblem(const Deal &deal);
QString sourceProblem(const Source &source);
QString claimProblem(Store &store, const Claim &claim);

} // namespace ds::edits
