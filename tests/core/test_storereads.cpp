// SPDX-License-Identifier: GPL-3.0-or-later
// The store's reads and writes for the analyses and exchange formats: lookups by id, the
// timeline's query and scan, tables as text, typed writes, transactions and the bulk load.
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "store/bulkload.h"
#include "store/lookups.h"
#include "store/rowwrites.h"
#include "store/store.h"
#include "store/tabletext.h"
#include "store/timelinequery.h"

#include "support/samplestore.h"

#include <QtTest>

using namespace ds;
using namespace ds::testing;

class TestStoreReads : public QObject {
    Q_OBJECT
    Store m_store = sampleStore();

private slots:
    void companyHeadsAndNames() {
        auto heads = companyHeads(m_store);
        QVERIFY2(heads, qPrintable(heads.errorMessage()));
        QCOMPARE(heads->size(), size_t(8));
        QVERIFY(std::is_sorted(heads->begin(), heads->end(),
                               [](const auto &a, const auto &b) { return a.id < b.id; }));
        auto names = companyNamesById(m_store);
        QVERIFY(names);
        QCOMPARE(names->size(), 8);
        for (const CompanyHead &head : *heads) {
            QCOMPARE(names->value(head.id), head.name);
            QCOMPARE(head.kind, m_store.company(head.id)->kind);
        }
    }

    void dealStatusesAreEveryDeal() {
        auto statuses = dealStatuses(m_store);
        QVERIFY(statuses);
        auto deals = m_store.deals();
        QCOMPARE(statuses->size(), deals->size());
        for (const Deal &d : *deals)
            QCOMPARE(statuses->at(d.id), d.status);
    }

    void flowIdRangeOfTheSampleAndOfAnEmptyFile() {
        auto range = flowIdRange(m_store);
        QVERIFY(range);
        auto flows = m_store.flows();
        QCOMPARE(range->low, flows->front().id);
        QCOMPARE(range->high, flows->back().id);
        auto empty = Store::openMemory();
        QCOMPARE(flowIdRange(*empty)->high, Id(0));
        QCOMPARE(flowIdRange(*empty)->low, Id(0));
    }

    void lookupsByIdAndThePairsStake() {
        auto lookups = Lookups::prepare(m_store);
        QVERIFY2(lookups, qPrintable(lookups.errorMessage()));
        const Id microsoft = companyId(m_store, "Microsoft");
        const Id anthropic = companyId(m_store, "Anthropic");
        QCOMPARE(lookups->companyName(microsoft), QStringLiteral("Microsoft"));
        QVERIFY(lookups->companyName(987654).isEmpty());
        const Deal first = m_store.deals()->front();
        QCOMPARE(lookups->deal(first.id)->title, first.title);
        QCOMPARE(lookups->deal(first.id)->status, first.status);
        QVERIFY(!lookups->deal(987654));
        QVERIFY(!lookups->pairStakePercent(microsoft, anthropic));

        Claim stake;
        stake.sourceId = m_store.sources()->front().id;
        stake.companyId = anthropic;
        stake.counterpartyId = microsoft;
        stake.attribute = ClaimAttribute::Stake;
        stake.percent = 4.5;
        auto added = m_store.addClaim(stake);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        // Either way round; a deprecated claim does not count.
        QCOMPARE(lookups->pairStakePercent(microsoft, anthropic).value_or(0), 4.5);
        QCOMPARE(lookups->pairStakePercent(anthropic, microsoft).value_or(0), 4.5);
        QVERIFY(m_store.db().exec(
            QStringLiteral("UPDATE claims SET rank = 'deprecated' WHERE id = %1").arg(*added)));
        QVERIFY(!lookups->pairStakePercent(microsoft, anthropic));
        QVERIFY(m_store.db().exec(QStringLiteral("DELETE FROM claims WHERE id = %1").arg(*added)));
    }

    void timelineRowsAreOrderedAndFiltered() {
        TimelineFilter all;
        auto rows = timelineRows(m_store, all);
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(int64_t(rows->size()), *countTimelineFlows(m_store, all));
        QVERIFY(!rows->empty());
        for (size_t i = 1; i < rows->size(); ++i)
            QVERIFY((*rows)[i - 1].date.sortKey() <= (*rows)[i].date.sortKey());
        for (const TimelineRow &r : *rows) {
            QCOMPARE(r.payer, m_store.company(r.payerId)->name);
            QCOMPARE(r.deal, m_store.deal(r.dealId)->title);
        }

        TimelineFilter amazon;
        amazon.company = companyId(m_store, "Amazon");
        amazon.kinds = {FlowKind::Equity};
        amazon.statuses = {DealStatus::Announced, DealStatus::Completed};
        auto some = timelineRows(m_store, amazon);
        QVERIFY(some);
        QVERIFY(!some->empty());
        QVERIFY(some->size() < rows->size());
        QCOMPARE(int64_t(some->size()), *countTimelineFlows(m_store, amazon));
        for (const TimelineRow &r : *some) {
            QVERIFY(r.payerId == *amazon.company || r.payeeId == *amazon.company);
            QCOMPARE(r.kind, FlowKind::Equity);
            QVERIFY(r.status == DealStatus::Announced || r.status == DealStatus::Completed);
        }

        TimelineFilter year2025;
        year2025.from = *PartialDate::parse(QStringLiteral("2025"));
        year2025.to = *PartialDate::parse(QStringLiteral("2025"));
        for (const TimelineRow &r : *timelineRows(m_store, year2025))
            QCOMPARE(r.date.year(), 2025);
    }

    void timelineScanCoversTheRangeOnce() {
        TimelineFilter all;
        const IdRange range = *flowIdRange(m_store);
        int64_t whole = 0;
        QVERIFY(scanTimelineFlows(m_store, all, range.low, range.high,
                                  [&](const TimelineFlowHead &) { ++whole; }));
        QCOMPARE(whole, *countTimelineFlows(m_store, all));
        const Id middle = range.low + (range.high - range.low) / 2;
        int64_t lower = 0, upper = 0;
        QVERIFY(scanTimelineFlows(m_store, all, range.low, middle,
                                  [&](const TimelineFlowHead &) { ++lower; }));
        QVERIFY(scanTimelineFlows(m_store, all, middle + 1, range.high,
                                  [&](const TimelineFlowHead &) { ++upper; }));
        QCOMPARE(lower + upper, whole);
        QVERIFY(lower > 0 && upper > 0);
    }

    void tablesAsTextHaveTheirColumns() {
        for (auto [table, rows] : {std::pair{TextTable::Deals, 13}, std::pair{TextTable::Flows, 21},
                                   std::pair{TextTable::Claims, 50}}) {
            const QStringList columns = textTableColumns(table);
            int seen = 0;
            QVERIFY(forEachTextRow(m_store, table, [&](const TextRow &row) {
                ++seen;
                return int(row.size()) == columns.size();
            }));
            QCOMPARE(seen, rows);
        }
        // Stopping early is not an error.
        int seen = 0;
        QVERIFY(
            forEachTextRow(m_store, TextTable::Flows, [&](const TextRow &) { return ++seen < 3; }));
        QCOMPARE(seen, 3);
    }

    void typedWrites() {
        const Source first = m_store.sources()->front();
        const Source second = m_store.sources()->back();
        QVERIFY(*m_store.hasRow(Table::Sources, first.id));
        QVERIFY(!*m_store.hasRow(Table::Sources, 987654));
        QVERIFY(!*m_store.hasRow(Table::Claims, 987654));
        QVERIFY(*m_store.hasRow(Table::Claims, m_store.claims()->front().id));

        QVERIFY(m_store.setSourceCites(first.id, second.id));
        QCOMPARE(m_store.source(first.id)->citesId, std::optional<Id>(second.id));
        QVERIFY(m_store.setSourceCites(first.id, std::nullopt));
        QVERIFY(!m_store.source(first.id)->citesId);

        Claim claim = m_store.claims()->front();
        Quote quote = claim.quote;
        quote.exact = QStringLiteral("a quote of its own");
        quote.prefix.clear();
        quote.start = 3;
        quote.end = 21;
        QVERIFY(m_store.setClaimQuote(claim.id, quote, true));
        auto changed = m_store.claimsOfFlow(*claim.flowId);
        const auto it = std::find_if(changed->begin(), changed->end(),
                                     [&](const Claim &c) { return c.id == claim.id; });
        QCOMPARE(it->quote, quote);
        QVERIFY(it->orphaned);
        QVERIFY(m_store.setClaimQuote(claim.id, claim.quote, claim.orphaned));
    }

    void countsForTheEdits() {
        const Id microsoft = companyId(m_store, "Microsoft");
        const Id anthropic = companyId(m_store, "Anthropic");
        const auto between = m_store.flowsBetween(microsoft, anthropic)->size() +
                             m_store.flowsBetween(anthropic, microsoft)->size();
        QVERIFY(between > 0);
        QCOMPARE(*flowCountBetween(m_store, microsoft, anthropic), int64_t(between));
        QCOMPARE(*flowCountBetween(m_store, anthropic, microsoft), int64_t(between));
        QVERIFY(*usesOfCompany(m_store, anthropic) >= int64_t(between));
        QCOMPARE(*usesOfCompany(m_store, 987654), int64_t(0));
        QCOMPARE(*largestId(m_store, Table::Flows), flowIdRange(m_store)->high);
        auto payerFlows = rowsNaming(m_store, CompanyReference::FlowPayer, microsoft);
        QVERIFY(payerFlows);
        for (Id flow : *payerFlows)
            QCOMPARE(m_store.flow(flow)->payerId, microsoft);
    }

    void aTransactionNotCommittedLeavesNothing() {
        const int64_t before = m_store.counts()->companies;
        {
            Transaction tx(m_store);
            QVERIFY(tx.begun());
            Company c;
            c.name = QStringLiteral("Rolled Back Inc");
            QVERIFY(m_store.addCompany(c));
            QCOMPARE(m_store.counts()->companies, before + 1);
        }
        QCOMPARE(m_store.counts()->companies, before);
        {
            Transaction tx(m_store);
            Company c;
            c.name = QStringLiteral("Kept Inc");
            QVERIFY(m_store.addCompany(c));
            QVERIFY(tx.commit());
            QVERIFY(!tx.commit()); // it has ended
        }
        QCOMPARE(m_store.counts()->companies, before + 1);
        QVERIFY(m_store.db().exec(QStringLiteral("DELETE FROM companies WHERE name = 'Kept Inc'")));
    }

    void aBulkLoadWithoutCommitLeavesTheFileEmpty() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bulk.dealscope"));
        auto store = Store::open(path, Store::OpenMode::CreateNew);
        QVERIFY(store);
        {
            auto load = BulkLoad::begin(*store);
            QVERIFY2(load, qPrintable(load.errorMessage()));
            for (Id i = 1; i <= 3; ++i)
                QVERIFY((*load)->add(BulkCompany{i, "Bulk " + QByteArray::number(i), "lab", {}}));
            QVERIFY((*load)->finish());
        }
        QCOMPARE(store->counts()->companies, int64_t(0));
        {
            auto load = BulkLoad::begin(*store);
            QVERIFY(load);
            for (Id i = 1; i <= 3; ++i)
                QVERIFY((*load)->add(BulkCompany{i, "Bulk " + QByteArray::number(i), "lab", {}}));
            QVERIFY((*load)->add(BulkDeal{1, "A deal", "announced", "2025-01", 20250100}));
            QVERIFY((*load)->add(BulkFlow{1, 1, 1, 2, "equity", "2025-01", 20250100}));
            QVERIFY((*load)->finish());
            QVERIFY((*load)->commit());
        }
        QCOMPARE(store->counts()->companies, int64_t(3));
        QCOMPARE(store->counts()->flows, int64_t(1));
        QCOMPARE(store->flow(1)->payerId, Id(1));
        // The settings are back: a foreign key is enforced again.
        Flow orphan;
        orphan.dealId = 1;
        orphan.payerId = 1;
        orphan.payeeId = 99;
        QVERIFY(!store->addFlow(orphan));
    }
};

QTEST_GUILESS_MAIN(TestStoreReads)
#include "test_storereads.moc"
