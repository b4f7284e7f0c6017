// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/partialdate.h"

#include <QCoreApplication>
#include <QLocale>

namespace ds {

PartialDate PartialDate::ofYear(int year, bool approximate) {
    PartialDate d;
    d.m_precision = Precision::Year;
    d.m_year = year;
    d.m_approximate = approximate;
    return d;
}

PartialDate PartialDate::ofMonth(int year, int month, bool approximate) {
    PartialDate d = ofYear(year, approximate);
    d.m_precision = Precision::Month;
    d.m_month = month;
    return d;
}

PartialDate PartialDate::ofDay(int year, int month, int day, bool approximate) {
    PartialDate d = ofMonth(year, month, approximate);
    d.m_precision = Precision::Day;
    d.m_day = day;
    return d;
}

std::optional<PartialDate> PartialDate::parse(const QString &text) {
    // YYYY[-MM[-DD]][~], read by hand: this runs for every flow of a large file.
    QStringView s = QStringView(text).trimmed();
    if (s.isEmpty())
        return PartialDate();
    const bool approximate = s.endsWith(QLatin1Char('~'));
    if (approximate)
        s.chop(1);
    auto digits = [&](qsizetype from, qsizetype count) -> int {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const QChar c = s.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return -1;
            value = value * 10 + (c.unicode() - '0');
        }
        return value;
    };
    if (s.size() != 4 && s.size() != 7 && s.size() != 10)
        return std::nullopt;
    const int year = digits(0, 4);
    if (year < 1)
        return std::nullopt;
    if (s.size() == 4)
        return ofYear(year, approximate);
    if (s.at(4) != QLatin1Char('-'))
        return std::nullopt;
    const int month = digits(5, 2);
    if (month < 1 || month > 12)
        return std::nullopt;
    if (s.size() == 7)
        return ofMonth(year, month, approximate);
    if (s.at(7) != QLatin1Char('-'))
        return std::nullopt;
    const int day = digits(8, 2);
    if (day < 1 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return ofDay(year, month, day, approximate);
}

QString PartialDate::toString() const {
    QString s;
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        s = QString::number(m_year).rightJustified(4, QLatin1Char('0'));
        break;
    case Precision::Month:
        s = QStringLiteral("%1-%2")
                .arg(m_year, 4, 10, QLatin1Char('0'))
                .arg(m_month, 2, 10, QLatin1Char('0'));
        break;
    case Precision::Day:
        s = QStringLiteral("%1-%2-%3")
                .arg(m_year, 4, 10, QLatin1Char('0'))
                .arg(m_month, 2, 10, QLatin1Char('0'))
                .arg(m_day, 2, 10, QLatin1Char('0'));
        break;
    }
    if (m_approximate)
        s += QLatin1Char('~');
    return s;
}

int PartialDate::sortKey() const {
    if (isNull())
        return 0;
    return m_year * 10000 + m_month * 100 + m_day;
}

QDate PartialDate::firstDay() const {
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

QDate PartialDate::lastDay() const {
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month:
        return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    case Precision::Day:
        return firstDay();
    }
    return {};
}

QDate PartialDate::midDay() const {
    if (isNull())
        return {};
    const QDate a = firstDay();
    return a.addDays(a.daysTo(lastDay()) / 2);
}

QString PartialDate::display() const {
    const QLocale locale;
    QString s;
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        s = QString::number(m_year);
        break;
    case Precision::Month:
        // Year first where the language writes it so ("2025年11月").
        s = locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese
                ? locale.toString(firstDay(), QStringLiteral("yyyy年M月"))
                : locale.toString(firstDay(), QStringLiteral("MMM yyyy"));
        break;
    case Precision::Day:
        s = locale.toString(firstDay(), QLocale::ShortFormat);
        break;
    }
    if (m_approximate)
        return QCoreApplication::translate("ds::PartialDate", "c. %1",
                                           "an approximate date, e.g. c. Nov 2025")
            .arg(s);
    return s;
}

} // namespace ds
