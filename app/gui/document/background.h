// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace ds::gui {

/// The pool for long analyses (the Disputes and Sources views): one thread, so that they never
/// hold up the quick, interactive queries (the deal table's rows) run on the global pool.
QThreadPool *analysisPool();

} // namespace ds::gui
