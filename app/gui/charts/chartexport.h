// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QSize>
#include <QString>

class QCustomPlot;

namespace ds::gui {

class NetworkItem;

struct ExportOptions {
    QSize size{1600, 900};
    double scale = 1.0; // PNG only: pixels per point (2 for high-DPI)
    QString caption;    // e.g. "Sources: …"; empty for none
};

/// Writes a chart as PNG, SVG or PDF, chosen by the file's suffix.
Status exportChart(QCustomPlot *plot, const QString &path, const ExportOptions &options);

/// Writes the whole network drawn by an item the same way (the item's own drawing, fitted to
/// the size).
Status exportNetwork(NetworkItem *item, const QString &path, const ExportOptions &options);

} // namespace ds::gui
