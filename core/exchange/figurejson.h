// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/figureset.h"

#include <QJsonObject>

namespace ds::json {

/// A figure as JSON (the `figures` and `disputes` output documented in the README).
/// `dealTitle` and the names are resolved by the caller.
QJsonObject figureToJson(const analysis::FigureRecord &record, const analysis::FigureSet &set,
                         const QString &dealTitle);

/// A figure as a few lines of plain text for the terminal.
QString figureToText(const analysis::FigureRecord &record, const analysis::FigureSet &set,
                     const QString &dealTitle);

} // namespace ds::json
