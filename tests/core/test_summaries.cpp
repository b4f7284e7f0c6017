// SPDX-License-Identifier: GPL-3.0-or-later
// The store's summary reads for the views: sources' use, company names, a company's flows.
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "store/store.h"
#include "store/summaries.h"

#include <QtTest>

using namespace ds;

class TestSummaries : public QObject {
    Q_OBJECT
    Store m_store = [] {
        auto store = Store::openMemory();
        if (!store || !json::importDocument(*store, sample::sampleJson()))
            qFatal("no sample");
        return std::move(*store);
    }();

private slots:
    void sourceUses() {
        auto uses = ds::sourceUses(m_store);
        QVERIFY2(uses, qPrintable(uses.errorMessage()));
        int claims = 0;
        for (const SourceUse &use : *uses)
            claims += use.claims;
        QCOMPARE(claims, 50);
        const Id commentary =
            *m_store.sourceIdByKey(QStringLiteral("000_3d48807f31588108")).value();
        QCOMPARE(uses->value(commentary).claims, 13);
        QCOMPARE(uses->value(commentary).orphaned, 0);
        QVERIFY(!uses->value(commentary).hasText); // the sample ships without the articles
        // An orphaned quote is counted as such.
        QVERIFY(
            m_store.db().exec(QStringLiteral("UPDATE claims SET orphaned = 1 WHERE id IN (1, 5)")));
        QCOMPARE(ds::sourceUses(m_store)->value(commentary).orphaned, 2);
        QVERIFY(m_store.db().exec(QStringLiteral("UPDATE claims SET orphaned = 0")));
    }

    void companyNamesAreSortedAsPeopleRead() {
        auto names = companyNames(m_store);
        QVERIFY(names);
        QCOMPARE(names->size(), 8);
        QCOMPARE(names->front(), QStringLiteral("Amazon"));
        QStringList sorted = *names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(*names, sorted);
    }

    void flowsOfACompany() {
        QCOMPARE(*flowCountOfCompany(m_store,
                                     *m_store.companyIdByName(QStringLiteral("Amazon")).value()),
                 int64_t(8));
        QCOMPARE(*flowCountOfCompany(m_store, 987654), int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSummaries)
#include "test_summaries.moc"
