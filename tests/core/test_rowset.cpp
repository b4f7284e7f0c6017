// SPDX-License-Identifier: GPL-3.0-or-later
// Adding and deleting deals, flows, sources and claims: each is one transaction, a deletion
// takes what depends on the row with it, and putting the rows back restores the file exactly
// (compared through its JSON export); invalid values are refused and change nothing.
#include "edit/edits.h"
#include "edit/rowset.h"
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "ingest/anchor.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ds;
using namespace ds::edits;

class TestRowSet : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Store> m_store;
    int m_files = 0;

    Store &store() { return *m_store; }
    QByteArray snapshot() { return *json::exportStore(store()); }
    Id company(const char *name) { return **store().companyIdByName(QString::fromLatin1(name)); }
    int64_t count(const char *table) {
        return *store().db().queryInt(
            QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
    Id sourceWithCitations() {
        return *store().db().queryInt(
            QStringLiteral("SELECT cites_id FROM sources WHERE cites_id IS NOT NULL LIMIT 1"));
    }
    // The sample's sources come without their text: give one a text of its own.
    Id sourceWithText() {
        const Id id = 7;
        if (store().source(id)->text.isEmpty()) {
            auto attached = ingest::attachText(
                store(), id,
                QStringLiteral("Amazon will invest a further $4 billion in Anthropic.\n\nThe "
                               "startup will train its models on Annapurna Labs chips, the "
                               "companies said on Friday."));
            if (!attached)
                qFatal("%s", qPrintable(attached.errorMessage()));
        }
        return id;
    }
    // Removes with `remove`, checks the effect, puts the rows back and compares.
    void removeAndRestore(const std::function<Result<RowSet>()> &remove,
                          const std::function<void(const RowSet &)> &check) {
        const QByteArray before = snapshot();
        auto rows = remove();
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QVERIFY(snapshot() != before);
        check(*rows);
        QVERIFY(restoreRows(store(), *rows));
        QCOMPARE(snapshot(), before);
    }

private slots:
    void init() {
        const QString path = m_dir.filePath(QStringLiteral("rows%1.dealscope").arg(++m_files));
        QVERIFY(sample::writeSampleFile(path));
        auto opened = Store::open(path);
        QVERIFY(opened);
        m_store.emplace(std::move(*opened));
    }

    void deletingADealTakesItsFlowsAndClaims() {
        const Id deal = store().flow(1)->dealId;
        const size_t flows = store().flowsOfDeal(deal)->size();
        const int64_t sources = count("sources");
        removeAndRestore([&] { return removeDeal(store(), deal); },
                         [&](const RowSet &rows) {
                             QCOMPARE(rows.deals.size(), size_t(1));
                             QCOMPARE(rows.flows.size(), flows);
                             QVERIFY(!rows.claims.empty());
                             QVERIFY(!store().deal(deal));
                             QVERIFY(store().flowsOfDeal(deal)->empty());
                             QCOMPARE(count("sources"), sources); // the sources stay
                         });
    }

    void deletingAFlowKeepsItsDealUnlessItWasTheLast() {
        // A deal with several flows keeps the others.
        const auto many = store().db().queryInt(QStringLiteral(
            "SELECT deal_id FROM flows GROUP BY deal_id HAVING count(*) > 1 LIMIT 1"));
        QVERIFY(many);
        const Id flow = store().flowsOfDeal(*many)->front().id;
        removeAndRestore([&] { return removeFlow(store(), flow); },
                         [&](const RowSet &rows) {
                             QVERIFY(rows.deals.empty());
                             QCOMPARE(rows.flows.size(), size_t(1));
                             QVERIFY(store().deal(*many));
                         });
        // The only flow of a deal takes the deal with it.
        const auto single = store().db().queryInt(QStringLiteral(
            "SELECT deal_id FROM flows GROUP BY deal_id HAVING count(*) = 1 LIMIT 1"));
        QVERIFY(single);
        const Id only = store().flowsOfDeal(*single)->front().id;
        removeAndRestore([&] { return removeFlow(store(), only); },
                         [&](const RowSet &rows) {
                             QCOMPARE(rows.deals.size(), size_t(1));
                             QVERIFY(!store().deal(*single));
                         });
    }

    void deletingASourceTakesItsClaimsAndCitations() {
        const Id cited = sourceWithCitations();
        QVERIFY(cited > 0);
        removeAndRestore(
            [&] { return removeSource(store(), cited); },
            [&](const RowSet &rows) {
                QCOMPARE(rows.sources.size(), size_t(1));
                QVERIFY(!rows.citations.empty());
                QVERIFY(!store().source(cited));
                QCOMPARE(*store().db().queryInt(
                             QStringLiteral("SELECT count(*) FROM claims WHERE source_id = %1")
                                 .arg(cited)),
                         int64_t(0));
            });
        // A source with text: the text is kept, and found by search again once restored.
        const Id withText = sourceWithText();
        const auto found = [&] {
            return *store().db().queryInt(
                QStringLiteral("SELECT count(*) FROM source_fts WHERE source_fts MATCH "
                               "'\"annapurna\"' AND rowid = %1")
                    .arg(withText));
        };
        QCOMPARE(found(), int64_t(1));
        removeAndRestore([&] { return removeSource(store(), withText); },
                         [&](const RowSet &rows) {
                             QVERIFY(!rows.sources.front().text.isEmpty());
                             QCOMPARE(*store().db().queryInt(QStringLiteral(
                                          "SELECT count(*) FROM source_fts WHERE source_fts "
                                          "MATCH '\"annapurna\"'")),
                                      int64_t(0));
                         });
        QCOMPARE(found(), int64_t(1));
    }

    void removingWhatIsNotThereChangesNothing() {
        const QByteArray before = snapshot();
        QVERIFY(!removeDeal(store(), 9999));
        QVERIFY(!removeFlow(store(), 9999));
        QVERIFY(!removeSource(store(), 9999));
        QCOMPARE(snapshot(), before);
    }

    void addingADealWithItsFirstFlow() {
        Deal deal;
        deal.title = QStringLiteral("  Mistral raises from Nvidia ");
        deal.status = DealStatus::InTalks;
        deal.announced = PartialDate::ofMonth(2026, 3);
        Flow flow;
        flow.payerId = company("Nvidia");
        flow.payeeId = company("Anthropic");
        flow.kind = FlowKind::Equity;
        const QByteArray before = snapshot();
        auto rows = addDeal(store(), deal, flow);
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(rows->deals.size(), size_t(1));
        QCOMPARE(rows->flows.size(), size_t(1));
        const Deal stored = *store().deal(rows->deals.front().id);
        QCOMPARE(stored.title, QStringLiteral("Mistral raises from Nvidia"));
        QCOMPARE(stored.status, DealStatus::InTalks);
        QCOMPARE(store().flow(rows->flows.front().id)->dealId, stored.id);
        QVERIFY(removeRows(store(), *rows));
        QCOMPARE(snapshot(), before);
        QVERIFY(restoreRows(store(), *rows)); // redo: the same ids
        QCOMPARE(store().deal(rows->deals.front().id)->title, stored.title);
    }

    void invalidAdditionsAreRefused() {
        const QByteArray before = snapshot();
        Flow self;
        self.payerId = self.payeeId = company("Nvidia");
        Deal deal;
        deal.title = QStringLiteral("Self-dealing");
        auto selfDeal = addDeal(store(), deal, self);
        QVERIFY(!selfDeal);
        QVERIFY(selfDeal.errorMessage().contains(QStringLiteral("payee")));
        Flow ok;
        ok.payerId = company("Nvidia");
        ok.payeeId = company("Anthropic");
        QVERIFY(!addDeal(store(), Deal{}, ok)); // no title
        ok.dealId = 9999;
        QVERIFY(!addFlow(store(), ok)); // no such deal
        QVERIFY(!addSource(store(), Source{}));
        QCOMPARE(snapshot(), before);
    }

    void addingAFlowAndASource() {
        Flow flow;
        flow.dealId = store().flow(1)->dealId;
        flow.payerId = company("Google");
        flow.payeeId = company("Anthropic");
        flow.kind = FlowKind::Compute;
        auto rows = addFlow(store(), flow);
        QVERIFY(rows);
        QCOMPARE(store().flow(rows->flows.front().id)->kind, FlowKind::Compute);
        Source source;
        source.title = QStringLiteral("Paywalled interview");
        source.publisher = QStringLiteral("The Information");
        auto added = addSource(store(), source);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        const Source stored = *store().source(added->sources.front().id);
        QVERIFY(stored.key.startsWith(QStringLiteral("manual-")));
        QCOMPARE(stored.publisher, QStringLiteral("The Information"));
        QVERIFY(stored.text.isEmpty());
    }

    void claimsByHand() {
        const Id flow = 1;
        Claim claim;
        claim.flowId = flow;
        claim.attribute = ClaimAttribute::Amount;
        claim.money = Money::parse(QStringLiteral("$12 billion"));
        QVERIFY(!claimProblem(store(), claim).isEmpty()); // no source
        const Id source = sourceWithText();
        claim.sourceId = source;
        QVERIFY(claimProblem(store(), claim).isEmpty());
        // A quote must stand in the source's text; spacing and case may differ.
        claim.quote.exact = QStringLiteral("words that no article contains");
        QVERIFY(claimProblem(store(), claim).contains(QStringLiteral("quote")));
        const QString text = store().source(source)->text;
        const QString sentence = text.mid(text.indexOf(QLatin1Char(' ')) + 1, 60);
        claim.quote.exact = sentence.toUpper().simplified();
        auto rows = addClaim(store(), claim);
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        const Claim stored = rows->claims.front();
        QVERIFY(stored.quote.start.has_value());
        QCOMPARE(text.mid(*stored.quote.start, *stored.quote.end - *stored.quote.start),
                 stored.quote.exact); // anchored: the quote takes the text's form
        // What each attribute needs.
        Claim date = claim;
        date.quote = {};
        date.attribute = ClaimAttribute::Date;
        QVERIFY(!claimProblem(store(), date).isEmpty());
        date.date = PartialDate::ofMonth(2025, 11);
        QVERIFY(claimProblem(store(), date).isEmpty());
        Claim stake = date;
        stake.flowId.reset();
        stake.companyId = company("Anthropic");
        stake.attribute = ClaimAttribute::Stake;
        stake.percent = 140;
        QVERIFY(!claimProblem(store(), stake).isEmpty());
        stake.percent = 14;
        QVERIFY(claimProblem(store(), stake).isEmpty());
        stake.dealId = 1; // two targets
        QVERIFY(!claimProblem(store(), stake).isEmpty());
    }

    // What was added after a watermark is read back whole and can be taken away exactly.
    void rowsAddedSinceAWatermark() {
        const QByteArray before = snapshot();
        const auto mark = watermark(store());
        QVERIFY(mark);
        Company c;
        c.name = QStringLiteral("Reflection AI");
        c.aliases = {QStringLiteral("Reflection")};
        QVERIFY(addCompany(store(), c));
        Deal deal;
        deal.title = QStringLiteral("Nvidia backs Reflection AI");
        Flow flow;
        flow.payerId = company("Nvidia");
        flow.payeeId = company("Reflection AI");
        auto rows = addDeal(store(), deal, flow);
        QVERIFY(rows);
        Claim claim;
        claim.flowId = rows->flows.front().id;
        claim.sourceId = 1;
        claim.money = Money::parse(QStringLiteral("$2 billion"));
        QVERIFY(addClaim(store(), claim));
        auto added = rowsAddedSince(store(), *mark);
        QVERIFY(added);
        QCOMPARE(added->companies.size(), size_t(1));
        QCOMPARE(added->companies.front().aliases, QStringList{QStringLiteral("Reflection")});
        QCOMPARE(added->deals.size(), size_t(1));
        QCOMPARE(added->flows.size(), size_t(1));
        QCOMPARE(added->claims.size(), size_t(1));
        QVERIFY(added->sources.empty());
        const QByteArray after = snapshot();
        QVERIFY(removeRows(store(), *added));
        QCOMPARE(snapshot(), before);
        QVERIFY(restoreRows(store(), *added));
        QCOMPARE(snapshot(), after);
    }

    void editingDealsAndSources() {
        Deal deal = *store().deal(store().flow(1)->dealId);
        const QByteArray before = snapshot();
        Deal edited = deal;
        edited.status = DealStatus::Cancelled;
        edited.announced = PartialDate::ofDay(2025, 11, 18, true);
        QVERIFY(updateDeal(store(), edited));
        QCOMPARE(store().deal(deal.id)->status, DealStatus::Cancelled);
        QCOMPARE(store().deal(deal.id)->announced, edited.announced);
        edited.title = QStringLiteral("   ");
        QVERIFY(!updateDeal(store(), edited));
        QVERIFY(updateDeal(store(), deal));
        QCOMPARE(snapshot(), before);

        const Source source = *store().source(sourceWithCitations());
        Source renamed = source;
        renamed.title = QStringLiteral("A better title");
        renamed.url = QStringLiteral("https://example.com/a");
        QVERIFY(updateSource(store(), renamed));
        QCOMPARE(store().source(source.id)->title, renamed.title);
        QCOMPARE(store().source(source.id)->text, source.text); // the text stays
        QVERIFY(updateSource(store(), source));
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestRowSet)
#include "test_rowset.moc"
