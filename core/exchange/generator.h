// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "store/store.h"

#include <cstdint>
#include <functional>

namespace ds::gen {

struct Options {
    int64_t deals = 1000;
    int64_t companies = 100;
    uint64_t seed = 1;
    /// Number of synthetic articles; 0 picks max(20, deals / 100).
    int64_t sources = 0;
    /// Characters of text per article (about).
    int textSize = 3000;
};

/// Called with the percentage done; returning false cancels (nothing is written then).
using Progress = std::function<bool(int percent)>;

/// Fills an empty store with a synthetic dataset for scale work: power-law company degrees,
/// heavy-tailed amounts, dates 2000–2026, 1–4 claims per flow with some disagreeing,
/// articles of ~3 KB marked synthetic. The same options give the same file.
Status generate(Store &store, const Options &options, const Progress &progress = {});

} // namespace ds::gen
