// SPDX-License-Identifier: GPL-3.0-or-later
// Who pays whom in the patterns of real deal writing: verb frames, deals "with" someone
// oriented by what each side sells, hardware named beside the parties, references ("the
// ChatGPT maker", "the cloud provider"), relative clauses, lead investors, conversions,
// places and people that are not parties; what an amount is when it is not a payment; and
// the confidence and reasons each proposal carries. The sentences are written for this test
// in the forms the press uses; none is copied from an article.
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "ingest/article.h"
#include "ingest/extraction.h"
#include "store/store.h"

#include <QtTest>

using namespace ds;
using namespace ds::ingest;

namespace {

const CompanyDictionary &dictionary() {
    static const CompanyDictionary d = [] {
        auto store = Store::openMemory();
        if (!store || !json::importDocument(*store, sample::sampleJson()))
            return CompanyDictionary();
        return *CompanyDictionary::fromStore(*store);
    }();
    return d;
}

// The proposal whose figure is the `index`-th amount of the text.
Proposal figure(const QString &text, int index = 0) {
    const Extraction ex = extract(text, dictionary());
    return index < int(ex.proposals.size()) ? ex.proposals[size_t(index)] : Proposal();
}

} // namespace

class TestDirection : public QObject {
    Q_OBJECT
private slots:
    void whoPaysWhom_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("payer");
        QTest::addColumn<QString>("payee");
        QTest::addColumn<QString>("kind");
        auto row = [](const char *name, const char *text, int index, const char *payer,
                      const char *payee, const char *kind) {
            QTest::newRow(name) << QString::fromUtf8(text) << index << QString::fromUtf8(payer)
                                << QString::fromUtf8(payee) << QString::fromUtf8(kind);
        };
        // A deal "with" someone: the customer pays the provider, whoever is the subject.
        row("GPU cloud signs with a cloud",
            "Acme Cloud rival Nebius signed an agreement with Microsoft worth up to $19.4 billion "
            "for AI capacity.",
            0, "Microsoft", "Nebius", "compute");
        row("headline: cloud expands pact with lab",
            "CoreWeave expands OpenAI pact with new $6.5 billion contract", 0, "OpenAI",
            "CoreWeave", "compute");
        row("expanded its agreement by",
            "The deal came days after CoreWeave expanded its OpenAI agreement by $6.5 billion.", 0,
            "OpenAI", "CoreWeave", "compute");
        row("chips named for the capacity",
            "OpenAI has signed a seven-year, $38 billion deal with Amazon to purchase cloud "
            "capacity powered by Nvidia chips.",
            0, "OpenAI", "Amazon", "compute");
        row("GPUs deployed by a GPU cloud",
            "UK startup Nscale reached a deal with Microsoft worth up to $14 billion to deploy "
            "104,000 Nvidia GB300 chips in Texas.",
            0, "Microsoft", "Nscale", "compute");
        row("leasing GPUs",
            "Microsoft signs a $9 billion deal with Nscale, leasing 52,000 Nvidia GPUs.", 0,
            "Microsoft", "Nscale", "compute");
        // Verb frames.
        row("purchase from",
            "OpenAI agreed to purchase roughly $300 billion of computing power "
            "from Oracle over five years.",
            0, "OpenAI", "Oracle", "compute");
        row("for X to purchase",
            "Oracle signed a deal with OpenAI for the AI company to purchase $300 billion worth "
            "of computing power.",
            0, "OpenAI", "Oracle", "compute");
        row("relative clause spends on chips",
            "OpenAI struck a $300 billion cloud deal with Oracle, which plans to spend $40 billion "
            "on 400,000 Nvidia chips.",
            1, "Oracle", "Nvidia", "chips");
        row("lands a contract from",
            "CoreWeave landed a $4 billion contract from OpenAI for compute.", 0, "OpenAI",
            "CoreWeave", "compute");
        row("object of an acquisition",
            "Google agreed to purchase cloud security firm Wiz for $32 billion in cash.", 0,
            "Google", "Wiz", "acquisition");
        row("description before the name",
            "Microsoft made a $16 million investment in French AI startup Mistral.", 0, "Microsoft",
            "Mistral AI", "equity");
        row("possessor between preposition and name",
            "Nvidia backed funds linked to Elon Musk’s xAI, where a $2 billion investment went.", 0,
            "Nvidia", "xAI", "equity");
        row("injecting into",
            "The plan has Nvidia injecting $10 billion a year into OpenAI, "
            "money earmarked for buying Nvidia chips.",
            0, "Nvidia", "OpenAI", "equity");
        row("receive verb in another clause",
            "Nvidia made a $5 billion investment in Intel to secure a foothold, and a commitment "
            "of $100 billion to OpenAI.",
            1, "Nvidia", "OpenAI", "equity");
        // References.
        row("the ChatGPT maker",
            "The ChatGPT maker agreed to pay Broadcom $10 billion for custom chips.", 0, "OpenAI",
            "Broadcom", "chips");
        row("creator of", "Amazon will invest $4 billion in the creator of Claude.", 0, "Amazon",
            "Anthropic", "equity");
        row("the cloud provider",
            "CoreWeave won OpenAI work while Nvidia pre-purchased $6.3 billion in services from "
            "the cloud provider.",
            0, "Nvidia", "CoreWeave", "compute");
        row("the start-up and the lead investor",
            "OpenAI’s new funding round is led by SoftBank. That fund-raising effort could pump "
            "$40 billion into the A.I. start-up.",
            0, "SoftBank", "OpenAI", "equity");
        row("These range from",
            "This year Nvidia has struck many deals. These range from a $5 billion investment in "
            "Intel to a commitment of $100 billion to OpenAI.",
            0, "Nvidia", "Intel", "equity");
        row("the company's",
            "G42 seldom discloses its investors. In 2021 Mubadala partner Silver Lake became the "
            "company’s first investor via an $800 million equity investment.",
            0, "Silver Lake", "G42", "equity");
        // The article pairs a one-sided figure with its counterpart; conversions keep parties.
        row("article pair",
            "Broadcom and OpenAI will co-develop custom accelerators. Broadcom will build the "
            "racks for OpenAI. The Broadcom deal is valued at over $10 billion.",
            0, "OpenAI", "Broadcom", "chips");
        row("conversion in brackets",
            "ASML invested 1.3 billion euros ($1.5 billion) in Mistral AI.", 1, "ASML",
            "Mistral AI", "equity");
    }
    void whoPaysWhom() {
        QFETCH(QString, text);
        QFETCH(int, index);
        QFETCH(QString, payer);
        QFETCH(QString, payee);
        QFETCH(QString, kind);
        const Proposal p = figure(text, index);
        QCOMPARE(p.payer.name, payer);
        QCOMPARE(p.payee.name, payee);
        QCOMPARE(token(p.kind), kind);
        QCOMPARE(p.attribute, ClaimAttribute::Amount);
    }

    // Places, people, product codes and plural abbreviations are not companies.
    void notParties() {
        const Extraction ex = extract(
            QStringLiteral("Abu Dhabi’s G42 said Elon Musk and Sam Altman met in the United "
                           "States and Europe to discuss SPVs and GB300 racks. Abu Dhabi and "
                           "Europe want GPUs; SPVs, GB300s and Sam Altman too."),
            dictionary());
        for (const CompanyMention &c : ex.companies)
            QVERIFY2(c.name == QLatin1String("G42"), qPrintable(c.name));
        const Proposal p = figure(QStringLiteral(
            "Nscale will spend $2 billion on 20,000 GPUs in the United States for Microsoft."));
        QVERIFY(p.payee.name != QLatin1String("United States"));
    }

    void measures_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("attribute");
        auto row = [](const char *name, const char *text, const char *measure,
                      const char *attribute) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(measure)
                                << QString::fromUtf8(attribute);
        };
        row("share price", "Nvidia shares closed at $187.62 a share.", "share_price", "amount");
        row("market cap", "Broadcom added $150 billion to its market cap today.", "market_value",
            "valuation");
        row("market value of", "Nvidia reached a market value of $4 trillion.", "market_value",
            "valuation");
        row("revenue", "Oracle expects cloud revenue of $18 billion this year.", "revenue",
            "amount");
        row("revenue after", "CoreWeave booked $5 billion in annual revenue.", "revenue", "amount");
        row("subscription", "A subscription costs $1 a week for the first year.", "price",
            "amount");
        row("capex", "Microsoft set capital expenditures of $80 billion for AI.", "spending",
            "amount");
        row("spend on projects",
            "SoftBank and Oracle will invest $500 billion into new data center projects.",
            "spending", "amount");
        row("deal valued at", "The Broadcom deal is valued at over $10 billion.", "payment",
            "amount");
        row("company valued at", "Anthropic is now valued at $183 billion.", "payment",
            "valuation");
    }
    void measures() {
        QFETCH(QString, text);
        QFETCH(QString, measure);
        QFETCH(QString, attribute);
        const Proposal p = figure(text);
        QCOMPARE(token(p.measure), measure);
        QCOMPARE(token(p.attribute), attribute);
        if (measure != QLatin1String("payment") && measure != QLatin1String("market_value"))
            QVERIFY(p.has(Reason::NotPayment) && p.unsure());
    }

    // A saved page end to end: the cookie banner's price is not read, the deal is oriented,
    // "The contract" continues it, and the share price, market value and spending plan are
    // labelled and unsure.
    void savedPage() {
        auto article = loadArticle(
            QStringLiteral(DEALSCOPE_SOURCE_DIR "/tests/fixtures/articles/gpu_cloud_deal.html"));
        QVERIFY2(article, qPrintable(article.errorMessage()));
        QVERIFY(!article->text.contains(QStringLiteral("a week")));
        const Extraction ex = extract(article->text, dictionary());
        QCOMPARE(int(ex.proposals.size()), 7);
        auto at = [&](const char *stated) {
            for (const Proposal &p : ex.proposals)
                if (p.money && p.money->stated == QString::fromUtf8(stated))
                    return p;
            return Proposal();
        };
        for (const char *deal : {"$17.4 billion", "as much as $19.4 billion"}) {
            QCOMPARE(at(deal).payer.name, QStringLiteral("Microsoft"));
            QCOMPARE(at(deal).payee.name, QStringLiteral("Nebius"));
            QCOMPARE(at(deal).kind, FlowKind::Compute);
        }
        // "The contract could grow to …" is the same deal: its status and date, not a rumour.
        QCOMPARE(at("as much as $19.4 billion").status, at("$17.4 billion").status);
        QCOMPARE(at("as much as $19.4 billion").date, at("$17.4 billion").date);
        QCOMPARE(at("$95.36").measure, Measure::SharePrice);
        QCOMPARE(at("about $23 billion").measure, Measure::MarketValue);
        QCOMPARE(at("about $23 billion").payer.name, QStringLiteral("Nebius"));
        QCOMPARE(at("$1 billion").measure, Measure::Spending);
        QVERIFY(at("$1 billion").payee.isEmpty());
        QCOMPARE(at("roughly $300 billion").payee.name, QStringLiteral("Oracle"));
        QCOMPARE(at("$14.2 billion").payer.name, QStringLiteral("Meta"));
        QCOMPARE(at("$14.2 billion").payee.name, QStringLiteral("CoreWeave"));
    }

    void confidenceAndReasons() {
        const Proposal stated = figure(QStringLiteral("Google invested $2 billion in Anthropic."));
        QCOMPARE(stated.confidence(), Confidence::High);
        QCOMPARE(stated.reasons, std::vector<Reason>({Reason::Wording}));
        const Proposal oriented =
            figure(QStringLiteral("Nebius signed an agreement with Microsoft worth $17 billion."));
        QVERIFY(oriented.has(Reason::DealKinds));
        QCOMPARE(oriented.confidence(), Confidence::Medium);
        const Proposal referred =
            figure(QStringLiteral("Amazon will invest $4 billion in the creator of Claude."));
        QVERIFY(referred.has(Reason::Reference));
        QCOMPARE(referred.confidence(), Confidence::Medium);
        const Proposal nobody = figure(QStringLiteral("The round raised $2 billion in total."));
        QVERIFY(nobody.has(Reason::NoPayer));
        QVERIFY(nobody.unsure());
        const Proposal vague =
            figure(QStringLiteral("Amazon plans a multibillion-dollar investment in Anthropic."));
        QVERIFY(vague.vague && vague.has(Reason::Vague) && vague.unsure());
        const Proposal unknown =
            figure(QStringLiteral("Zentrix Labs invested $50 million in Anthropic after Zentrix "
                                  "Labs met them."));
        QVERIFY(unknown.has(Reason::NewCompany));
        QVERIFY(unknown.unsure());
        const Proposal guessed = figure(QStringLiteral(
            "Google and Anthropic said $3 billion would change hands, Google said."));
        QVERIFY(guessed.unsure());
        for (const Reason r :
             {Reason::Wording, Reason::DealKinds, Reason::Reference, Reason::Subject,
              Reason::Repeated, Reason::LeadInvestor, Reason::Conversion, Reason::ArticlePair,
              Reason::OtherName, Reason::NoPayer, Reason::NoPayee, Reason::NewCompany,
              Reason::NotPayment, Reason::Vague}) {
            QVERIFY(!describe(r).isEmpty());
            QVERIFY(!token(r).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestDirection)
#include "test_direction.moc"
