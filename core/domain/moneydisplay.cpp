// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/moneydisplay.h"

#include <QCoreApplication>

#include <array>

namespace ds {

namespace {

struct Unit {
    int64_t size;
    const char16_t *name;
};

/// "1400.5" written with the locale's digits grouping and decimal sign ("1.400,5").
QString localNumber(const QString &decimal, const QLocale &locale) {
    const QString whole = decimal.section(QLatin1Char('.'), 0, 0);
    const QString fraction = decimal.section(QLatin1Char('.'), 1);
    QString text = locale.toString(whole.toLongLong());
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return text;
}

/// The amount in the largest of `units` it reaches, placed in `pattern` (%1 number, %2 unit);
/// below the smallest unit, `plain` with the whole number.
QString inUnits(int64_t v, const std::vector<Unit> &units, const QString &pattern,
                const QString &plain, const QLocale &locale) {
    for (const Unit &unit : units)
        if (v >= unit.size)
            return pattern.arg(localNumber(trimmedDecimal(v, unit.size), locale),
                               QString::fromUtf16(unit.name));
    return plain.arg(locale.toString(qlonglong(v)));
}

} // namespace

QString displayUsd(int64_t usd, const QLocale &locale) {
    const bool negative = usd < 0;
    const int64_t v = negative ? -usd : usd;
    const bool billions = usdStyle() == UsdStyle::Billions;
    const QChar space(0x00A0); // no break between number, unit and currency
    QString text;
    switch (locale.language()) {
    case QLocale::German: {
        std::vector<Unit> units = {{1'000'000'000'000, u"Bio."},
                                   {1'000'000'000, u"Mrd."},
                                   {1'000'000, u"Mio."},
                                   {1'000, u"Tsd."}};
        if (billions)
            units.erase(units.begin());
        text =
            inUnits(v, units,
                    QStringLiteral("%1") + space + QStringLiteral("%2") + space + QLatin1Char('$'),
                    QStringLiteral("%1") + space + QLatin1Char('$'), locale);
        break;
    }
    case QLocale::French:
        text = inUnits(v, {{1'000'000'000, u"Md"}, {1'000'000, u"M"}, {1'000, u"k"}},
                       QStringLiteral("%1") + space + QStringLiteral("%2$"),
                       QStringLiteral("%1") + space + QLatin1Char('$'), locale);
        break;
    case QLocale::Chinese:
        text = inUnits(v, {{1'000'000'000'000, u"万亿"}, {100'000'000, u"亿"}, {10'000, u"万"}},
                       QStringLiteral("%1%2美元"), QStringLiteral("%1美元"), QLocale::c());
        break;
    default:
        return formatUsdCompact(usd);
    }
    return negative ? QLatin1Char('-') + text : text;
}

QString displayMoney(const Money &money, const QLocale &locale) {
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return money.format();
    const QString lo = displayUsd(money.minUsd, locale);
    const QString hi = money.maxUsd ? displayUsd(*money.maxUsd, locale) : QString();
    switch (money.qualifier) {
    case Qualifier::Exact:
        return lo;
    case Qualifier::UpTo:
        return QCoreApplication::translate("ds::Money", "up to %1").arg(hi);
    case Qualifier::AtLeast:
        return QCoreApplication::translate("ds::Money", "at least %1").arg(lo);
    case Qualifier::About:
        return QCoreApplication::translate("ds::Money", "about %1").arg(lo);
    case Qualifier::Range:
        return lo + QChar(0x2013) + hi;
    }
    return lo;
}

} // namespace ds
