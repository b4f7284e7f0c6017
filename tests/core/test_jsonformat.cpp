// SPDX-License-Identifier: GPL-3.0-or-later
// The project's JSON format: export, import, round trip, and refusal of bad documents.
#include "exchange/jsonformat.h"
#include "exchange/sample.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ds;

class TestJsonFormat : public QObject {
    Q_OBJECT
private slots:
    void roundTripIsByteIdentical() {
        auto first = Store::openMemory();
        QVERIFY(first);
        auto summary = json::importDocument(*first, sample::sampleJson());
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        QCOMPARE(summary->companiesAdded, 8);
        QCOMPARE(summary->claimsAdded, 50);
        auto exported = json::exportStore(*first);
        QVERIFY(exported);

        auto second = Store::openMemory();
        QVERIFY(second);
        QVERIFY(json::importDocument(*second, *exported));
        auto again = json::exportStore(*second);
        QVERIFY(again);
        QCOMPARE(*again, *exported);
    }

    void documentHasTheDocumentedShape() {
        auto store = Store::openMemory();
        QVERIFY(json::importDocument(*store, sample::sampleJson()));
        const QJsonObject root = QJsonDocument::fromJson(*json::exportStore(*store)).object();
        const QJsonObject company = root[QStringLiteral("companies")].toArray()[0].toObject();
        for (const char *key : {"id", "name", "kind", "aliases", "claims"})
            QVERIFY2(company.contains(QLatin1String(key)), key);
        const QJsonObject source = root[QStringLiteral("sources")].toArray()[0].toObject();
        for (const char *key : {"id", "title", "publisher", "published", "url", "cites"})
            QVERIFY2(source.contains(QLatin1String(key)), key);
        const QJsonObject deal = root[QStringLiteral("deals")].toArray()[0].toObject();
        for (const char *key : {"id", "title", "status", "announced", "flows", "claims"})
            QVERIFY2(deal.contains(QLatin1String(key)), key);
        const QJsonObject flow = deal[QStringLiteral("flows")].toArray()[0].toObject();
        for (const char *key : {"id", "payer", "payee", "kind", "claims"})
            QVERIFY2(flow.contains(QLatin1String(key)), key);
        QCOMPARE(flow[QStringLiteral("payer")].toString(), QStringLiteral("Microsoft"));
        const QJsonObject claim = flow[QStringLiteral("claims")].toArray()[0].toObject();
        for (const char *key :
             {"source", "attribute", "value_usd_min", "value_usd_max", "qualifier", "stated",
              "stated_status", "stance", "quote", "start", "end"})
            QVERIFY2(claim.contains(QLatin1String(key)), key);
        // What 001 says of the November 2025 deal's status survives the round trip.
        int completed = 0;
        for (const QJsonValue c : flow[QStringLiteral("claims")].toArray())
            completed += c[QStringLiteral("stated_status")] == QLatin1String("completed");
        QCOMPARE(completed, 1);
    }

    void badDocumentsChangeNothing_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("{\"format\": \"dealscope\", ") << "malformed";
        QTest::newRow("array") << QByteArray("[1, 2]") << "not an object";
        QTest::newRow("invalid utf-8") << QByteArray("{\"format\": \"deal\xff\xfescope\"}") << "";
        QTest::newRow("other format")
            << QByteArray(R"({"format": "gexf", "version": 1})") << "not a DealScope JSON";
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "dealscope", "version": 9})") << "Unsupported";
        QTest::newRow("unknown company") << QByteArray(R"({"format": "dealscope", "version": 1,
            "companies": [{"name": "Acme", "kind": "lab"}],
            "deals": [{"title": "D", "status": "announced",
                       "flows": [{"payer": "Acme", "payee": "Nobody", "kind": "equity"}]}]})")
                                         << "deals[0].flows[0]";
        QTest::newRow("bad kind") << QByteArray(R"({"format": "dealscope", "version": 1,
            "companies": [{"name": "Acme", "kind": "spaceship"}]})")
                                  << "spaceship";
        QTest::newRow("bad date") << QByteArray(R"({"format": "dealscope", "version": 1,
            "deals": [{"title": "D", "status": "announced", "announced": "2023-02-30"}]})")
                                  << "2023-02-30";
        QTest::newRow("bad offsets") << QByteArray(R"({"format": "dealscope", "version": 1,
            "sources": [{"id": "s"}],
            "companies": [{"name": "A", "kind": "lab", "claims": [{"source": "s",
              "attribute": "valuation", "quote": "abc", "start": 5, "end": 4}]}]})")
                                     << "offsets";
        QTest::newRow("unknown source") << QByteArray(R"({"format": "dealscope", "version": 1,
            "companies": [{"name": "A", "kind": "lab", "claims": [{"source": "nowhere",
              "attribute": "valuation"}]}]})")
                                        << "nowhere";
        QTest::newRow("bad status") << QByteArray(R"({"format": "dealscope", "version": 1,
            "sources": [{"id": "s"}],
            "deals": [{"title": "D", "status": "announced", "claims": [{"source": "s",
              "attribute": "total", "value_usd_min": 1, "stated_status": "done-ish"}]}]})")
                                    << "done-ish";
        QTest::newRow("self flow") << QByteArray(R"({"format": "dealscope", "version": 1,
            "companies": [{"name": "A", "kind": "lab"}],
            "deals": [{"title": "D", "status": "announced",
                       "flows": [{"payer": "A", "payee": "A", "kind": "equity"}]}]})")
                                   << "same company";
    }
    void badDocumentsChangeNothing() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto store = Store::openMemory();
        QVERIFY(store);
        auto result = json::importDocument(*store, json);
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(expected), qPrintable(result.errorMessage()));
        const Counts c = *store->counts();
        QCOMPARE(c.companies + c.sources + c.deals + c.flows + c.claims, 0);
    }

    void importMergesIntoAnExistingFile() {
        auto store = Store::openMemory();
        QVERIFY(json::importDocument(*store, sample::sampleJson()));
        const QByteArray extra = R"({"format": "dealscope", "version": 1,
            "companies": [{"name": "AWS", "kind": "cloud", "aliases": ["Amazon AWS"]},
                          {"name": "Oracle", "kind": "cloud"}],
            "sources": [{"id": "004_c59069aa7d92adf6"}, {"id": "new-source", "title": "T"}],
            "deals": [{"title": "OpenAI and Oracle", "status": "rumoured", "announced": "2025",
                       "flows": [{"payer": "OpenAI", "payee": "Oracle", "kind": "compute",
                                  "claims": [{"source": "new-source", "attribute": "amount",
                                              "value_usd_min": 300000000000,
                                              "value_usd_max": 300000000000}]}]}]})";
        auto preview = json::importDocument(*store, extra, /*dryRun=*/true);
        QVERIFY2(preview, qPrintable(preview.errorMessage()));
        QCOMPARE(preview->companiesMerged, 1); // "AWS" is an alias of Amazon
        QCOMPARE(preview->companiesAdded, 1);
        QCOMPARE(preview->sourcesMerged, 1);
        QCOMPARE(preview->sourcesAdded, 1);
        QCOMPARE(store->counts()->companies, 8); // the preview wrote nothing
        auto done = json::importDocument(*store, extra);
        QVERIFY(done);
        const Counts c = *store->counts();
        QCOMPARE(c.companies, 9);
        QCOMPARE(c.sources, 8);
        QCOMPARE(c.deals, 14);
        QCOMPARE(c.claims, 51);
        QCOMPARE(store->companyIdByName(QStringLiteral("Amazon AWS"))->value_or(0),
                 store->companyIdByName(QStringLiteral("Amazon"))->value_or(-1));
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "test_jsonformat.moc"
