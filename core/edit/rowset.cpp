// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/rowset.h"

#include "domain/quoteanchor.h"
#include "edit/edits.h"
#include "store/rowwrites.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QUuid>

namespace ds::edits {

namespace {

struct Rows {
    Q_DECLARE_TR_FUNCTIONS(Rows)
};

template <typename Row> std::vector<Id> idsOf(const std::vector<Row> &rows) {
    std::vector<Id> ids;
    ids.reserve(rows.size());
    for (const Row &row : rows)
        ids.push_back(row.id);
    return ids;
}

Status append(std::vector<Claim> &into, Result<std::vector<Claim>> claims) {
    if (!claims)
        return claims.error();
    into.insert(into.end(), claims->begin(), claims->end());
    return {};
}

/// Deletes what `rows` holds (claims first, then flows, deals, sources and companies).
Status deleteRows(Store &store, const RowSet &rows) {
    for (auto [table, ids] :
         {std::pair{Table::Claims, idsOf(rows.claims)}, std::pair{Table::Flows, idsOf(rows.flows)},
          std::pair{Table::Deals, idsOf(rows.deals)},
          std::pair{Table::Sources, idsOf(rows.sources)},
          std::pair{Table::Companies, idsOf(rows.companies)}})
        if (Status s = deleteRowsById(store, table, ids); !s)
            return s;
    return {};
}

/// Collects a deal's flows and claims into `rows`.
Status collectDeal(Store &store, Id deal, RowSet &rows) {
    auto d = store.deal(deal);
    if (!d)
        return Error{Rows::tr("There is no such deal.")};
    rows.deals.push_back(*d);
    auto flows = store.flowsOfDeal(deal);
    if (!flows)
        return flows.error();
    if (Status s = append(rows.claims, store.claimsOfDeal(deal)); !s)
        return s;
    for (const Flow &f : *flows) {
        rows.flows.push_back(f);
        if (Status s = append(rows.claims, store.claimsOfFlow(f.id)); !s)
            return s;
    }
    return {};
}

/// Collects a source (with its text), its claims and the sources that cite it into `rows`.
Status collectSource(Store &store, Id source, RowSet &rows) {
    auto s = store.source(source);
    if (!s)
        return Error{Rows::tr("There is no such source.")};
    rows.sources.push_back(*s);
    if (Status st = append(rows.claims, store.claimsOfSource(source)); !st)
        return st;
    auto citing = sourcesCiting(store, source);
    if (!citing)
        return citing.error();
    for (Id id : *citing)
        rows.citations.emplace_back(id, source);
    return {};
}

Result<RowSet> removeCollected(Store &store, const std::function<Status(RowSet &)> &collect) {
    Transaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    RowSet rows;
    if (Status s = collect(rows); !s)
        return s.error();
    if (Status s = deleteRows(store, rows); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return rows;
}

Result<RowSet> added(Store &store, const std::function<Status(RowSet &)> &write) {
    Transaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    RowSet rows;
    if (Status s = write(rows); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return rows;
}

} // namespace

Result<RowSet> removeDeal(Store &store, Id deal) {
    return removeCollected(store, [&](RowSet &rows) { return collectDeal(store, deal, rows); });
}

Result<RowSet> removeFlow(Store &store, Id flow) {
    return removeCollected(store, [&](RowSet &rows) -> Status {
        auto f = store.flow(flow);
        if (!f)
            return Error{Rows::tr("There is no such flow.")};
        auto siblings = store.flowsOfDeal(f->dealId);
        if (!siblings)
            return siblings.error();
        if (siblings->size() == 1)
            return collectDeal(store, f->dealId, rows);
        rows.flows.push_back(*f);
        return append(rows.claims, store.claimsOfFlow(flow));
    });
}

Result<RowSet> removeSource(Store &store, Id source) {
    return removeCollected(store, [&](RowSet &rows) { return collectSource(store, source, rows); });
}

Result<RowSet> sourceRows(Store &store, Id source) {
    RowSet rows;
    if (Status s = collectSource(store, source, rows); !s)
        return s.error();
    return rows;
}

Result<Watermark> watermark(Store &store) {
    Watermark mark;
    for (auto [table, into] :
         {std::pair{Table::Companies, &mark.companies}, std::pair{Table::Sources, &mark.sources},
          std::pair{Table::Deals, &mark.deals}, std::pair{Table::Flows, &mark.flows},
          std::pair{Table::Claims, &mark.claims}}) {
        auto max = largestId(store, table);
        if (!max)
            return max.error();
        *into = *max;
    }
    return mark;
}

namespace {

/// Reads each row with an id in (from, to] that exists (ids in between may have gone).
template <typename Row>
void readRange(Id from, Id to, const std::function<Result<Row>(Id)> &read, std::vector<Row> &into) {
    for (Id id = from + 1; id <= to; ++id)
        if (auto row = read(id))
            into.push_back(*row);
}

} // namespace

Result<RowSet> rowsAddedSince(Store &store, const Watermark &mark) {
    auto now = watermark(store);
    if (!now)
        return now.error();
    RowSet rows;
    readRange<Company>(
        mark.companies, now->companies, [&](Id id) { return store.company(id); }, rows.companies);
    readRange<Source>(
        mark.sources, now->sources, [&](Id id) { return store.source(id); }, rows.sources);
    readRange<Deal>(
        mark.deals, now->deals, [&](Id id) { return store.deal(id); }, rows.deals);
    readRange<Flow>(
        mark.flows, now->flows, [&](Id id) { return store.flow(id); }, rows.flows);
    // Claims by their sources (there is no read of one claim by id).
    auto sourceIds = sourcesOfClaimsAfter(store, mark.claims);
    if (!sourceIds)
        return sourceIds.error();
    for (Id source : *sourceIds) {
        auto claims = store.claimsOfSource(source);
        if (!claims)
            return claims.error();
        for (const Claim &c : *claims)
            if (c.id > mark.claims)
                rows.claims.push_back(c);
    }
    return rows;
}

namespace {

/// Writes the rows with their ids (the caller holds the transaction).
Status insertRows(Store &store, const RowSet &rows) {
    for (const Company &c : rows.companies)
        if (auto id = store.addCompany(c); !id) // with its id and aliases
            return id.error();
    for (const Source &s : rows.sources)
        if (auto id = store.addSource(s); !id)
            return id.error();
    for (const Deal &d : rows.deals)
        if (auto id = store.addDeal(d); !id)
            return id.error();
    for (const Flow &f : rows.flows)
        if (auto id = store.addFlow(f); !id)
            return id.error();
    for (const Claim &c : rows.claims)
        if (auto id = store.addClaim(c); !id)
            return id.error();
    for (auto [citing, cited] : rows.citations)
        if (Status s = store.setSourceCites(citing, cited); !s)
            return s;
    return {};
}

} // namespace

Status restoreRows(Store &store, const RowSet &rows) {
    Transaction tx(store);
    if (!tx.begun())
        return tx.begun();
    if (Status s = insertRows(store, rows); !s)
        return s;
    return tx.commit();
}

Status replaceRows(Store &store, const RowSet &out, const RowSet &in) {
    Transaction tx(store);
    if (!tx.begun())
        return tx.begun();
    if (Status s = deleteRows(store, out); !s)
        return s;
    if (Status s = insertRows(store, in); !s)
        return s;
    return tx.commit();
}

Status removeRows(Store &store, const RowSet &rows) {
    Transaction tx(store);
    if (!tx.begun())
        return tx.begun();
    if (Status s = deleteRows(store, rows); !s)
        return s;
    return tx.commit();
}

QString dealProblem(const Deal &deal) {
    if (deal.title.trimmed().isEmpty())
        return Rows::tr("A deal needs a title.");
    return {};
}

QString sourceProblem(const Source &source) {
    if (source.title.trimmed().isEmpty() && source.publisher.trimmed().isEmpty())
        return Rows::tr("A source needs a title or a publisher.");
    return {};
}

QString claimProblem(Store &store, const Claim &claim) {
    auto source = store.source(claim.sourceId);
    if (!source)
        return Rows::tr("Choose the source that makes this claim.");
    const int targets = int(claim.flowId.has_value()) + int(claim.dealId.has_value()) +
                        int(claim.companyId.has_value());
    if (targets != 1)
        return Rows::tr("A claim is about exactly one flow, deal or company.");
    if (claim.companyId && claim.counterpartyId && *claim.companyId == *claim.counterpartyId)
        return Rows::tr("A company cannot invest in or hold itself.");
    if (claim.statedPayerId && claim.statedPayeeId && *claim.statedPayerId == *claim.statedPayeeId)
        return Rows::tr("The source cannot say that a company pays itself.");
    switch (claim.attribute) {
    case ClaimAttribute::Amount:
    case ClaimAttribute::Total:
    case ClaimAttribute::Valuation:
        if (!claim.money)
            return Rows::tr("Enter the amount the source states.");
        break;
    case ClaimAttribute::Date:
        if (claim.date.isNull())
            return Rows::tr("Enter the date the source states.");
        break;
    case ClaimAttribute::Stake:
        if (!claim.percent || *claim.percent <= 0 || *claim.percent > 100)
            return Rows::tr("A stake is a percentage above 0 and at most 100.");
        break;
    case ClaimAttribute::Existence:
        break;
    }
    if (!claim.quote.exact.isEmpty() && !source->text.isEmpty() &&
        anchorQuote(claim.quote, source->text).match == AnchorMatch::Orphaned)
        return Rows::tr("The quote does not stand in the source's text: copy a sentence from "
                        "the article.");
    return {};
}

Result<RowSet> addDeal(Store &store, Deal deal, Flow first) {
    if (const QString problem = dealProblem(deal); !problem.isEmpty())
        return Error{problem};
    if (const QString problem = flowProblem(first); !problem.isEmpty())
        return Error{problem};
    return added(store, [&](RowSet &rows) -> Status {
        deal.title = deal.title.trimmed();
        auto id = store.addDeal(deal);
        if (!id)
            return id.error();
        deal.id = *id;
        first.dealId = *id;
        auto flow = store.addFlow(first);
        if (!flow)
            return flow.error();
        first.id = *flow;
        rows.deals.push_back(deal);
        rows.flows.push_back(first);
        return {};
    });
}

Result<RowSet> addFlow(Store &store, Flow flow) {
    if (const QString problem = flowProblem(flow); !problem.isEmpty())
        return Error{problem};
    if (!store.deal(flow.dealId))
        return Error{Rows::tr("There is no such deal.")};
    return added(store, [&](RowSet &rows) -> Status {
        auto id = store.addFlow(flow);
        if (!id)
            return id.error();
        flow.id = *id;
        rows.flows.push_back(flow);
        return {};
    });
}

Result<RowSet> addSource(Store &store, Source source) {
    if (const QString problem = sourceProblem(source); !problem.isEmpty())
        return Error{problem};
    return added(store, [&](RowSet &rows) -> Status {
        if (source.key.isEmpty())
            source.key =
                QStringLiteral("manual-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        auto id = store.addSource(source);
        if (!id)
            return id.error();
        source.id = *id;
        rows.sources.push_back(source);
        return {};
    });
}

Claim anchoredClaim(Store &store, Claim claim) {
    if (claim.quote.exact.isEmpty() || claim.quote.start)
        return claim;
    auto source = store.source(claim.sourceId);
    if (source && !source->text.isEmpty())
        claim.quote = anchorQuote(claim.quote, source->text).quote;
    return claim;
}

Result<RowSet> addClaim(Store &store, Claim claim) {
    if (const QString problem = claimProblem(store, claim); !problem.isEmpty())
        return Error{problem};
    claim = anchoredClaim(store, std::move(claim));
    return added(store, [&](RowSet &rows) -> Status {
        auto id = store.addClaim(claim);
        if (!id)
            return id.error();
        claim.id = *id;
        rows.claims.push_back(claim);
        return {};
    });
}

Status updateDeal(Store &store, const Deal &deal) {
    if (const QString problem = dealProblem(deal); !problem.isEmpty())
        return Error{problem};
    return writeDealDetails(store, deal);
}

Status updateSource(Store &store, const Source &source) {
    if (const QString problem = sourceProblem(source); !problem.isEmpty())
        return Error{problem};
    return writeSourceDetails(store, source);
}

} // namespace ds::edits
