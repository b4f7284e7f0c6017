// SPDX-License-Identifier: GPL-3.0-or-later
// The deal table's query: filters by text, company, kind, status and years, every sort, the
// rows read in pages, odd text, and a query stopped part way.
#include "exchange/generator.h"
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "store/flowquery.h"
#include "store/store.h"

#include "support/samplestore.h"

#include <QtTest>

using namespace ds;
using namespace ds::testing;

class TestFlowQuery : public QObject {
    Q_OBJECT
private slots:
    void everyFlowNewestFirst() {
        Store store = sampleStore();
        auto ids = flowIds(store, {});
        QVERIFY2(ids, qPrintable(ids.errorMessage()));
        QCOMPARE(int(ids->size()), 21);
        auto rows = flowRows(store, *ids);
        QVERIFY(rows);
        QCOMPARE(rows->size(), ids->size());
        // Dated flows newest first, the undated (sort key 0) last.
        QCOMPARE(rows->front().date.toString(), QStringLiteral("2025-11-18"));
        QVERIFY(rows->back().date.isNull());
        for (size_t i = 1; i < rows->size(); ++i)
            QVERIFY((*rows)[i - 1].date.sortKey() >= (*rows)[i].date.sortKey());
    }

    void rowsSayWhatTheTableShows() {
        Store store = sampleStore();
        FlowQuery q;
        q.company = companyId(store, "Google");
        q.kinds = std::vector{FlowKind::Equity};
        auto ids = flowIds(store, q);
        QVERIFY(ids && ids->size() == 1);
        const FlowRow row = flowRows(store, *ids)->front();
        QCOMPARE(row.payer, QStringLiteral("Google"));
        QCOMPARE(row.payee, QStringLiteral("Anthropic"));
        QCOMPARE(row.amount, QStringLiteral("$2 billion"));
        QCOMPARE(row.status, DealStatus::Completed);
        QCOMPARE(row.sources, 1);
        QCOMPARE(row.deal, QStringLiteral("Google’s investment in Anthropic"));
        // A flow that is gone keeps its place with its id alone.
        auto gone = flowRows(store, {row.flowId, 999999});
        QVERIFY(gone && gone->size() == 2);
        QCOMPARE(gone->back().flowId, Id(999999));
        QCOMPARE(gone->back().dealId, Id(0));
    }

    void filters_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<int>("fromYear"); // 0: any
        QTest::addColumn<int>("count");
        auto row = [](const char *name, const char *text, const char *company, QStringList kinds,
                      QStringList statuses, int from, int count) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(company) << kinds
                                << statuses << from << count;
        };
        const QStringList all{QStringLiteral("*")};
        row("deal title", "palantir", "", all, all, 0, 2);
        row("payer name, any case", "OPENAI", "", all, all, 0, 4);
        row("like wildcards are text", "%", "", all, all, 0, 0);
        row("underscore is text", "_", "", all, all, 0, 0);
        row("quote and backslash", "O'Re\\il", "", all, all, 0, 0);
        row("company", "", "Amazon", all, all, 0, 8);
        row("kinds", "", "", {QStringLiteral("chips"), QStringLiteral("loan")}, all, 0, 5);
        row("no kind at all", "", "", {}, all, 0, 0);
        row("statuses", "", "", all, {QStringLiteral("rumoured")}, 0, 1);
        row("years", "", "", all, all, 2025, 7);
        // Microsoft's and Nvidia's investments: "micro" is in their deal's title.
        row("everything at once", "micro", "Anthropic", {QStringLiteral("equity")},
            {QStringLiteral("announced")}, 2025, 2);
    }
    void filters() {
        QFETCH(QString, text);
        QFETCH(QString, company);
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, statuses);
        QFETCH(int, fromYear);
        QFETCH(int, count);
        Store store = sampleStore();
        FlowQuery q;
        q.text = text;
        if (!company.isEmpty())
            q.company = *store.companyIdByName(company).value();
        if (kinds != QStringList{QStringLiteral("*")}) {
            q.kinds.emplace();
            for (const QString &k : kinds)
                q.kinds->push_back(*fromToken<FlowKind>(k));
        }
        if (statuses != QStringList{QStringLiteral("*")}) {
            q.statuses.emplace();
            for (const QString &s : statuses)
                q.statuses->push_back(*fromToken<DealStatus>(s));
        }
        if (fromYear)
            q.years = std::pair{fromYear, 2100};
        auto ids = flowIds(store, q);
        QVERIFY2(ids, qPrintable(ids.errorMessage()));
        QCOMPARE(int(ids->size()), count);
    }

    void everySortOrders_data() {
        QTest::addColumn<int>("sort");
        for (int s = 0; s <= int(FlowQuery::Sort::Sources); ++s)
            QTest::newRow(qPrintable(QString::number(s))) << s;
    }
    void everySortOrders() {
        QFETCH(int, sort);
        Store store = sampleStore();
        FlowQuery q;
        q.sort = FlowQuery::Sort(sort);
        q.descending = false;
        auto up = flowIds(store, q);
        q.descending = true;
        auto down = flowIds(store, q);
        QVERIFY(up && down && up->size() == 21);
        std::vector<Id> reversed(down->rbegin(), down->rend());
        QCOMPARE(*up, reversed); // ties broken by id, both ways
        auto rows = *flowRows(store, *up);
        auto key = [&](const FlowRow &r) -> QString {
            switch (FlowQuery::Sort(sort)) {
            case FlowQuery::Sort::Deal:
                return r.deal.toLower();
            case FlowQuery::Sort::Payer:
                return r.payer.toLower();
            case FlowQuery::Sort::Payee:
                return r.payee.toLower();
            case FlowQuery::Sort::Kind:
                return token(r.kind);
            case FlowQuery::Sort::Status:
                return token(r.status);
            case FlowQuery::Sort::Sources:
                return QString::number(r.sources).rightJustified(4, QLatin1Char('0'));
            default:
                return {};
            }
        };
        for (size_t i = 1; i < rows.size(); ++i)
            QVERIFY2(key(rows[i - 1]) <= key(rows[i]), qPrintable(key(rows[i])));
    }

    // A query told to stop returns an error, not a partial list.
    void aCancelledQueryStops() {
        auto store = Store::openMemory();
        QVERIFY(store);
        gen::Options options;
        options.companies = 2000;
        options.deals = 20000;
        QVERIFY(gen::generate(*store, options));
        FlowQuery q;
        q.sort = FlowQuery::Sort::Payer; // a subquery per row: long enough to be stopped
        int asked = 0;
        auto ids = flowIds(*store, q, [&] { return ++asked > 2; });
        QVERIFY(!ids);
        QVERIFY(ids.errorMessage().contains(QLatin1String("cancelled")));
        // The connection is usable again at once.
        auto again = flowIds(*store, {});
        QVERIFY(again && !again->empty());
    }
};

QTEST_GUILESS_MAIN(TestFlowQuery)
#include "test_flowquery.moc"
