// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/figures.h"

#include <vector>

namespace ds::analysis {

/// One flow whose figure can make up part of a headline total, with the values its claims
/// state (and which source, after following citations, states each).
struct FlowCandidate {
    Id flowId = 0;
    Id payerId = 0;
    Id payeeId = 0;
    QString label; // "Microsoft → Anthropic"
    struct Value {
        int64_t usd = 0;
        Id sourceRoot = 0;
    };
    std::vector<Value> values;
};

struct ReconciliationPart {
    Id flowId = 0;
    int64_t usd = 0;
    QString label;
};

/// Whether a stated total is the sum of some of the flows' figures.
struct Reconciliation {
    Id claimId = 0;       // the claim that states the total
    int64_t totalUsd = 0; // its value
    bool matched = false;
    std::vector<ReconciliationPart> parts;
    /// "$45B = $5B + $10B + $30B", saying which parts run the other way ("counting
    /// Anthropic → Microsoft $30B, which runs the other way"), or why nothing adds up
    QString text;
};

/// Builds a candidate from a flow's claims (counted amount claims only).
FlowCandidate flowCandidate(const Flow &flow, const std::vector<Claim> &claims,
                            const SourceIndex &sources, const QString &label);

/// For each distinct value stated as a total, looks for a subset of the flows whose values add
/// up to it (within 2 %, for rounding). A flow's values are taken from sources other than the
/// total's own, when there are any: a source that states both the total and one part would
/// otherwise "reconcile" the total with itself.
std::vector<Reconciliation> reconcile(const Figure &total, const std::vector<FlowCandidate> &flows,
                                      const SourceIndex &sources);

} // namespace ds::analysis
