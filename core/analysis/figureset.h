// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/figures.h"
#include "analysis/reconcile.h"
#include "error.h"

#include <QHash>

#include <array>
#include <functional>

namespace ds {
class Store;
}

namespace ds::analysis {

/// A figure with what a reader needs around it.
struct FigureRecord {
    Figure figure;
    std::optional<Flow> flow;                    // for flow figures
    std::optional<Deal> deal;                    // the flow's deal, or the deal of a headline total
    std::vector<Reconciliation> reconciliations; // for totals
};

/// Derives figures from a store: one at a time for the views, or all of them in one pass.
class FigureSet {
public:
    /// How company names are read: all at once (for passes over every figure), or each when it
    /// is first asked for (for views that show a few figures and reload after every edit).
    enum class Names { All, OnDemand };
    static Result<FigureSet> load(Store &store, Names names = Names::All);

    const SourceIndex &sources() const { return m_sources; }
    QString companyName(Id id) const;
    QString flowLabel(const Flow &flow) const;

    Result<FigureRecord> flowFigure(Id flowId);
    /// The deal's headline total (when a source states one) with its reconciliation.
    Result<std::optional<FigureRecord>> dealTotal(Id dealId);
    /// A company's valuation, stake and total figures, one per attribute and counterparty.
    Result<std::vector<FigureRecord>> companyFigures(Id companyId);

    /// Every figure: flows in id order, then deal totals, then company figures. Return false
    /// from the callback to stop.
    /// With Detail::Summary the explanations, source labels and quotes are left out.
    Status forEach(const std::function<bool(const FigureRecord &)> &callback,
                   Detail detail = Detail::Full);

    /// Only the disputed figures, in full: a summary pass finds them, then each is derived with
    /// its explanation (much faster than forEach when few are disputed).
    /// cancelled: asked now and then during the first pass over every flow; true stops.
    Status forEachDisputed(const std::function<bool(const FigureRecord &)> &callback,
                           const std::function<bool()> &cancelled = {});

    /// Flow figures only, for flows with ids in [first, last].
    Status forEachFlow(const std::function<bool(const FigureRecord &)> &callback, Detail detail,
                       Id first, Id last);

private:
    /// Deal totals and company figures (few, always in full).
    Status forEachOther(const std::function<bool(const FigureRecord &)> &callback);
    explicit FigureSet(Store &store)
        : m_store(&store) {}
    Result<std::vector<Reconciliation>> reconcileAgainst(const Figure &total,
                                                         const std::vector<Flow> &flows);

    Store *m_store;
    SourceIndex m_sources;
    mutable QHash<Id, QString> m_companies; // all, or those asked for so far
    bool m_allNames = true;
};

/// What deriving every figure of a file found.
struct FigureSummary {
    int64_t figures = 0;
    int64_t disputed = 0;
    std::array<int64_t, kDisagreementKinds> byDisagreement{}; // indexed by Disagreement
};

/// Derives every figure of the file at `path` in summary, on `threads` connections of their
/// own (the flows split into id ranges).
Result<FigureSummary> summarizeAll(const QString &path, int threads = 2);

} // namespace ds::analysis
