// SPDX-License-Identifier: GPL-3.0-or-later
// The figure rules, one test each, reconciliation of headline totals, and the acceptance
// checks on the sample dataset.
#include "analysis/figureset.h"
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "store/store.h"

#include <QtTest>

using namespace ds;
using namespace ds::analysis;

namespace {

constexpr int64_t B = 1'000'000'000;

Source source(Id id, const char *publisher, std::optional<Id> cites = std::nullopt) {
    Source s;
    s.id = id;
    s.key = QStringLiteral("s%1").arg(id);
    s.publisher = QString::fromUtf8(publisher);
    s.citesId = cites;
    return s;
}

Claim amount(Id id, Id sourceId, Money money, Rank rank = Rank::Normal) {
    Claim c;
    c.id = id;
    c.sourceId = sourceId;
    c.flowId = 1;
    c.money = money;
    c.money->stated = money.format();
    c.rank = rank;
    return c;
}

Flow flow(Id payer = 10, Id payee = 20) {
    Flow f;
    f.id = 1;
    f.payerId = payer;
    f.payeeId = payee;
    f.date = PartialDate::ofDay(2025, 11, 18);
    return f;
}

SourceIndex sources() {
    SourceIndex index;
    index.add(source(1, "Ars Technica"));
    index.add(source(2, "Gnoppix"));
    index.add(source(3, "Commentary", 1)); // cites Ars Technica
    index.add(source(4, "The Information"));
    return index;
}

QString names(Id id) {
    return id == 10   ? QStringLiteral("Microsoft")
           : id == 20 ? QStringLiteral("Anthropic")
                      : QStringLiteral("Amazon");
}

Verdict verdictOf(const Figure &f, Id claim) {
    for (const ClaimAssessment &a : f.claims)
        if (a.claim.id == claim)
            return a.verdict;
    return Verdict::NoValue;
}

} // namespace

class TestFigures : public QObject {
    Q_OBJECT
private slots:
    void agreeingClaimsGiveAConsensus() {
        const Figure f = deriveFlowFigure(flow(),
                                          {amount(1, 1, Money::exact(30 * B)),
                                           amount(2, 2, Money::exact(30 * B)),
                                           amount(3, 4, Money::about(30 * B))},
                                          sources());
        QVERIFY(!f.disputed);
        QCOMPARE(f.value->minUsd, 30 * B);
        QCOMPARE(f.value->qualifier, Qualifier::Exact);
        QCOMPARE(f.sources, 3);
        QCOMPARE(f.independentSources, 3);
        QVERIFY(f.explanation.contains(QLatin1String("all agree on $30B")));
        QCOMPARE(verdictOf(f, 3), Verdict::Agrees);
    }

    void upToAgreesWithItsValueButNotWithMore() {
        const Figure same = deriveFlowFigure(
            flow(), {amount(1, 1, Money::upTo(5 * B)), amount(2, 2, Money::exact(5 * B))},
            sources());
        QVERIFY(!same.disputed);
        QCOMPARE(same.value->qualifier, Qualifier::Exact); // the more precise statement
        const Figure more = deriveFlowFigure(
            flow(), {amount(1, 1, Money::upTo(5 * B)), amount(2, 2, Money::exact(45 * B))},
            sources());
        QVERIFY(more.disputed);
        QCOMPARE(more.disagreements, QList<Disagreement>{Disagreement::Amount});
        QCOMPARE(more.value->minUsd, 5 * B);
        QCOMPARE(more.value->maxUsd.value_or(0), 45 * B);
        QVERIFY(more.explanation.contains(QLatin1String("$45B in Gnoppix")));
    }

    void toleranceForRoundingAboutAndAtLeast() {
        // Rounding: $30B and $30.2B agree; $30B and $32B do not.
        QVERIFY(!deriveFlowFigure(flow(),
                                  {amount(1, 1, Money::exact(30 * B)),
                                   amount(2, 2, Money::exact(30'200'000'000))},
                                  sources())
                     .disputed);
        QVERIFY(deriveFlowFigure(
                    flow(),
                    {amount(1, 1, Money::exact(30 * B)), amount(2, 2, Money::exact(32 * B))},
                    sources())
                    .disputed);
        // "About" allows 10 %.
        QVERIFY(!deriveFlowFigure(
                     flow(),
                     {amount(1, 1, Money::about(30 * B)), amount(2, 2, Money::exact(32 * B))},
                     sources())
                     .disputed);
        // "More than $2B" agrees with $4B, not with $1B.
        QVERIFY(!deriveFlowFigure(
                     flow(),
                     {amount(1, 1, Money::atLeast(2 * B)), amount(2, 2, Money::exact(4 * B))},
                     sources())
                     .disputed);
        QVERIFY(deriveFlowFigure(
                    flow(),
                    {amount(1, 1, Money::atLeast(2 * B)), amount(2, 2, Money::exact(1 * B))},
                    sources())
                    .disputed);
        // A range agrees with what lies in it.
        QVERIFY(!deriveFlowFigure(
                     flow(),
                     {amount(1, 1, Money::range(5 * B, 10 * B)), amount(2, 2, Money::exact(8 * B))},
                     sources())
                     .disputed);
    }

    void preferredWinsAndDeprecatedIsNotCounted() {
        // Two sources say $45B, one preferred claim says $5B: the preferred one is the figure's
        // reference, the others disagree with it.
        const Figure preferred = deriveFlowFigure(
            flow(),
            {amount(1, 2, Money::exact(45 * B)), amount(2, 4, Money::exact(45 * B)),
             amount(3, 1, Money::exact(5 * B), Rank::Preferred)},
            sources());
        QCOMPARE(verdictOf(preferred, 3), Verdict::Agrees);
        QCOMPARE(verdictOf(preferred, 1), Verdict::Disagrees);
        QVERIFY(preferred.explanation.contains(QLatin1String("2 disagree")));
        // A deprecated claim is shown but not counted: no dispute.
        const Figure deprecated =
            deriveFlowFigure(flow(),
                             {amount(1, 1, Money::exact(5 * B)),
                              amount(2, 2, Money::exact(45 * B), Rank::Deprecated)},
                             sources());
        QVERIFY(!deprecated.disputed);
        QCOMPARE(verdictOf(deprecated, 2), Verdict::NotCounted);
        QCOMPARE(deprecated.claims.size(), size_t(2));
        QCOMPARE(deprecated.sources, 1);
        QVERIFY(deprecated.explanation.contains(QLatin1String("deprecated")));
    }

    void aCitingSourceIsNotIndependent() {
        const Figure f = deriveFlowFigure(flow(),
                                          {amount(1, 1, Money::exact(30 * B)),
                                           amount(2, 3, Money::exact(30 * B)),
                                           amount(3, 2, Money::exact(30 * B))},
                                          sources());
        QCOMPARE(f.sources, 3);
        QCOMPARE(f.independentSources, 2);
        QVERIFY(f.explanation.startsWith(QLatin1String("3 source")));
        QVERIFY(f.explanation.contains(QLatin1String("2 independent")));
        // Two claims relayed from one outlet do not outvote an independent one.
        const Figure relayed =
            deriveFlowFigure(flow(),
                             {amount(1, 1, Money::exact(5 * B)), amount(2, 3, Money::exact(5 * B)),
                              amount(3, 2, Money::exact(45 * B))},
                             sources());
        QVERIFY(relayed.explanation.contains(QLatin1String("sources disagree")));
    }

    void directionAttributionDateAndExistence() {
        Claim reversed = amount(2, 2, Money::exact(30 * B));
        reversed.statedPayerId = 20;
        reversed.statedPayeeId = 10;
        Claim otherPayer = amount(3, 4, Money::exact(30 * B));
        otherPayer.statedPayerId = 30;
        Claim wrongDate = amount(4, 1, Money::exact(30 * B));
        wrongDate.date = PartialDate::ofYear(2023);
        Claim denies;
        denies.id = 5;
        denies.sourceId = 4;
        denies.attribute = ClaimAttribute::Existence;
        denies.stance = Stance::Contradicts;
        const Figure f = deriveFlowFigure(
            flow(), {amount(1, 1, Money::exact(30 * B)), reversed, otherPayer, wrongDate, denies},
            sources(), names);
        QVERIFY(f.disputed);
        QCOMPARE(f.disagreements,
                 (QList<Disagreement>{Disagreement::Direction, Disagreement::Attribution,
                                      Disagreement::Date, Disagreement::Existence}));
        QVERIFY(f.explanation.contains(
            QLatin1String("direction: Gnoppix says Anthropic pays Microsoft")));
        QVERIFY(f.explanation.contains(
            QLatin1String("attribution: The Information says Amazon pays Anthropic")));
        QVERIFY(f.explanation.contains(QLatin1String("date: Ars Technica says 2023")));
        QVERIFY(f.explanation.contains(QLatin1String("existence: The Information contradicts it")));
        QCOMPARE(verdictOf(f, 1), Verdict::Agrees);
        QCOMPARE(verdictOf(f, 2), Verdict::Disagrees);
        // A date within the flow's month agrees.
        Claim sameMonth = amount(6, 1, Money::exact(30 * B));
        sameMonth.date = PartialDate::ofMonth(2025, 11);
        QVERIFY(!deriveFlowFigure(flow(), {sameMonth}, sources()).disputed);
    }

    void statusClaims() {
        auto says = [](Id id, Id sourceId, DealStatus status) {
            Claim c;
            c.id = id;
            c.sourceId = sourceId;
            c.flowId = 1;
            c.attribute = ClaimAttribute::Existence;
            c.statedStatus = status;
            return c;
        };
        // Sources 1, 2 and 4 independent, 3 citing 1; each published when given.
        auto publishedOn = [](std::initializer_list<const char *> dates) {
            SourceIndex index;
            const char *publishers[] = {"Ars Technica", "Gnoppix", "Commentary", "The Information"};
            Id id = 1;
            for (const char *date : dates) {
                Source s =
                    source(id, publishers[id - 1], id == 3 ? std::optional<Id>(1) : std::nullopt);
                s.published = *PartialDate::parse(QString::fromLatin1(date));
                index.add(s);
                ++id;
            }
            return index;
        };
        // The same month, one says announced, the other completed: a status dispute, both sides.
        Figure f = deriveFlowFigure(
            flow(), {says(1, 1, DealStatus::Announced), says(2, 2, DealStatus::Completed)},
            publishedOn({"2025-11-18", "2025-11~"}), names);
        QCOMPARE(f.disagreements, QList<Disagreement>{Disagreement::Status});
        QCOMPARE(verdictOf(f, 1), Verdict::Disagrees);
        QCOMPARE(verdictOf(f, 2), Verdict::Disagrees);
        QVERIFY2(f.explanation.contains(QLatin1String("status: Gnoppix says Completed")),
                 qPrintable(f.explanation));
        // Talks in March, completed in June: the deal moved on, no dispute.
        const SourceIndex marchJune = publishedOn({"2025-03-02", "2025-06-10"});
        QVERIFY(!deriveFlowFigure(
                     flow(), {says(1, 1, DealStatus::InTalks), says(2, 2, DealStatus::Completed)},
                     marchJune)
                     .disputed);
        // ...but completed in March and still in talks in June is a dispute.
        QCOMPARE(deriveFlowFigure(
                     flow(), {says(1, 1, DealStatus::Completed), says(2, 2, DealStatus::InTalks)},
                     marchJune)
                     .disagreements,
                 QList<Disagreement>{Disagreement::Status});
        // Three independent sources against one: only the lone one disagrees; a source citing
        // another does not make a side larger.
        const SourceIndex november = publishedOn({"2025-11", "2025-11", "2025-11", "2025-11"});
        f = deriveFlowFigure(flow(),
                             {says(1, 1, DealStatus::Completed), says(2, 2, DealStatus::Completed),
                              says(3, 4, DealStatus::Completed), says(4, 3, DealStatus::Announced)},
                             november);
        QCOMPARE(f.disagreements, QList<Disagreement>{Disagreement::Status});
        QCOMPARE(verdictOf(f, 1), Verdict::NoValue);
        QCOMPARE(verdictOf(f, 4), Verdict::Disagrees);
        f = deriveFlowFigure(flow(),
                             {says(1, 1, DealStatus::Completed), says(2, 3, DealStatus::Completed),
                              says(3, 2, DealStatus::Announced)},
                             november);
        QCOMPARE(verdictOf(f, 1), Verdict::Disagrees); // one independent source on each side
        QCOMPARE(verdictOf(f, 3), Verdict::Disagrees);
        // A deprecated dissenter, or one status alone: no dispute.
        Claim deprecated = says(2, 2, DealStatus::Rumoured);
        deprecated.rank = Rank::Deprecated;
        QVERIFY(!deriveFlowFigure(flow(), {says(1, 1, DealStatus::Completed), deprecated}, november)
                     .disputed);
        QVERIFY(!deriveFlowFigure(flow(), {says(1, 1, DealStatus::Cancelled)}, november).disputed);
        // Without a publication date, the date the claim states is when it holds.
        Claim talks = says(1, 1, DealStatus::InTalks);
        talks.date = PartialDate::ofDay(2025, 11, 1);
        Claim closed = says(2, 2, DealStatus::Completed);
        closed.date = PartialDate::ofDay(2025, 11, 18);
        SourceIndex unpublished;
        unpublished.add(source(1, "Ars Technica"));
        unpublished.add(source(2, "Gnoppix"));
        Flow undatedFlow = flow();
        undatedFlow.date = {};
        f = deriveFlowFigure(undatedFlow, {talks, closed}, unpublished);
        QVERIFY(!f.disagreements.contains(Disagreement::Status));
        // A deal's headline total reads its claims' statuses too.
        Claim total = amount(5, 1, Money::exact(45 * B));
        total.flowId.reset();
        total.dealId = 1;
        total.attribute = ClaimAttribute::Total;
        total.statedStatus = DealStatus::Completed;
        Claim other = total;
        other.id = 6;
        other.sourceId = 2;
        other.statedStatus = DealStatus::Rumoured;
        QCOMPARE(deriveValueFigure(Figure::Subject::DealTotal, 1, ClaimAttribute::Total, {},
                                   {total, other}, november)
                     .disagreements,
                 QList<Disagreement>{Disagreement::Status});
    }

    void reconcilesHeadlineTotals() {
        Figure total = deriveValueFigure(
            Figure::Subject::DealTotal, 1, ClaimAttribute::Total, std::nullopt,
            {amount(1, 2, Money::exact(45 * B)), amount(2, 1, Money::exact(40 * B)),
             amount(3, 4, Money::exact(99 * B))},
            sources());
        // Microsoft → Anthropic: $5B from Ars Technica, $45B from Gnoppix (the total's source).
        std::vector<FlowCandidate> flows = {
            {11, 2, 1, QStringLiteral("Microsoft → Anthropic"), {{5 * B, 1}, {45 * B, 2}}},
            {12, 3, 1, QStringLiteral("Nvidia → Anthropic"), {{10 * B, 1}}},
            {13, 1, 2, QStringLiteral("Anthropic → Microsoft"), {{30 * B, 1}, {30 * B, 4}}},
            {14, 2, 3, QStringLiteral("Microsoft → Nvidia"), {}},
        };
        const auto recs = reconcile(total, flows, sources());
        QCOMPARE(recs.size(), size_t(3));
        QVERIFY(recs[0].matched);
        // The $30B is Anthropic's commitment to Microsoft: it runs the other way, and says so.
        QCOMPARE(recs[0].text, QStringLiteral("$45B = $5B + $10B + $30B (counting the $30B of "
                                              "Anthropic → Microsoft, which runs the other way)"));
        QCOMPARE(recs[0].parts.size(), size_t(3));
        QCOMPARE(recs[1].text, QStringLiteral("$40B = $10B + $30B"));
        QVERIFY(!recs[2].matched);
        QVERIFY(recs[2].text.contains(QLatin1String("no combination")));
    }

    void acceptanceOnTheSampleDataset() {
        auto store = Store::openMemory();
        QVERIFY(json::importDocument(*store, sample::sampleJson()));
        auto set = FigureSet::load(*store);
        QVERIFY(set);
        auto id = [&](const char *name) {
            return store->companyIdByName(QString::fromLatin1(name))->value_or(0);
        };
        std::vector<FigureRecord> disputed, all;
        QVERIFY(set->forEach([&](const FigureRecord &r) {
            all.push_back(r);
            if (r.figure.disputed)
                disputed.push_back(r);
            return true;
        }));
        auto findFlow = [&](const char *payer, const char *payee, FlowKind kind,
                            const QString &date) -> const FigureRecord * {
            for (const FigureRecord &r : all)
                if (r.flow && r.flow->payerId == id(payer) && r.flow->payeeId == id(payee) &&
                    r.flow->kind == kind && r.flow->date.toString() == date)
                    return &r;
            return nullptr;
        };
        const FigureRecord *msft =
            findFlow("Microsoft", "Anthropic", FlowKind::Equity, QStringLiteral("2025-11-18"));
        QVERIFY(msft && msft->figure.disputed);
        // 000 says the companies announced plans, 001 that the deal is closed.
        QCOMPARE(msft->figure.disagreements,
                 (QList<Disagreement>{Disagreement::Amount, Disagreement::Status}));
        QVERIFY2(msft->figure.explanation.contains(QLatin1String("status: Gnoppix says Completed")),
                 qPrintable(msft->figure.explanation));
        QCOMPARE(msft->figure.value->minUsd, 5 * B);
        QCOMPARE(msft->figure.value->maxUsd.value_or(0), 45 * B);

        const FigureRecord *azure =
            findFlow("Anthropic", "Microsoft", FlowKind::Compute, QStringLiteral("2025-11-18"));
        QVERIFY(azure && azure->figure.disputed);
        QCOMPARE(azure->figure.disagreements, QList<Disagreement>{Disagreement::Direction});

        const FigureRecord *first =
            findFlow("Amazon", "Anthropic", FlowKind::Equity, QStringLiteral("2023-09"));
        QVERIFY(first && first->figure.disputed);
        QCOMPARE(first->figure.disagreements, QList<Disagreement>{Disagreement::Attribution});
        QVERIFY(first->figure.explanation.contains(
            QLatin1String("Gnoppix says Microsoft pays Anthropic")));

        for (const FigureRecord &r : all)
            if (r.flow && r.flow->payerId == id("Google")) {
                QVERIFY(!r.figure.disputed);
                QCOMPARE(r.figure.value->minUsd, 2 * B);
            }

        // The headline totals: $45B = the package's three flows; $40B = $10B + $30B.
        const FigureRecord *headline = nullptr;
        for (const FigureRecord &r : all)
            if (r.figure.subject == Figure::Subject::DealTotal)
                headline = &r;
        QVERIFY(headline);
        QStringList texts;
        for (const Reconciliation &rec : headline->reconciliations)
            texts << rec.text;
        QVERIFY2(std::any_of(texts.begin(), texts.end(),
                             [](const QString &t) {
                                 return t.startsWith(QStringLiteral("$45B = $5B + $10B + $30B")) &&
                                        t.contains(QStringLiteral("the $30B of Anthropic → "
                                                                  "Microsoft"));
                             }),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("$40B = $10B + $30B")));

        // Amazon's total investment in Anthropic: $8B = $4B + $4B, across two deals.
        auto amazon = set->companyFigures(id("Amazon"));
        QVERIFY(amazon);
        QCOMPARE(amazon->size(), size_t(1));
        QCOMPARE(amazon->front().reconciliations.front().text, QStringLiteral("$8B = $4B + $4B"));
        auto anthropic = set->companyFigures(id("Anthropic"));
        QCOMPARE(anthropic->front().figure.attribute, ClaimAttribute::Valuation);
        QCOMPARE(anthropic->front().figure.value->maxUsd.value_or(0), 40 * B);

        QCOMPARE(disputed.size(), size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestFigures)
#include "test_figures.moc"
