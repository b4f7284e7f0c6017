// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/anchor.h"

#include "ingest/textfile.h"
#include "store/store.h"

namespace ds::ingest {

Result<AttachSummary> attachText(Store &store, Id sourceId, const QString &text) {
    auto source = store.source(sourceId);
    if (!source)
        return source.error();
    auto claims = store.claimsOfSource(sourceId);
    if (!claims)
        return claims.error();

    Transaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = store.setSourceText(sourceId, text, textHash(text)); !s)
        return s.error();

    AttachSummary summary;
    for (const Claim &c : *claims) {
        if (c.quote.exact.isEmpty())
            continue;
        const Anchor anchor = anchorQuote(c.quote, text);
        Quote q = anchor.quote;
        const bool orphaned = anchor.match == AnchorMatch::Orphaned;
        switch (anchor.match) {
        case AnchorMatch::Unchanged:
            ++summary.unchanged;
            break;
        case AnchorMatch::Exact:
            ++summary.exact;
            break;
        case AnchorMatch::Context:
            ++summary.context;
            break;
        case AnchorMatch::Fuzzy:
            ++summary.fuzzy;
            break;
        case AnchorMatch::Orphaned:
            ++summary.orphaned;
            summary.orphanedClaims.push_back(c.id);
            break;
        }
        if (!orphaned) {
            // Refresh the context from the text now that it is known.
            constexpr int kContext = 16;
            q.prefix = text.mid(std::max(0, *q.start - kContext),
                                *q.start - std::max(0, *q.start - kContext));
            q.suffix = text.mid(*q.end, kContext);
        }
        if (Status s = store.setClaimQuote(c.id, q, orphaned); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace ds::ingest
