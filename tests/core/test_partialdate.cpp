// SPDX-License-Identifier: GPL-3.0-or-later
// Partial dates: precision, approximation, validation and round trips.
#include "domain/partialdate.h"

#include <QtTest>

using namespace ds;

class TestPartialDate : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("precision");
        QTest::addColumn<bool>("approximate");
        QTest::newRow("year") << "2023" << int(PartialDate::Precision::Year) << false;
        QTest::newRow("month") << "2023-09" << int(PartialDate::Precision::Month) << false;
        QTest::newRow("day") << "2025-11-18" << int(PartialDate::Precision::Day) << false;
        QTest::newRow("approx month") << "2025-11~" << int(PartialDate::Precision::Month) << true;
        QTest::newRow("approx day") << "2024-11-07~" << int(PartialDate::Precision::Day) << true;
        QTest::newRow("leap day") << "2024-02-29" << int(PartialDate::Precision::Day) << false;
        QTest::newRow("empty") << "" << int(PartialDate::Precision::None) << false;
    }
    void roundTrip() {
        QFETCH(QString, text);
        QFETCH(int, precision);
        QFETCH(bool, approximate);
        const auto d = PartialDate::parse(text);
        QVERIFY(d);
        QCOMPARE(int(d->precision()), precision);
        QCOMPARE(d->isApproximate(), approximate);
        QCOMPARE(d->toString(), text);
        QCOMPARE(PartialDate::parse(d->toString()), d);
    }

    void rejectsImpossibleDates_data() {
        QTest::addColumn<QString>("text");
        for (const char *t : {"2023-13", "2023-00", "2023-02-30", "2023-02-29", "2023-1-5",
                              "23-01-01", "2023/01/01", "next Tuesday", "2023-01-01~~", "0000"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void rejectsImpossibleDates() {
        QFETCH(QString, text);
        QVERIFY(!PartialDate::parse(text).has_value());
    }

    void periods() {
        const auto month = *PartialDate::parse(QStringLiteral("2024-02"));
        QCOMPARE(month.firstDay(), QDate(2024, 2, 1));
        QCOMPARE(month.lastDay(), QDate(2024, 2, 29));
        QCOMPARE(month.sortKey(), 20240200);
        const auto year = PartialDate::ofYear(2023);
        QCOMPARE(year.lastDay(), QDate(2023, 12, 31));
        QCOMPARE(year.midDay(), QDate(2023, 7, 2));
        QVERIFY(PartialDate().firstDay().isNull());
        QCOMPARE(PartialDate().sortKey(), 0);
        // Year-only dates sort before the months of that year.
        QVERIFY(year.sortKey() < PartialDate::ofMonth(2023, 1).sortKey());
    }

    void display() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(PartialDate::ofYear(2023).display(), QStringLiteral("2023"));
        QCOMPARE(PartialDate::ofMonth(2023, 9).display(), QStringLiteral("Sep 2023"));
        QCOMPARE(PartialDate::ofMonth(2025, 11, true).display(), QStringLiteral("c. Nov 2025"));
        QVERIFY(PartialDate::ofDay(2025, 11, 18).display().contains(QLatin1String("18")));
        QVERIFY(PartialDate().display().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "test_partialdate.moc"
