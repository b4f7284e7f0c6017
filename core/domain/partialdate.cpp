#include "domain/partialdate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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
    const QString s = text.trimmed();
    if (s.isEmpty())
        return PartialDate();
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(~)?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const bool approximate = m.capturedLength(4) > 0;
    if (year < 1)
        return std::nullopt;
    if (m.capturedLength(2) == 0)
        return ofYear(year, approximate);
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    if (m.capturedLength(3) == 0)
        return ofMonth(year, month, approximate);
    const int day = m.captured(3).toInt();
    if (!QDate::isValid(year, month, day))
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
        s = locale.toString(firstDay(), QStringLiteral("MMM yyyy"));
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
