// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ds {

/// A date known to a year, a month or a day, possibly approximate.
/// Text form (ISO 8601 / EDTF): "2025", "2025-11", "2025-11-18", with "~" appended when
/// approximate ("2025-11~").
class PartialDate {
public:
    enum class Precision { None, Year, Month, Day };

    PartialDate() = default;
    static PartialDate ofYear(int year, bool approximate = false);
    static PartialDate ofMonth(int year, int month, bool approximate = false);
    static PartialDate ofDay(int year, int month, int day, bool approximate = false);
    static PartialDate fromDate(const QDate &date) {
        return ofDay(date.year(), date.month(), date.day());
    }

    /// Parses the text form; nullopt when malformed or impossible (month 13, 30 February).
    /// An empty string parses to an empty date.
    static std::optional<PartialDate> parse(const QString &text);

    bool isNull() const { return m_precision == Precision::None; }
    Precision precision() const { return m_precision; }
    bool isApproximate() const { return m_approximate; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    QString toString() const; // the text form; empty for a null date
    /// Sort key yyyymmdd with zeros for unknown parts; 0 for a null date.
    int sortKey() const;
    /// The first and last day the date may stand for.
    QDate firstDay() const;
    QDate lastDay() const;
    /// The middle of the period, for drawing.
    QDate midDay() const;
    /// Human form in the given locale: "18 Nov 2025", "Nov 2025", "2025", "c. Nov 2025".
    QString display() const;

    bool operator==(const PartialDate &other) const = default;

private:
    Precision m_precision = Precision::None;
    bool m_approximate = false;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace ds
