// SPDX-License-Identifier: GPL-3.0-or-later
// CSV: RFC 4180 quoting, the byte-order mark, formula injection, export of each table, parsing
// odd files, and importing flows all or nothing with errors by line.
#include "exchange/csvformat.h"
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "store/store.h"

#include "support/samplestore.h"
#include <QBuffer>

#include <QtTest>

using namespace ds;
using namespace ds::testing;

namespace {

QByteArray exported(Store &store, csv::Table table, bool bom = false) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!csv::exportTable(store, table, buffer, bom))
        return {};
    return buffer.data();
}

int64_t count(Store &store, const char *table) {
    return *store.db().queryInt(
        QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
}

} // namespace

class TestCsv : public QObject {
    Q_OBJECT
private slots:
    void quoting_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("plain") << QStringLiteral("Anthropic") << QByteArray("Anthropic");
        QTest::newRow("comma") << QStringLiteral("a, b") << QByteArray("\"a, b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("spaces") << QStringLiteral(" a ") << QByteArray("\" a \"");
        QTest::newRow("unicode") << QStringLiteral("€15 million – “x”")
                                 << QStringLiteral("€15 million – “x”").toUtf8();
        QTest::newRow("formula") << QStringLiteral("=SUM(A1:A2)") << QByteArray("'=SUM(A1:A2)");
        QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1");
        QTest::newRow("minus") << QStringLiteral("-1+2") << QByteArray("'-1+2");
        QTest::newRow("at") << QStringLiteral("@cmd") << QByteArray("'@cmd");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
        QTest::newRow("formula with comma")
            << QStringLiteral("=A1,B1") << QByteArray("\"'=A1,B1\"");
    }
    void quoting() {
        QFETCH(QString, text);
        QFETCH(QByteArray, csv);
        QCOMPARE(csv::field(text), csv);
    }

    void exportsEachTable() {
        Store store = sampleStore();
        for (const auto &[table, name, rows] : {std::tuple{csv::Table::Deals, "deals", 13},
                                                std::tuple{csv::Table::Flows, "flows", 21},
                                                std::tuple{csv::Table::Claims, "claims", 50}}) {
            const QByteArray bytes = exported(store, table);
            QVERIFY2(!bytes.isEmpty(), name);
            QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
            QVERIFY(bytes.contains("\r\n"));
            auto doc = csv::parse(bytes);
            QVERIFY2(doc, qPrintable(doc.errorMessage()));
            QCOMPARE(int(doc->rows.size()), rows);
            for (const QStringList &row : doc->rows)
                QCOMPARE(row.size(), doc->header.size());
            QCOMPARE(doc->header.front(), QStringLiteral("id"));
            QVERIFY(exported(store, table, true).startsWith("\xEF\xBB\xBF"));
            QVERIFY(csv::tableNamed(QString::fromLatin1(name)) == table);
        }
        // Quotes with commas and curly quotes survive the round trip.
        auto claims = csv::parse(exported(store, csv::Table::Claims));
        const qsizetype quote = claims->header.indexOf(QStringLiteral("quote"));
        bool sawComma = false;
        for (const QStringList &row : claims->rows)
            sawComma |= row[quote].contains(QLatin1Char(','));
        QVERIFY(sawComma);
        QVERIFY(!csv::tableNamed(QStringLiteral("companies")));
    }

    void parsesOddFiles() {
        auto doc = csv::parse(
            "\xEF\xBB\xBFpayer;payee;note\r\nA;B;\"two\r\nlines\"\r\n\r\nC;D;\"say \"\"x\"\"\"\n");
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        QCOMPARE(doc->header, QStringList({QStringLiteral("payer"), QStringLiteral("payee"),
                                           QStringLiteral("note")}));
        QCOMPARE(int(doc->rows.size()), 2);
        QCOMPARE(doc->rows[0][2], QStringLiteral("two\r\nlines")); // kept as written
        QCOMPARE(doc->rows[1][2], QStringLiteral("say \"x\""));
        QCOMPARE(doc->lines, std::vector<int>({2, 5}));
        const auto open = csv::parse("a,b\n1,\"never closed\n2,3\n");
        QVERIFY(!open);
        QVERIFY(open.errorMessage().contains(QStringLiteral("Line 2")));
        QVERIFY(!csv::parse(QByteArray()));
        QVERIFY(!csv::parse(QByteArray("a,b\n\xff\xfe,1\n")));
        QVERIFY(!csv::parse(QByteArray("a\0b\0c\0d", 7)));
    }

    void guessesTheMapping() {
        const auto mapping = csv::guessMapping({QStringLiteral("Investor"), QStringLiteral("To"),
                                                QStringLiteral("Amount"), QStringLiteral("Date"),
                                                QStringLiteral("Comment"), QStringLiteral("Foo")});
        QCOMPARE(mapping,
                 std::vector<csv::Field>({csv::Field::Payer, csv::Field::Payee, csv::Field::Amount,
                                          csv::Field::Date, csv::Field::Note, csv::Field::Ignore}));
        for (csv::Field f : csv::allFields())
            QCOMPARE(csv::fieldNamed(csv::fieldName(f)), f);
    }

    void importsFlowsAllOrNothing() {
        Store store = sampleStore();
        const int64_t flows = count(store, "flows"), companies = count(store, "companies");
        const QByteArray good =
            "payer,payee,kind,amount,date,deal,status\n"
            "Microsoft,Mistral AI,equity,$2 billion,2025-03,Mistral round,announced\n"
            "Nvidia,Mistral AI,equity,up to $1B,2025-03,Mistral round,announced\n"
            "Mistral AI,AWS,compute,,2025-04,,in_talks\n";
        auto doc = csv::parse(good);
        QVERIFY(doc);
        const auto mapping = csv::guessMapping(doc->header);
        auto dry = csv::importFlows(store, *doc, mapping, QStringLiteral("flows.csv"), true);
        QVERIFY(dry && dry->errors.isEmpty());
        QCOMPARE(dry->flowsAdded, 3);
        QCOMPARE(count(store, "flows"), flows); // a dry run writes nothing
        auto done = csv::importFlows(store, *doc, mapping, QStringLiteral("flows.csv"));
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QVERIFY(done->errors.isEmpty());
        QCOMPARE(done->flowsAdded, 3);
        QCOMPARE(done->dealsAdded, 2); // the two rows of "Mistral round" share a deal
        QCOMPARE(done->claimsAdded, 2);
        QCOMPARE(done->companiesAdded, 1); // Mistral AI; AWS is an alias of Amazon
        QCOMPARE(count(store, "flows"), flows + 3);
        QCOMPARE(count(store, "companies"), companies + 1);

        // One bad row: nothing is written, and every problem is named by its line.
        const QByteArray bad = "payer,payee,kind,amount,date\n"
                               "Google,Anthropic,equity,$1B,2025\n"
                               "Google,,equity,$1B,2025\n"
                               "Google,Anthropic,gift,$1B,2025\n"
                               "Google,Anthropic,equity,lots,2025\n"
                               "Google,Anthropic,equity,$1B,2025-13\n"
                               "Google,google,equity,$1B,2025\n";
        auto badDoc = csv::parse(bad);
        QVERIFY(badDoc);
        const int64_t before = count(store, "flows");
        auto refused = csv::importFlows(store, *badDoc, csv::guessMapping(badDoc->header),
                                        QStringLiteral("bad.csv"));
        QVERIFY(refused);
        QCOMPARE(refused->errors.size(), 5);
        QVERIFY(refused->errors[0].startsWith(QStringLiteral("line 3:")));
        QVERIFY(refused->errors[1].startsWith(QStringLiteral("line 4:")));
        QVERIFY(refused->errors[4].startsWith(QStringLiteral("line 7:")));
        QCOMPARE(count(store, "flows"), before);
        QCOMPARE(count(store, "sources"), 8); // the sample's 7 and the first import's
        // Without payer and payee columns there is nothing to import.
        QVERIFY(!csv::importFlows(store, *badDoc, std::vector<csv::Field>(5, csv::Field::Ignore),
                                  QStringLiteral("x.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
