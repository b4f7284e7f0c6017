// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/figureset.h"

#include "store/lookups.h"
#include "store/store.h"

#include <QCoreApplication>

#include <map>
#include <thread>

namespace ds::analysis {

Result<FigureSet> FigureSet::load(Store &store, Names names) {
    FigureSet set(store);
    auto sources = SourceIndex::load(store);
    if (!sources)
        return sources.error();
    set.m_sources = std::move(*sources);
    set.m_allNames = names == Names::All;
    if (!set.m_allNames)
        return set;
    auto byId = companyNamesById(store);
    if (!byId)
        return byId.error();
    set.m_companies = std::move(*byId);
    return set;
}

QString FigureSet::companyName(Id id) const {
    if (m_allNames)
        return m_companies.value(id);
    auto cached = m_companies.constFind(id);
    if (cached != m_companies.constEnd())
        return *cached;
    QString name;
    if (auto company = m_store->company(id))
        name = company->name;
    m_companies.insert(id, name);
    return name;
}

QString FigureSet::flowLabel(const Flow &flow) const {
    return ds::flowLabel(companyName(flow.payerId), companyName(flow.payeeId));
}

Result<FigureRecord> FigureSet::flowFigure(Id flowId) {
    auto flow = m_store->flow(flowId);
    if (!flow)
        return flow.error();
    auto claims = m_store->claimsOfFlow(flowId);
    if (!claims)
        return claims.error();
    FigureRecord record;
    record.figure =
        deriveFlowFigure(*flow, *claims, m_sources, [this](Id id) { return companyName(id); });
    auto deal = m_store->deal(flow->dealId);
    if (deal)
        record.deal = *deal;
    record.flow = *flow;
    return record;
}

Result<std::vector<Reconciliation>> FigureSet::reconcileAgainst(const Figure &total,
                                                                const std::vector<Flow> &flows) {
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

Result<std::optional<FigureRecord>> FigureSet::dealTotal(Id dealId) {
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

Result<std::vector<FigureRecord>> FigureSet::companyFigures(Id companyId) {
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

Status FigureSet::forEachFlow(const std::function<bool(const FigureRecord &)> &callback,
                              Detail detail, Id first, Id last) {
    const std::function<QString(Id)> names = [this](Id id) { return companyName(id); };
    FigureRecord record;
    return m_store->forEachFlowWithClaims(
        [&](const Flow &flow, const std::vector<Claim> &claims) {
            record.figure = deriveFlowFigure(flow, claims, m_sources, names, detail);
            record.flow = flow;
            return callback(record);
        },
        detail == Detail::Full, first, last);
}

Status FigureSet::forEachDisputed(const std::function<bool(const FigureRecord &)> &callback,
                                  const std::function<bool()> &cancelled) {
    std::vector<Id> disputed;
    int64_t seen = 0;
    bool stopped = false;
    Status s = forEachFlow(
        [&](const FigureRecord &r) {
            if (r.figure.disputed)
                disputed.push_back(r.flow->id);
            stopped = cancelled && ++seen % 4096 == 0 && cancelled();
            return !stopped;
        },
        Detail::Summary, 0, std::numeric_limits<Id>::max());
    if (!s || stopped)
        return s;
    for (Id id : disputed) {
        auto record = flowFigure(id);
        if (!record)
            return record.error();
        if (!callback(*record))
            return {};
    }
    return forEachOther([&](const FigureRecord &r) { return !r.figure.disputed || callback(r); });
}

Status FigureSet::forEach(const std::function<bool(const FigureRecord &)> &callback,
                          Detail detail) {
    bool stopped = false;
    Status s = forEachFlow(
        [&](const FigureRecord &r) {
            stopped = !callback(r);
            return !stopped;
        },
        detail, 0, std::numeric_limits<Id>::max());
    if (!s || stopped)
        return s;
    return forEachOther(callback);
}

Status FigureSet::forEachOther(const std::function<bool(const FigureRecord &)> &callback) {
    auto deals = m_store->dealsWithClaims();
    if (!deals)
        return deals.error();
    for (Id id : *deals) {
        auto total = dealTotal(id); // few: always in full
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

namespace ds::analysis {

Result<FigureSummary> summarizeAll(const QString &path, int threads) {
    auto store = Store::open(path, Store::OpenMode::Existing);
    if (!store)
        return store.error();
    auto range = flowIdRange(*store);
    if (!range)
        return range.error();
    const Id low = range->low;
    const Id high = range->high;
    threads = std::max(1, threads);
    const Id step = (high - low) / threads + 1;

    std::vector<FigureSummary> parts(static_cast<size_t>(threads));
    std::vector<QString> errors(static_cast<size_t>(threads));
    auto work = [&](int part) {
        auto own = Store::open(path, Store::OpenMode::Existing);
        if (!own) {
            errors[size_t(part)] = own.errorMessage();
            return;
        }
        auto set = FigureSet::load(*own);
        if (!set) {
            errors[size_t(part)] = set.errorMessage();
            return;
        }
        FigureSummary &sum = parts[size_t(part)];
        const Id first = low + part * step;
        const Status s = set->forEachFlow(
            [&](const FigureRecord &r) {
                ++sum.figures;
                if (r.figure.disputed) {
                    ++sum.disputed;
                    for (Disagreement d : r.figure.disagreements)
                        ++sum.byDisagreement[size_t(d)];
                }
                return true;
            },
            Detail::Summary, first, first + step - 1);
        if (!s)
            errors[size_t(part)] = s.errorMessage();
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (std::thread &t : pool)
        t.join();
    for (const QString &e : errors)
        if (!e.isEmpty())
            return Error{e};

    FigureSummary total;
    for (const FigureSummary &p : parts) {
        total.figures += p.figures;
        total.disputed += p.disputed;
        for (size_t i = 0; i < total.byDisagreement.size(); ++i)
            total.byDisagreement[i] += p.byDisagreement[i];
    }
    // Deal totals and company figures are few: derive them here.
    auto set = FigureSet::load(*store);
    if (!set)
        return set.error();
    auto deals = store->dealsWithClaims();
    auto companies = store->companiesWithClaims();
    if (!deals || !companies)
        return Error{deals ? companies.errorMessage() : deals.errorMessage()};
    auto count = [&](const Figure &f) {
        ++total.figures;
        if (f.disputed) {
            ++total.disputed;
            for (Disagreement d : f.disagreements)
                ++total.byDisagreement[size_t(d)];
        }
    };
    for (Id id : *deals)
        if (auto t = set->dealTotal(id); t && *t)
            count((*t)->figure);
    for (Id id : *companies)
        if (auto figures = set->companyFigures(id))
            for (const FigureRecord &r : *figures)
                count(r.figure);
    return total;
}

} // namespace ds::analysis
