// SPDX-License-Identifier: GPL-3.0-or-later
// Money: parsing the press's forms, qualifiers, currencies, and format/parse round trips.
#include "domain/money.h"
#include "domain/moneydisplay.h"

#include <QtTest>

using namespace ds;

namespace {
constexpr int64_t B = 1'000'000'000;
constexpr int64_t M = 1'000'000;
} // namespace

namespace {
/// The text with each "_" a no-break space.
QString nbsp(const char *text) {
    return QString::fromUtf8(text).replace(QLatin1Char('_'), QChar(0x00A0));
}
} // namespace

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    // The "in billions" style writes large amounts as "$1,400B"; parse reads them back.
    void billionsStyle() {
        setUsdStyle(UsdStyle::Billions);
        QCOMPARE(formatUsdCompact(1'400'000'000'000), QStringLiteral("$1,400B"));
        QCOMPARE(formatUsdCompact(12'345'600'000'000), QStringLiteral("$12,345.6B"));
        QCOMPARE(formatUsdCompact(30'000'000'000), QStringLiteral("$30B"));
        QCOMPARE(formatUsdCompact(15'000'000), QStringLiteral("$15M"));
        QCOMPARE(formatUsdCompact(-2'500'000'000'000), QStringLiteral("-$2,500B"));
        for (int64_t v : {int64_t(1'400'000'000'000), int64_t(12'345'600'000'000)})
            QCOMPARE(Money::parse(Money::exact(v).format())->minUsd, v);
        QCOMPARE(Money::upTo(1'400'000'000'000).format(), QStringLiteral("up to $1,400B"));
        setUsdStyle(UsdStyle::Compact);
        QCOMPARE(formatUsdCompact(1'400'000'000'000), QStringLiteral("$1.4T"));
    }

    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int64_t>("min");
        QTest::addColumn<int64_t>("max"); // -1: unbounded
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QString>("currency");
        QTest::newRow("words") << "$30 billion" << 30 * B << 30 * B << "exact"
                               << "USD";
        QTest::newRow("letter") << "$30B" << 30 * B << 30 * B << "exact"
                                << "USD";
        QTest::newRow("bn") << "$1.25bn" << 1250 * M << 1250 * M << "exact"
                            << "USD";
        QTest::newRow("US$ tn") << "US$1.4tn" << 1400 * B << 1400 * B << "exact"
                                << "USD";
        QTest::newRow("trillion") << "$1.4 trillion" << 1400 * B << 1400 * B << "exact"
                                  << "USD";
        QTest::newRow("dollar after") << "45 billion dollar" << 45 * B << 45 * B << "exact"
                                      << "USD";
        QTest::newRow("dollars hyphen") << "45 billion-dollar" << 45 * B << 45 * B << "exact"
                                        << "USD";
        QTest::newRow("euro") << "€15 million" << int64_t(16.5 * M) << int64_t(16.5 * M) << "exact"
                              << "EUR";
        QTest::newRow("en dash range") << "$5–10 billion" << 5 * B << 10 * B << "range"
                                       << "USD";
        QTest::newRow("to range") << "$5 billion to $10 billion" << 5 * B << 10 * B << "range"
                                  << "USD";
        QTest::newRow("between") << "between $5 and $10 billion" << 5 * B << 10 * B << "range"
                                 << "USD";
        QTest::newRow("up to") << "up to $5 billion" << int64_t(0) << 5 * B << "up_to"
                               << "USD";
        QTest::newRow("more than") << "more than $2B" << 2 * B << int64_t(-1) << "at_least"
                                   << "USD";
        QTest::newRow("at least") << "at least $2 billion" << 2 * B << int64_t(-1) << "at_least"
                                  << "USD";
        QTest::newRow("about") << "about $3 billion" << 3 * B << 3 * B << "about"
                               << "USD";
        QTest::newRow("nearly") << "nearly $3 billion" << 3 * B << 3 * B << "about"
                                << "USD";
        QTest::newRow("roughly") << "roughly $3bn" << 3 * B << 3 * B << "about"
                                 << "USD";
        QTest::newRow("multibillion") << "multibillion-dollar" << 2 * B << int64_t(-1) << "at_least"
                                      << "USD";
        QTest::newRow("multi-billion")
            << "multi-billion-dollar" << 2 * B << int64_t(-1) << "at_least"
            << "USD";
        QTest::newRow("commas") << "$1,250,000" << int64_t(1250000) << int64_t(1250000) << "exact"
                                << "USD";
        QTest::newRow("million m") << "$15m" << 15 * M << 15 * M << "exact"
                                   << "USD";
        QTest::newRow("capitals") << "$45 Billion" << 45 * B << 45 * B << "exact"
                                  << "USD";
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(int64_t, min);
        QFETCH(int64_t, max);
        QFETCH(QString, qualifier);
        QFETCH(QString, currency);
        const auto m = Money::parse(text);
        QVERIFY2(m.has_value(), qPrintable(text));
        QCOMPARE(m->minUsd, min);
        if (max < 0)
            QVERIFY(!m->maxUsd.has_value());
        else
            QCOMPARE(m->maxUsd.value_or(-2), max);
        QCOMPARE(qualifierToken(m->qualifier), qualifier);
        QCOMPARE(m->currency, currency);
        QCOMPARE(m->stated, text);
    }

    void rejectsWhatIsNotMoney_data() {
        QTest::addColumn<QString>("text");
        for (const char *t : {"7.5 times", "27%", "", "billions of people", "$", "between $5B",
                              "about", "$30 billion and change", "5 apples", "₿3 billion"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void rejectsWhatIsNotMoney() {
        QFETCH(QString, text);
        QVERIFY(!Money::parse(text).has_value());
    }

    void formatRoundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("exact") << "$30 billion"
                               << "$30B";
        QTest::newRow("up to") << "up to $5 billion"
                               << "up to $5B";
        QTest::newRow("at least") << "more than $2B"
                                  << "at least $2B";
        QTest::newRow("about") << "roughly $3.5bn"
                               << "about $3.5B";
        QTest::newRow("range") << "$5-10 billion"
                               << "$5B–$10B";
        QTest::newRow("trillion") << "US$1.4tn"
                                  << "$1.4T";
        QTest::newRow("odd") << "$1,234,567"
                             << "$1.234567M";
        QTest::newRow("thousands") << "$950 thousand"
                                   << "$950K";
        QTest::newRow("small") << "$12"
                               << "$12";
    }
    void formatRoundTrip() {
        QFETCH(QString, text);
        QFETCH(QString, formatted);
        const auto m = Money::parse(text);
        QVERIFY(m);
        QCOMPARE(m->format(), formatted);
        const auto again = Money::parse(m->format());
        QVERIFY(again);
        QVERIFY(again->sameValue(*m));
    }

    void factories() {
        QCOMPARE(Money::upTo(5 * B).minUsd, 0);
        QCOMPARE(Money::range(10, 5).minUsd, 5);
        QCOMPARE(Money::range(10, 5).maxUsd.value_or(0), 10);
        QCOMPARE(Money::atLeast(7).representativeUsd(), 7);
        QCOMPARE(Money::upTo(9).representativeUsd(), 9);
        QCOMPARE(qualifierFromToken(QStringLiteral("up_to")), Qualifier::UpTo);
        QVERIFY(!qualifierFromToken(QStringLiteral("maybe")));
        QVERIFY(!usdPerUnit(QStringLiteral("XYZ")));
    }

    // Amounts for display follow the reader's language: units, decimal sign and grouping.
    void displayForTheLocale_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("usd");
        QTest::addColumn<bool>("billions");
        QTest::addColumn<QString>("expected");
        auto row = [&](const char *name, const char *locale, qint64 usd, bool billions,
                       const QString &expected) {
            QTest::newRow(name) << QString::fromLatin1(locale) << usd << billions << expected;
        };
        row("en T", "en_US", 1'400'000'000'000, false, QStringLiteral("$1.4T"));
        row("en B style", "en_US", 1'400'000'000'000, true, QStringLiteral("$1,400B"));
        row("de Bio", "de_DE", 1'400'000'000'000, false, nbsp("1,4_Bio._$"));
        row("de Mrd style", "de_DE", 1'400'000'000'000, true, nbsp("1.400_Mrd._$"));
        row("de Mrd", "de_DE", 30'000'000'000, false, nbsp("30_Mrd._$"));
        row("de Mio", "de_DE", 15'500'000, false, nbsp("15,5_Mio._$"));
        row("de small", "de_DE", 12, false, nbsp("12_$"));
        row("de negative", "de_DE", -2'000'000'000, false, nbsp("-2_Mrd._$"));
        row("fr milliards", "fr_FR", 1'400'000'000'000, false,
            QLocale(QStringLiteral("fr_FR")).toString(1400) + nbsp("_Md$"));
        row("fr M", "fr_FR", 2'500'000, false, nbsp("2,5_M$"));
        row("zh 万亿", "zh_CN", 1'400'000'000'000, false, QStringLiteral("1.4万亿美元"));
        row("zh 亿", "zh_CN", 30'000'000'000, false, QStringLiteral("300亿美元"));
        row("zh 万", "zh_CN", 15'000'000, false, QStringLiteral("1500万美元"));
        row("zh small", "zh_CN", 950, false, QStringLiteral("950美元"));
        row("zh billions style", "zh_CN", 30'000'000'000, true, QStringLiteral("300亿美元"));
    }
    void displayForTheLocale() {
        QFETCH(QString, locale);
        QFETCH(qint64, usd);
        QFETCH(bool, billions);
        QFETCH(QString, expected);
        setUsdStyle(billions ? UsdStyle::Billions : UsdStyle::Compact);
        QCOMPARE(displayUsd(usd, QLocale(locale)), expected);
        setUsdStyle(UsdStyle::Compact);
    }

    void displayedMoneyIsTheStoredFormInEnglish() {
        for (const char *text :
             {"up to $5 billion", "$5-10 billion", "more than $2B", "about $3B", "$1.25bn"}) {
            const Money m = *Money::parse(QString::fromLatin1(text));
            QCOMPARE(displayMoney(m, QLocale(QLocale::English)), m.format());
            QCOMPARE(displayMoney(m, QLocale::c()), m.format());
        }
        const Money range = *Money::parse(QStringLiteral("$5-10 billion"));
        QCOMPARE(displayMoney(range, QLocale(QStringLiteral("de_DE"))), nbsp("5_Mrd._$–10_Mrd._$"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
