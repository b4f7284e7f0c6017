// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "store/store.h"

#include <vector>

namespace ds {

struct Problem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString message;
};

/// Integrity and consistency checks: SQLite's own integrity check, foreign keys, claims
/// without a source, quote offsets outside their source's text or not matching it, amounts
/// whose minimum exceeds their maximum, citation loops, deals with neither flows nor claims.
Result<std::vector<Problem>> runChecks(Store &store);

} // namespace ds
