// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace ds::gui {

/// The few colours the interface gives meaning to, chosen for the palette they are read on:
/// a darker shade on light palettes, a lighter one on dark palettes, so that each keeps a
/// contrast of at least 4.5:1 (WCAG AA) with the window and view backgrounds.
enum class Tone {
    Bad,  ///< disputed, disagreeing, a problem
    Good, ///< agreeing, undisputed
    Muted ///< context, not counted, no amount
};

/// Whether a palette is dark (its window colour is darker than its text).
bool isDark(const QPalette &palette);
QColor toneColor(Tone tone, const QPalette &palette);
/// The colour as "#rrggbb" for rich text, for the application's palette.
QString toneHtml(Tone tone);
/// The contrast ratio of two colours (1 to 21), as WCAG defines it.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace ds::gui
