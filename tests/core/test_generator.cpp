// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic dataset: deterministic for a seed, consistent, marked synthetic, cancellable.
#include "exchange/generator.h"
#include "exchange/jsonformat.h"
#include "store/checks.h"

#include <QtTest>

using namespace ds;

namespace {
QByteArray generated(uint64_t seed) {
    auto store = Store::openMemory();
    gen::Options o;
    o.deals = 300;
    o.companies = 40;
    o.seed = seed;
    o.textSize = 600;
    if (!store || !gen::generate(*store, o))
        return {};
    return *json::exportStore(*store);
}
} // namespace

class TestGenerator : public QObject {
    Q_OBJECT
private slots:
    void deterministicForASeed() {
        const QByteArray a = generated(7);
        QVERIFY(!a.isEmpty());
        QCOMPARE(generated(7), a);
        QVERIFY(generated(8) != a);
    }

    void consistentAndMarkedSynthetic() {
        auto store = Store::openMemory();
        QVERIFY(store);
        gen::Options o;
        o.deals = 2000;
        o.companies = 200;
        o.seed = 3;
        int lastPercent = -1;
        QVERIFY(gen::generate(*store, o, [&](int p) {
            lastPercent = p;
            return true;
        }));
        QCOMPARE(lastPercent, 100);
        const Counts c = *store->counts();
        QCOMPARE(c.deals, 2000);
        QCOMPARE(c.companies, 200);
        QCOMPARE(c.sources, 20);
        QVERIFY(c.flows >= c.deals && c.flows <= 3 * c.deals);
        QVERIFY(c.claims >= c.flows && c.claims <= 4 * c.flows);
        auto problems = runChecks(*store);
        QVERIFY(problems);
        for (const Problem &p : *problems)
            QVERIFY2(p.severity != Problem::Severity::Error, qPrintable(p.message));
        for (const Source &s : *store->sources(true)) {
            QVERIFY(s.synthetic);
            QVERIFY(s.publisher.contains(QLatin1String("synthetic")));
            QVERIFY(s.text.size() >= 2900);
        }
        // Dates 2000–2026, heavy-tailed amounts, some disagreement, a hub among companies.
        auto &db = store->db();
        QVERIFY(*db.queryInt(QStringLiteral("SELECT min(date_sort) FROM flows")) >= 20000000);
        QVERIFY(*db.queryInt(QStringLiteral("SELECT max(date_sort) FROM flows")) <= 20261231);
        const int64_t median = *db.queryInt(QStringLiteral(
            "SELECT usd_min FROM claims WHERE usd_min > 0 ORDER BY usd_min LIMIT 1 OFFSET "
            "(SELECT count(*) / 2 FROM claims WHERE usd_min > 0)"));
        const int64_t top = *db.queryInt(QStringLiteral("SELECT max(usd_max) FROM claims"));
        QVERIFY(top > 100 * median);
        QVERIFY(*db.queryInt(QStringLiteral(
                    "SELECT count(*) FROM (SELECT flow_id FROM claims WHERE attribute = 'amount' "
                    "GROUP BY flow_id HAVING count(DISTINCT usd_min) > 1)")) > 0);
        const int64_t hubDegree = *db.queryInt(QStringLiteral(
            "SELECT max(n) FROM (SELECT payer_id, count(*) AS n FROM flows GROUP BY payer_id)"));
        QVERIFY(hubDegree > 10 * c.flows / c.companies);
    }

    void refusesNonEmptyStoresAndCancels() {
        auto store = Store::openMemory();
        gen::Options o;
        o.deals = 5000;
        o.companies = 100;
        QVERIFY(!gen::generate(*store, o, [](int p) { return p < 30; }));
        QCOMPARE(store->counts()->deals, 0); // cancelled: nothing written
        QVERIFY(gen::generate(*store, o));
        QVERIFY(!gen::generate(*store, o)); // not empty any more
        o.companies = 1;
        auto other = Store::openMemory();
        QVERIFY(!gen::generate(*other, o));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "test_generator.moc"
