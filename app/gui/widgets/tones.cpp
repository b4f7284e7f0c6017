// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tones.h"

#include <QGuiApplication>

#include <cmath>

namespace ds::gui {

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightnessF() <
           palette.color(QPalette::WindowText).lightnessF();
}

QColor toneColor(Tone tone, const QPalette &palette) {
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Bad:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Tone::Good:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
    case Tone::Muted:
        return dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x66, 0x66, 0x66);
    }
    return palette.color(QPalette::WindowText);
}

QString toneHtml(Tone tone) {
    return toneColor(tone, QGuiApplication::palette()).name();
}

double contrastRatio(const QColor &a, const QColor &b) {
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ds::gui
