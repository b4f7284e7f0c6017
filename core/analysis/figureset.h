#pragma once

#include "analysis/figures.h"
#include "analysis/reconcile.h"
#include "error.h"

#include <QHash>

#include <functional>

namespace ds {
class Store;
}

namespace ds::analysis {

/// A figure with what a reader needs around it.
struct FigureRecord {
    Figure figure;
    std::optional<Flow> flow;     // for flow figures
    std::optional<Deal> deal;     // the flow's deal, or the deal of a headline total
    std::vector<Reconciliation> reconciliations; // for totals
};

/// Derives figures from a store: one at a time for the views, or all of them in one pass.
class FigureSet {
public:
    static Result<FigureSet> load(Store &store);

    const SourceIndex &sources() const { return m_sources; }
    QString companyName(Id id) const { return m_companies.value(id); }
    QString flowLabel(const Flow &flow) const;

    Result<FigureRecord> flowFigure(Id flowId);
    /// The deal's headline total (when a source states one) with its reconciliation.
    Result<std::optional<FigureRecord>> dealTotal(Id dealId);
    /// A company's valuation, stake and total figures, one per attribute and counterparty.
    Result<std::vector<FigureRecord>> companyFigures(Id companyId);

    /// Every figure: flows in id order, then deal totals, then company figures. Return false
    /// from the callback to stop.
    Status forEach(const std::function<bool(const FigureRecord &)> &callback);

private:
    explicit FigureSet(Store &store) : m_store(&store) {}
    Result<std::vector<Reconciliation>> reconcileAgainst(const Figure &total,
                                                         const std::vector<Flow> &flows);

    Store *m_store;
    SourceIndex m_sources;
    QHash<Id, QString> m_companies;
};

} // namespace ds::analysis
