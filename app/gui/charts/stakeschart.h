// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/stakes.h"

class QCustomPlot;

namespace ds::gui {

/// A company's positions by counterparty as bars: what it pays and what it receives, counted
/// in US$ billions (the Company Stakes panel and `dealscope-cli render --view stakes`).
void buildStakesChart(QCustomPlot *plot, const graph::Stakes &stakes);

} // namespace ds::gui
