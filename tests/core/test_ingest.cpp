// SPDX-License-Identifier: GPL-3.0-or-later
// Importing articles: clean text from HTML and Markdown, refusing bad files, proposed
// metadata, duplicates, accepting proposals as claims, and full-text search with odd input.
#include "analysis/figureset.h"
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "ingest/article.h"
#include "ingest/importer.h"
#include "ingest/markup.h"
#include "store/search.h"
#include "store/store.h"
#include "support/samplestore.h"
#include "support/scratchdir.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ds;
using namespace ds::testing;
using namespace ds::ingest;

namespace {

Article articleOf(const QString &text) {
    auto a = articleFromBytes(text.toUtf8(), QStringLiteral("pasted"), ArticleFormat::Text);
    if (!a)
        qFatal("%s", qPrintable(a.errorMessage()));
    return *a;
}

int64_t count(Store &store, const char *sql) {
    return *store.db().queryInt(QString::fromLatin1(sql));
}

} // namespace

class TestIngest : public QObject {
    Q_OBJECT
    testing::ScratchDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) { return m_dir.write(name, bytes); }

private slots:
    void markdownBecomesPlainText() {
        QString title;
        const QString text = markdownToText(
            QStringLiteral("# Google weighs **another** $2B\n\n*Published 12 June 2024*\n\n"
                           "Google is __reportedly__ in\ntalks. See [the story](http://x.com).\n"
                           "![chart](c.png)\n\n- one\n- two\n\n```\ncode $9B\n```\n---\n> quoted"),
            &title);
        QCOMPARE(title, QStringLiteral("Google weighs another $2B"));
        QCOMPARE(text, QStringLiteral("Google weighs another $2B\nPublished 12 June 2024\n"
                                      "Google is reportedly in talks. See the story.\none\ntwo\n"
                                      "quoted"));
    }

    void refusesBadFiles() {
        QVERIFY(!loadArticle(m_dir.filePath(QStringLiteral("missing.txt"))));
        QVERIFY(!loadArticle(write(QStringLiteral("empty.txt"), {})));
        QVERIFY(
            !loadArticle(write(QStringLiteral("binary.txt"), QByteArray("ab\0\0cd\x01\x02", 8))));
        const auto big = loadArticle(write(QStringLiteral("big.txt"), QByteArray(2048, 'a')), 1024);
        QVERIFY(!big);
        QVERIFY(big.errorMessage().contains(QStringLiteral("too large")));
        QVERIFY(
            !loadArticle(write(QStringLiteral("blank.html"), "<html><script>x</script></html>")));
        QVERIFY(!loadArticle(m_dir.path())); // a folder
    }

    void repairsInvalidUtf8() {
        auto a = loadArticle(write(QStringLiteral("bad.txt"), "Amazon paid \xff$4 billion."));
        QVERIFY2(a, qPrintable(a.errorMessage()));
        QCOMPARE(a->warnings.size(), 1);
        QVERIFY(a->text.contains(QChar(QChar::ReplacementCharacter)));
    }

    void plainTextIsKeptAsItIs() {
        const QByteArray bytes = "  Title line\r\n\r\nBody  with  spaces.\n";
        auto a = loadArticle(write(QStringLiteral("keep.txt"), bytes));
        QVERIFY(a);
        QCOMPARE(a->text, QString::fromUtf8(bytes)); // offsets refer to the file's own text
    }

    void proposesMetadata() {
        auto a = loadArticle(
            write(QStringLiteral("techcrunch.com_story.txt"),
                  "Microsoft bets on Anthropic\nNovember 18, 2025\nAccording to Ars Technica, "
                  "Microsoft will invest.\n"));
        QVERIFY(a);
        QCOMPARE(a->proposed.title, QStringLiteral("Microsoft bets on Anthropic"));
        QCOMPARE(a->proposed.cites, QStringLiteral("Ars Technica"));
        QCOMPARE(a->proposed.publisher, QStringLiteral("techcrunch.com"));
        QCOMPARE(a->proposed.published.toString(), QStringLiteral("2025-11-18"));

        auto h = loadArticle(
            write(QStringLiteral("page.html"),
                  "<html><head><meta property=\"og:site_name\" content=\"Example Wire\">"
                  "<meta property=\"article:published_time\" content=\"2024-05-17T08:00:00Z\">"
                  "<title>Loan</title></head><body><p>CoreWeave borrowed $7.5 "
                  "billion.</p></body></html>"));
        QVERIFY(h);
        QCOMPARE(h->format, ArticleFormat::Html);
        QCOMPARE(h->proposed.publisher, QStringLiteral("Example Wire"));
        QCOMPARE(h->proposed.title, QStringLiteral("Loan"));
        QCOMPARE(h->proposed.published.toString(), QStringLiteral("2024-05-17"));
        QCOMPARE(h->text, QStringLiteral("CoreWeave borrowed $7.5 billion."));
    }

    void listsAFolder() {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("sub"));
        QDir(dir.path()).mkpath(QStringLiteral("sub/c_files"));
        for (const char *name : {"a.txt", "b.md", "sub/c.html", "sub/c_files/frame.html", "d.png",
                                 "e.pdf", "f.mhtml"}) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QStringList names;
        for (const QString &f : articleFilesIn(dir.path()))
            names << QDir(dir.path()).relativeFilePath(f);
        // A page saved "complete" brings a folder of its frames and images: not articles.
        QCOMPARE(names, QStringList({QStringLiteral("a.txt"), QStringLiteral("b.md"),
                                     QStringLiteral("e.pdf"), QStringLiteral("f.mhtml"),
                                     QStringLiteral("sub/c.html")}));
    }

    void duplicatesAreRecognised() {
        Store store = sampleStore();
        const Article a = articleOf(QStringLiteral("Google invested $2 billion in Anthropic."));
        auto first = addArticle(store, a, a.proposed);
        QVERIFY(first && !first->duplicate);
        const int64_t sources = count(store, "SELECT count(*) FROM sources");
        auto second = addArticle(store, a, a.proposed);
        QVERIFY(second && second->duplicate);
        QCOMPARE(second->sourceId, first->sourceId);
        QCOMPARE(count(store, "SELECT count(*) FROM sources"), sources);
    }

    void acceptingLinksOrCreates() {
        Store store = sampleStore();
        auto dictionary = CompanyDictionary::fromStore(store);
        QVERIFY(dictionary);
        // Amazon → Anthropic equity exists in the sample (2023-09 and 2024-11).
        const Article a = articleOf(QStringLiteral(
            "Amazon invested $4 billion in Anthropic in September 2023. Mistral AI raised $1 "
            "billion from Nvidia. Investors in Mistral AI cheered. Anthropic is valued at "
            "$61.5 billion."));
        ArticleMetadata meta = a.proposed;
        meta.published = PartialDate::ofMonth(2025, 3);
        auto added = addArticle(store, a, meta);
        QVERIFY(added);
        ExtractionOptions options;
        options.published = meta.published;
        const Extraction ex = extract(a.text, *dictionary, options);
        QCOMPARE(int(ex.proposals.size()), 3);
        const int64_t deals = count(store, "SELECT count(*) FROM deals");
        const int64_t companies = count(store, "SELECT count(*) FROM companies");
        auto outcomes = acceptProposals(store, added->sourceId, ex.proposals);
        QVERIFY2(outcomes, qPrintable(outcomes.errorMessage()));
        QCOMPARE(int(outcomes->size()), 3);
        QCOMPARE((*outcomes)[0].kind, AcceptOutcome::Kind::LinkedToFlow);
        QCOMPARE((*outcomes)[1].kind, AcceptOutcome::Kind::CreatedFlow);
        QCOMPARE((*outcomes)[1].createdCompanies, QStringList{QStringLiteral("Mistral AI")});
        QCOMPARE((*outcomes)[2].kind, AcceptOutcome::Kind::CompanyClaim);
        QCOMPARE(count(store, "SELECT count(*) FROM deals"), deals + 1);
        QCOMPARE(count(store, "SELECT count(*) FROM companies"), companies + 1);
        // The claims carry their quotes at the right offsets.
        for (const Claim &c : *store.claimsOfSource(added->sourceId))
            QCOMPARE(a.text.mid(*c.quote.start, *c.quote.end - *c.quote.start), c.quote.exact);
        const Flow linked = *store.flow(*(*outcomes)[0].flowId);
        QCOMPARE(linked.date.toString(), QStringLiteral("2023-09"));
    }

    // What an article says of a deal's stage becomes the claim's stated status; two articles of
    // the same month that disagree on it make a status dispute on the flow they both join.
    void statedStatusesMakeADispute() {
        Store store = sampleStore();
        auto dictionary = CompanyDictionary::fromStore(store);
        QVERIFY(dictionary);
        std::optional<Id> flowId;
        std::vector<std::optional<DealStatus>> stated;
        for (const QString &text :
             {QStringLiteral("Google announced plans to invest $3 billion in OpenAI."),
              QStringLiteral("Google has closed its $3 billion investment in OpenAI."),
              QStringLiteral("Google is putting $3 billion into OpenAI.")}) {
            const Article a = articleOf(text);
            ArticleMetadata meta = a.proposed;
            meta.published = PartialDate::ofMonth(2026, 1);
            auto added = addArticle(store, a, meta);
            QVERIFY(added && !added->duplicate);
            ExtractionOptions options;
            options.published = meta.published;
            const Extraction ex = extract(a.text, *dictionary, options);
            QCOMPARE(int(ex.proposals.size()), 1);
            auto outcomes = acceptProposals(store, added->sourceId, ex.proposals);
            QVERIFY2(outcomes, qPrintable(outcomes.errorMessage()));
            QVERIFY(!flowId || (*outcomes)[0].flowId == flowId);
            flowId = (*outcomes)[0].flowId;
            stated.push_back(store.claimsOfSource(added->sourceId)->front().statedStatus);
        }
        QCOMPARE(stated[0], std::optional(DealStatus::Announced));
        QCOMPARE(stated[1], std::optional(DealStatus::Completed));
        QVERIFY(!stated[2]); // says nothing of the status
        auto set = analysis::FigureSet::load(store);
        QVERIFY(set);
        auto record = set->flowFigure(*flowId);
        QVERIFY(record);
        QCOMPARE(record->figure.disagreements,
                 QList<analysis::Disagreement>{analysis::Disagreement::Status});
    }

    // The language a page declares is kept with its source, and in the JSON exchange.
    void theLanguageIsStored() {
        Store store = sampleStore();
        const Article a = articleOf(QStringLiteral("Ein Artikel über Anthropic."));
        ArticleMetadata meta = a.proposed;
        meta.language = QStringLiteral("de");
        auto added = addArticle(store, a, meta);
        QVERIFY(added && !added->duplicate);
        QCOMPARE(store.source(added->sourceId)->language, QStringLiteral("de"));
        const QByteArray exported = *json::exportStore(store);
        QVERIFY(exported.contains("\"language\": \"de\""));
        auto copy = Store::openMemory();
        QVERIFY(copy && json::importDocument(*copy, exported));
        auto id = copy->sourceIdByKey(store.source(added->sourceId)->key);
        QVERIFY(id && *id);
        QCOMPARE(copy->source(**id)->language, QStringLiteral("de"));
    }

    void aProblemWritesNothing() {
        Store store = sampleStore();
        const Article a = articleOf(QStringLiteral("Someone paid $4 billion."));
        auto added = addArticle(store, a, a.proposed);
        QVERIFY(added);
        Proposal good;
        good.money = Money::exact(1'000'000'000);
        good.payer = {std::nullopt, QStringLiteral("Brand New Co")};
        good.payee = {*store.companyIdByName(QStringLiteral("Anthropic")).value(),
                      QStringLiteral("Anthropic")};
        Proposal noPayer = good;
        noPayer.payer = {};
        Proposal same = good;
        same.payee = {std::nullopt, QStringLiteral("brand new co")};
        const int64_t claims = count(store, "SELECT count(*) FROM claims");
        for (const Proposal &bad : {noPayer, same}) {
            QVERIFY(!proposalProblem(bad).isEmpty());
            auto outcome = acceptProposals(store, added->sourceId, {good, bad});
            QVERIFY(!outcome);
            QCOMPARE(count(store, "SELECT count(*) FROM claims"), claims);
            QCOMPARE(count(store, "SELECT count(*) FROM companies WHERE name = 'Brand New Co'"), 0);
        }
    }

    // Opposite proposals of one article make one flow, in the direction most of them state,
    // and the other records a direction dispute.
    void oppositeDirectionsMakeOneFlow() {
        Store store = sampleStore();
        const Article a = articleOf(QStringLiteral("Oracle and OpenAI: $300 billion."));
        auto added = addArticle(store, a, a.proposed);
        QVERIFY(added);
        const Id openai = *store.companyIdByName(QStringLiteral("OpenAI")).value();
        Proposal toOracle;
        toOracle.money = Money::exact(300'000'000'000);
        toOracle.kind = FlowKind::Compute;
        toOracle.payer = {openai, QStringLiteral("OpenAI")};
        toOracle.payee = {std::nullopt, QStringLiteral("Oracle")};
        toOracle.date = PartialDate::ofMonth(2025, 9);
        Proposal toOpenAI = toOracle;
        std::swap(toOpenAI.payer, toOpenAI.payee);
        const int64_t flows = count(store, "SELECT count(*) FROM flows");
        // The minority direction comes first in the text; the flow still follows the majority.
        auto outcomes = acceptProposals(store, added->sourceId, {toOpenAI, toOracle, toOracle});
        QVERIFY2(outcomes, qPrintable(outcomes.errorMessage()));
        QCOMPARE(count(store, "SELECT count(*) FROM flows"), flows + 1);
        const Flow flow = *store.flow(*(*outcomes)[0].flowId);
        QCOMPARE(flow.payerId, openai);
        QCOMPARE((*outcomes)[0].kind, AcceptOutcome::Kind::LinkedToFlow);
        QVERIFY((*outcomes)[0].message.contains(QStringLiteral("direction dispute")));
        const auto claims = *store.claimsOfFlow(flow.id);
        QCOMPARE(int(claims.size()), 3);
        QCOMPARE(std::count_if(claims.begin(), claims.end(),
                               [&](const Claim &c) { return c.statedPayeeId == openai; }),
                 1);
        // A later article the other way round joins the same flow, as a dispute.
        auto match = flowFor(store, toOpenAI);
        QVERIFY(match && *match);
        QCOMPARE((*match)->flow.id, flow.id);
        QVERIFY((*match)->reversed);
    }

    // A proposal joins a flow only when dates fit and the status is not contradicted.
    void joiningNeedsCompatibleNews() {
        Store store = sampleStore();
        const Id nvidia = *store.companyIdByName(QStringLiteral("Nvidia")).value();
        const Id openai = *store.companyIdByName(QStringLiteral("OpenAI")).value();
        Deal deal;
        deal.title = QStringLiteral("Done deal");
        deal.status = DealStatus::Completed;
        const Id dealId = *store.addDeal(deal);
        Flow undated;
        undated.dealId = dealId;
        undated.payerId = nvidia;
        undated.payeeId = openai;
        undated.kind = FlowKind::Licensing;
        const Id undatedId = *store.addFlow(undated);
        Proposal p;
        p.money = Money::upTo(100'000'000'000);
        p.kind = FlowKind::Licensing;
        p.payer = {nvidia, QStringLiteral("Nvidia")};
        p.payee = {openai, QStringLiteral("OpenAI")};
        p.date = PartialDate::ofMonth(2025, 9);
        p.status = DealStatus::Rumoured;
        // An undated completed flow does not absorb a dated plan.
        QVERIFY(!flowFor(store, p).value());
        // News as advanced as the deal does join it.
        p.status = DealStatus::Completed;
        QCOMPARE(flowFor(store, p).value()->flow.id, undatedId);
        // Asking for a new deal makes one.
        p.newDeal = true;
        QVERIFY(!flowFor(store, p).value());
        const Article a = articleOf(QStringLiteral("Nvidia licenses to OpenAI."));
        auto added = addArticle(store, a, a.proposed);
        auto outcomes = acceptProposals(store, added->sourceId, {p});
        QVERIFY(outcomes);
        QCOMPARE((*outcomes)[0].kind, AcceptOutcome::Kind::CreatedFlow);
        // Talks dated before a dated announcement are the same money, the status moved on.
        Flow dated = undated;
        dated.kind = FlowKind::Loan;
        dated.date = PartialDate::ofDay(2024, 11, 22);
        Deal announced = deal;
        announced.status = DealStatus::Announced;
        dated.dealId = *store.addDeal(announced);
        const Id datedId = *store.addFlow(dated);
        Proposal talks = p;
        talks.newDeal = false;
        talks.kind = FlowKind::Loan;
        talks.status = DealStatus::InTalks;
        talks.date = PartialDate::ofMonth(2024, 11);
        QCOMPARE(flowFor(store, talks).value()->flow.id, datedId);
        talks.date = PartialDate::ofYear(2025);
        QVERIFY(!flowFor(store, talks).value());
    }

    void datesCompatibility() {
        QVERIFY(datesCompatible(PartialDate::ofMonth(2025, 11), PartialDate::ofDay(2025, 11, 18)));
        QVERIFY(datesCompatible(PartialDate::ofYear(2023), PartialDate::ofMonth(2023, 9)));
        QVERIFY(datesCompatible({}, PartialDate::ofYear(2023)));
        QVERIFY(!datesCompatible(PartialDate::ofMonth(2023, 9), PartialDate::ofMonth(2024, 11)));
    }

    void ftsQueriesAreEscaped_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("query");
        QTest::newRow("words") << QStringLiteral("Amazon Anthropic")
                               << QStringLiteral("\"Amazon\" \"Anthropic\"");
        QTest::newRow("phrase") << QStringLiteral("\"cloud services\" AWS")
                                << QStringLiteral("\"cloud services\" \"AWS\"");
        QTest::newRow("operators")
            << QStringLiteral("NOT a OR b AND c NEAR(d)")
            << QStringLiteral("\"NOT\" \"a\" \"OR\" \"b\" \"AND\" \"c\" \"NEAR(d)\"");
        QTest::newRow("column filter")
            << QStringLiteral("title:Amazon") << QStringLiteral("\"title:Amazon\"");
        QTest::newRow("minus star caret")
            << QStringLiteral("-x * ^y") << QStringLiteral("\"-x\" \"^y\"");
        QTest::newRow("unbalanced quote")
            << QStringLiteral("\"open phrase") << QStringLiteral("\"open phrase\"");
        QTest::newRow("only punctuation") << QStringLiteral("( ) \" * - :") << QString();
        QTest::newRow("quote inside")
            << QStringLiteral("O\"Reilly") << QStringLiteral("\"O\" \"Reilly\"");
    }
    void ftsQueriesAreEscaped() {
        QFETCH(QString, input);
        QFETCH(QString, query);
        QCOMPARE(search::ftsQuery(input), query);
    }

    void searchFindsAndNeverFails() {
        Store store = sampleStore();
        const Article a = articleOf(QStringLiteral(
            "Amazon Web Services signed a cloud services deal with OpenAI. NOT a drill."));
        ArticleMetadata metadata;
        metadata.title = QStringLiteral("Cloud deal");
        auto added = addArticle(store, a, metadata);
        QVERIFY(added);
        auto results = search::searchSources(store, QStringLiteral("\"cloud services\" openai"));
        QVERIFY2(results, qPrintable(results.errorMessage()));
        QCOMPARE(int(results->hits.size()), 1);
        QCOMPARE(results->hits[0].sourceId, added->sourceId);
        QVERIFY(results->hits[0].snippet.contains(search::kMatchStart + QStringLiteral("cloud")));
        QCOMPARE(search::replaceMarks(QStringLiteral("a\x02"
                                                     "b\x03"),
                                      QStringLiteral("<"), QStringLiteral(">")),
                 QStringLiteral("a<b>"));
        for (const QString &odd :
             {QStringLiteral("NOT"), QStringLiteral("\"\""), QStringLiteral("a AND"),
              QStringLiteral("(((("), QStringLiteral("title:x"), QStringLiteral("*"),
              QStringLiteral("-"), QStringLiteral("NEAR(a b, 2)"), QStringLiteral("\u0000\u0001"),
              QString(2000, QLatin1Char('x'))}) {
            auto r = search::searchSources(store, odd);
            if (!r)
                QVERIFY2(!r.errorMessage().contains(QStringLiteral("fts5")),
                         qPrintable(r.errorMessage()));
        }
        auto notWord = search::searchSources(store, QStringLiteral("NOT drill"));
        QVERIFY(notWord && notWord->hits.size() == 1); // NOT is a word here
        auto empty = search::searchSources(store, QStringLiteral("  * "));
        QVERIFY(!empty);
    }

    // A word most sources hold: the newest kRankedAtMost matches are ranked, and it says so.
    void commonWordsRankTheNewest() {
        auto store = Store::openMemory();
        QVERIFY(store);
        {
            sql::Transaction tx(store->db());
            for (int i = 1; i <= search::kRankedAtMost + 20; ++i) {
                Source s;
                s.key = QStringLiteral("s%1").arg(i);
                s.title = QStringLiteral("Article %1").arg(i);
                s.text = i % 2 ? QStringLiteral("common word") : QStringLiteral("common rare word");
                QVERIFY(store->addSource(s));
            }
            QVERIFY(tx.commit());
        }
        auto common = search::searchSources(*store, QStringLiteral("common"), 10);
        QVERIFY2(common, qPrintable(common.errorMessage()));
        QVERIFY(common->newestOnly && common->more);
        QCOMPARE(int(common->hits.size()), 10);
        for (const search::Hit &h : common->hits)
            QVERIFY(h.sourceId > 20); // among the newest
        auto rare = search::searchSources(*store, QStringLiteral("rare"), 10);
        QVERIFY(rare && !rare->newestOnly && rare->more);
    }
};

QTEST_GUILESS_MAIN(TestIngest)
#include "test_ingest.moc"
