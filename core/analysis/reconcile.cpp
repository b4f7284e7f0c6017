// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reconcile.h"

#include "domain/moneydisplay.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace ds::analysis {

namespace {

constexpr double kTolerance = 0.02;
constexpr size_t kMaxFlows = 16;
constexpr size_t kMaxValuesPerFlow = 3;

struct Search {
    std::vector<std::vector<int64_t>> choices; // per flow: the values it may contribute
    int64_t target = 0;
    std::vector<int> current; // per flow: -1 (left out) or a value index
    std::vector<int> best;
    int bestParts = 0;
    double bestError = 0;

    void run(size_t flow, int64_t sum, int parts) {
        if (flow == choices.size()) {
            if (parts == 0)
                return;
            const double error = std::abs(double(sum - target));
            if (error > kTolerance * double(target))
                return;
            if (parts > bestParts || (parts == bestParts && error < bestError)) {
                best = current;
                bestParts = parts;
                bestError = error;
            }
            return;
        }
        if (sum > target * (1 + kTolerance))
            return; // values are positive: no way back
        current[flow] = -1;
        run(flow + 1, sum, parts);
        for (size_t v = 0; v < choices[flow].size(); ++v) {
            current[flow] = int(v);
            run(flow + 1, sum + choices[flow][v], parts + 1);
        }
        current[flow] = -1;
    }
};

} // namespace

FlowCandidate flowCandidate(const Flow &flow, const std::vector<Claim> &claims,
                            const SourceIndex &sources, const QString &label) {
    FlowCandidate candidate;
    candidate.flowId = flow.id;
    candidate.payerId = flow.payerId;
    candidate.payeeId = flow.payeeId;
    candidate.label = label;
    for (const Claim &c : claims)
        if (c.money && c.rank != Rank::Deprecated && c.stance == Stance::Supports &&
            c.attribute == ClaimAttribute::Amount && c.money->representativeUsd() > 0)
            candidate.values.push_back({c.money->representativeUsd(), sources.root(c.sourceId)});
    return candidate;
}

std::vector<Reconciliation> reconcile(const Figure &total, const std::vector<FlowCandidate> &flows,
                                      const SourceIndex &sources) {
    std::vector<Reconciliation> out;
    std::vector<std::pair<int64_t, Id>> seen; // (value, source root) already reconciled
    for (const ClaimAssessment &a : total.claims) {
        const Claim &c = a.claim;
        if (!c.money || a.verdict == Verdict::NotCounted)
            continue;
        const int64_t value = c.money->representativeUsd();
        const Id root = sources.root(c.sourceId);
        if (value <= 0 || std::find(seen.begin(), seen.end(), std::pair{value, root}) != seen.end())
            continue;
        seen.push_back({value, root});

        Search search;
        search.target = value;
        std::vector<const FlowCandidate *> used;
        for (const FlowCandidate &f : flows) {
            std::vector<int64_t> others, all;
            for (const FlowCandidate::Value &v : f.values) {
                all.push_back(v.usd);
                if (v.sourceRoot != root)
                    others.push_back(v.usd);
            }
            std::vector<int64_t> &values = others.empty() ? all : others;
            std::sort(values.begin(), values.end());
            values.erase(std::unique(values.begin(), values.end()), values.end());
            if (values.empty())
                continue;
            if (values.size() > kMaxValuesPerFlow)
                values.resize(kMaxValuesPerFlow);
            search.choices.push_back(values);
            used.push_back(&f);
            if (used.size() == kMaxFlows)
                break;
        }
        search.current.assign(search.choices.size(), -1);
        search.run(0, 0, 0);

        Reconciliation r;
        r.claimId = c.id;
        r.totalUsd = value;
        r.matched = search.bestParts > 0;
        if (r.matched) {
            QStringList terms;
            for (size_t i = 0; i < search.best.size(); ++i) {
                if (search.best[i] < 0)
                    continue;
                const int64_t usd = search.choices[i][size_t(search.best[i])];
                r.parts.push_back({used[i]->flowId, usd, used[i]->label});
                terms << displayUsd(usd);
            }
            r.text =
                QStringLiteral("%1 = %2").arg(displayUsd(value), terms.join(QStringLiteral(" + ")));
            // A headline total may add money going both ways ($45B = $5B + $10B + $30B, the
            // $30B being the investee's commitment to one investor): say so.
            std::map<Id, int> received;
            std::vector<const FlowCandidate *> partFlows;
            for (size_t i = 0; i < search.best.size(); ++i)
                if (search.best[i] >= 0) {
                    ++received[used[i]->payeeId];
                    partFlows.push_back(used[i]);
                }
            const auto receiver =
                std::max_element(received.begin(), received.end(),
                                 [](const auto &a, const auto &b) { return a.second < b.second; });
            QStringList against;
            if (receiver != received.end() && receiver->second > 1)
                for (const ReconciliationPart &part : r.parts)
                    for (const FlowCandidate *f : partFlows)
                        if (f->flowId == part.flowId && f->payerId == receiver->first)
                            against << QCoreApplication::translate("ds::analysis", "the %1 of %2")
                                           .arg(displayUsd(part.usd), part.label);
            if (!against.isEmpty())
                r.text += QCoreApplication::translate("ds::analysis",
                                                      " (counting %1, which runs the other way)")
                              .arg(against.join(QStringLiteral(", ")));
        } else {
            r.text = QCoreApplication::translate("ds::analysis",
                                                 "%1: no combination of the flows adds up to it")
                         .arg(displayUsd(value));
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace ds::analysis
