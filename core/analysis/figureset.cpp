#include "analysis/figureset.h"

#include "store/store.h"

#include <QCoreApplication>

#include <map>

namespace ds::analysis {

Result<FigureSet> FigureSet::load(Store &store)
{
    FigureSet set(store);
    auto sources = SourceIndex::load(store);
    if (!sources)
        return sources.error();
    set.m_sources = std::move(*sources);
    auto st = sql::Statement::prepare(store.db(), QStringLiteral("SELECT id, name FROM companies"));
    if (!st)
        return st.error();
    while (st->next())
        set.m_companies.insert(st->int64(0), st->text(1));
    if (!st->status())
        return st->status().error();
    return set;
}

QString FigureSet::flowLabel(const Flow &flow) const
{
    return QStringLiteral("%1 → %2").arg(companyName(flow.payerId), companyName(flow.payeeId));
}

Result<FigureRecord> FigureSet::flowFigure(Id flowId)
{
    auto flow = m_store->flow(flowId);
    if (!flow)
        return flow.error();
    auto claims = m_store->claimsOfFlow(flowId);
    if (!claims)
        return claims.error();
    FigureRecord record;
    record.figure = deriveFlowFigure(*flow, *claims, m_sources,
                                     [this](Id id) { return companyName(id); });
    auto deal = m_store->deal(flow->dealId);
    if (deal)
        record.deal = *deal;
    record.flow = *flow;
    return record;
}

Result<std::vector<Reconciliation>> FigureSet::reconcileAgainst(const Figure &total,
                                                               const std::vector<Flow> &flows)
{
    std::vector<FlowCandidate> candidates;
    for (const Flow &f : flows) {
        auto claims = m_store->claimsOfFlow(f.id);
        if (!claims)
            return claims.error();
        QString label = flowLabel(f);
        if (!f.date.isNull())
            label += QStringLiteral(" (%1)").arg(f.date.display());
        candidates.push_back(flowCandidate(f, *claims, m_sources, label));
    }
    return reconcile(total, candidates, m_sources);
}

Result<std::optional<FigureRecord>> FigureSet::dealTotal(Id dealId)
{
    auto claims = m_store->claimsOfDeal(dealId);
    if (!claims)
        return claims.error();
    std::vector<Claim> totals;
    for (const Claim &c : *claims)
        if (c.attribute == ClaimAttribute::Total)
            totals.push_back(c);
    if (totals.empty())
        return std::optional<FigureRecord>();
    FigureRecord record;
    record.figure = deriveValueFigure(Figure::Subject::DealTotal, dealId, ClaimAttribute::Total,
                                      std::nullopt, totals, m_sources);
    auto deal = m_store->deal(dealId);
    if (!deal)
        return deal.error();
    record.deal = *deal;
    auto flows = m_store->flowsOfDeal(dealId);
    if (!flows)
        return flows.error();
    auto reconciliations = reconcileAgainst(record.figure, *flows);
    if (!reconciliations)
        return reconciliations.error();
    record.reconciliations = std::move(*reconciliations);
    return std::optional<FigureRecord>(std::move(record));
}

Result<std::vector<FigureRecord>> FigureSet::companyFigures(Id companyId)
{
    auto claims = m_store->claimsOfCompany(companyId);
    if (!claims)
        return claims.error();
    std::map<std::pair<int, Id>, std::vector<Claim>> groups; // (attribute, counterparty)
    for (const Claim &c : *claims)
        groups[{int(c.attribute), c.counterpartyId.value_or(0)}].push_back(c);
    std::vector<FigureRecord> out;
    for (const auto &[key, group] : groups) {
        const auto attribute = ClaimAttribute(key.first);
        const std::optional<Id> counterparty =
            key.second ? std::optional<Id>(key.second) : std::nullopt;
        FigureRecord record;
        record.figure = deriveValueFigure(Figure::Subject::Company, companyId, attribute,
                                          counterparty, group, m_sources);
        if (attribute == ClaimAttribute::Total && counterparty) {
            // "Its total investment in X": the flows from the company to X, in any deal.
            auto flows = m_store->flowsBetween(companyId, *counterparty);
            if (!flows)
                return flows.error();
            auto reconciliations = reconcileAgainst(record.figure, *flows);
            if (!reconciliations)
                return reconciliations.error();
            record.reconciliations = std::move(*reconciliations);
        }
        out.push_back(std::move(record));
    }
    return out;
}

Status FigureSet::forEach(const std::function<bool(const FigureRecord &)> &callback)
{
    bool stopped = false;
    FigureRecord record;
    Status s = m_store->forEachFlowWithClaims([&](const Flow &flow, const std::vector<Claim> &claims) {
        record.figure = deriveFlowFigure(flow, claims, m_sources,
                                         [this](Id id) { return companyName(id); });
        record.flow = flow;
        record.deal.reset();
        record.reconciliations.clear();
        stopped = !callback(record);
        return !stopped;
    });
    if (!s || stopped)
        return s;
    auto deals = m_store->dealsWithClaims();
    if (!deals)
        return deals.error();
    for (Id id : *deals) {
        auto total = dealTotal(id);
        if (!total)
            return total.error();
        if (*total && !callback(**total))
            return {};
    }
    auto companies = m_store->companiesWithClaims();
    if (!companies)
        return companies.error();
    for (Id id : *companies) {
        auto figures = companyFigures(id);
        if (!figures)
            return figures.error();
        for (const FigureRecord &r : *figures)
            if (!callback(r))
                return {};
    }
    return {};
}

} // namespace ds::analysis
