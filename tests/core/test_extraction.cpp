// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction, piece by piece: every money form and qualifier, things that are not money,
// stakes, valuations, aliases and new names, relations, statuses and dates.
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "ingest/datefinder.h"
#include "ingest/extraction.h"
#include "ingest/sentences.h"

#include <QtTest>

using namespace ds;
using namespace ds::ingest;

namespace {
constexpr qint64 M = 1'000'000;
constexpr qint64 B = 1'000'000'000;

CompanyDictionary sampleDictionary() {
    auto store = Store::openMemory();
    if (!store || !json::importDocument(*store, sample::sampleJson()))
        return {};
    return *CompanyDictionary::fromStore(*store);
}

Proposal only(const QString &text, const PartialDate &published = {}) {
    static const CompanyDictionary dictionary = sampleDictionary();
    ExtractionOptions options;
    options.published = published;
    const Extraction ex = extract(text, dictionary, options);
    return ex.proposals.empty() ? Proposal() : ex.proposals.front();
}
} // namespace

class TestExtraction : public QObject {
    Q_OBJECT
private slots:
    void moneyForms_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found");
        QTest::addColumn<qint64>("minUsd");
        QTest::addColumn<qint64>("maxUsd"); // -1: unbounded
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QString>("currency");
        QTest::newRow("billion") << QStringLiteral("It paid $30 billion for it.")
                                 << QStringLiteral("$30 billion") << 30 * B << 30 * B
                                 << QStringLiteral("exact") << QStringLiteral("USD");
        QTest::newRow("B") << QStringLiteral("A $30B deal.") << QStringLiteral("$30B") << 30 * B
                           << 30 * B << QStringLiteral("exact") << QStringLiteral("USD");
        QTest::newRow("bn") << QStringLiteral("A $1.25bn loan.") << QStringLiteral("$1.25bn")
                            << 1250 * M << 1250 * M << QStringLiteral("exact")
                            << QStringLiteral("USD");
        QTest::newRow("US$ tn") << QStringLiteral("A US$1.4tn plan.") << QStringLiteral("US$1.4tn")
                                << 1400 * B << 1400 * B << QStringLiteral("exact")
                                << QStringLiteral("USD");
        QTest::newRow("dollar word")
            << QStringLiteral("A 45 billion dollar deal.") << QStringLiteral("45 billion dollar")
            << 45 * B << 45 * B << QStringLiteral("exact") << QStringLiteral("USD");
        QTest::newRow("spelled") << QStringLiteral("It buys three hundred billion dollars worth.")
                                 << QStringLiteral("three hundred billion dollars") << 300 * B
                                 << 300 * B << QStringLiteral("exact") << QStringLiteral("USD");
        QTest::newRow("spelled compound")
            << QStringLiteral("About twenty-five million euros went in.")
            << QStringLiteral("About twenty-five million euros") << qint64(27.5 * M)
            << qint64(27.5 * M) << QStringLiteral("about") << QStringLiteral("EUR");
        QTest::newRow("euro") << QStringLiteral("It raised €15 million.")
                              << QStringLiteral("€15 million") << qint64(16.5 * M)
                              << qint64(16.5 * M) << QStringLiteral("exact")
                              << QStringLiteral("EUR");
        QTest::newRow("range dash")
            << QStringLiteral("Between rounds, $5–10 billion.") << QStringLiteral("$5–10 billion")
            << 5 * B << 10 * B << QStringLiteral("range") << QStringLiteral("USD");
        QTest::newRow("between and")
            << QStringLiteral("It spends between $5 billion and $10 billion.")
            << QStringLiteral("between $5 billion and $10 billion") << 5 * B << 10 * B
            << QStringLiteral("range") << QStringLiteral("USD");
        QTest::newRow("up to") << QStringLiteral("It invests up to $5 billion.")
                               << QStringLiteral("up to $5 billion") << qint64(0) << 5 * B
                               << QStringLiteral("up_to") << QStringLiteral("USD");
        QTest::newRow("more than")
            << QStringLiteral("It put more than $13 billion in.")
            << QStringLiteral("more than $13 billion") << 13 * B << qint64(-1)
            << QStringLiteral("at_least") << QStringLiteral("USD");
        QTest::newRow("at least") << QStringLiteral("It pays at least $1 billion.")
                                  << QStringLiteral("at least $1 billion") << B << qint64(-1)
                                  << QStringLiteral("at_least") << QStringLiteral("USD");
        QTest::newRow("about") << QStringLiteral("It pays about $500 million.")
                               << QStringLiteral("about $500 million") << 500 * M << 500 * M
                               << QStringLiteral("about") << QStringLiteral("USD");
        QTest::newRow("nearly") << QStringLiteral("It pays nearly $2 billion.")
                                << QStringLiteral("nearly $2 billion") << 2 * B << 2 * B
                                << QStringLiteral("about") << QStringLiteral("USD");
        QTest::newRow("roughly") << QStringLiteral("It pays roughly $100 million.")
                                 << QStringLiteral("roughly $100 million") << 100 * M << 100 * M
                                 << QStringLiteral("about") << QStringLiteral("USD");
        QTest::newRow("multibillion")
            << QStringLiteral("A multibillion-dollar investment.")
            << QStringLiteral("multibillion-dollar") << 2 * B << qint64(-1)
            << QStringLiteral("at_least") << QStringLiteral("USD");
        QTest::newRow("billions") << QStringLiteral("They have billions tied up there.")
                                  << QStringLiteral("billions") << 2 * B << qint64(-1)
                                  << QStringLiteral("at_least") << QStringLiteral("USD");
        QTest::newRow("pound") << QStringLiteral("A £200 million grant.")
                               << QStringLiteral("£200 million") << 260 * M << 260 * M
                               << QStringLiteral("exact") << QStringLiteral("GBP");
        QTest::newRow("commas") << QStringLiteral("It paid $1,500,000 in fees.")
                                << QStringLiteral("$1,500,000") << qint64(1.5 * M)
                                << qint64(1.5 * M) << QStringLiteral("exact")
                                << QStringLiteral("USD");
    }
    void moneyForms() {
        QFETCH(QString, text);
        QFETCH(QString, found);
        QFETCH(qint64, minUsd);
        QFETCH(qint64, maxUsd);
        QFETCH(QString, qualifier);
        QFETCH(QString, currency);
        const std::vector<MoneyMention> money = findMoney(text);
        QCOMPARE(int(money.size()), 1);
        const MoneyMention &m = money.front();
        QCOMPARE(text.mid(m.span.start, m.span.length()), found);
        QCOMPARE(m.money.minUsd, minUsd);
        QCOMPARE(m.money.maxUsd.value_or(-1), maxUsd);
        QCOMPARE(qualifierToken(m.money.qualifier), qualifier);
        QCOMPARE(m.money.currency, currency);
    }

    void notMoney_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("times") << QStringLiteral("Microsoft offers 7.5 times as much in compute.");
        QTest::newRow("percent") << QStringLiteral("Revenue grew 40% and 12 percent.");
        QTest::newRow("count") << QStringLiteral(
            "It has 30 billion parameters and millions of users.");
        QTest::newRow("year") << QStringLiteral("In 2023 it had 2,000 staff.");
        QTest::newRow("model name") << QStringLiteral("GPT-4 and Claude 3 were trained.");
        QTest::newRow("plural things") << QStringLiteral("Training needs millions of GPU-hours.");
        QTest::newRow("spelled count") << QStringLiteral("It has three hundred million users.");
    }
    void notMoney() {
        QFETCH(QString, text);
        QVERIFY(findMoney(text).empty());
    }

    void sharePrices() {
        const QString text = QStringLiteral("Shares rose to $142 a share; it raised $2 billion.");
        const auto marked = findMoney(text);
        QCOMPARE(int(marked.size()), 2);
        QVERIFY(marked[0].sharePrice);
        QVERIFY(!marked[1].sharePrice);
        MoneyFinderOptions skip;
        skip.skipSharePrices = true;
        QCOMPARE(int(findMoney(text, skip).size()), 1);
    }

    void twoAmountsWithAnd() {
        const auto money = findMoney(QStringLiteral("It paid $4 billion and $5 billion later."));
        QCOMPARE(int(money.size()), 2);
        QCOMPARE(money[0].money.maxUsd.value_or(0), 4 * B);
    }

    void stakesAndValuations() {
        const Proposal stake = only(QStringLiteral("Google owns a 14% stake in Anthropic."));
        QCOMPARE(stake.attribute, ClaimAttribute::Stake);
        QCOMPARE(stake.percent.value_or(0), 14.0);
        QCOMPARE(stake.payer.name, QStringLiteral("Google"));
        QCOMPARE(stake.payee.name, QStringLiteral("Anthropic"));
        const Proposal valuation =
            only(QStringLiteral("Anthropic raised money at a valuation of $61.5 billion."));
        QCOMPARE(valuation.attribute, ClaimAttribute::Valuation);
        QCOMPARE(valuation.payer.name, QStringLiteral("Anthropic"));
        QCOMPARE(valuation.money->maxUsd.value_or(0), 61'500 * M);
        // The company valued is the one raising money, not the investor named beside it.
        const Proposal led = extract(QStringLiteral("OpenAI said it had closed a round, led by "
                                                    "Microsoft, at a valuation of $157 billion."),
                                     sampleDictionary())
                                 .proposals.back();
        QCOMPARE(led.attribute, ClaimAttribute::Valuation);
        QCOMPARE(led.payer.name, QStringLiteral("OpenAI"));
        const Proposal total =
            extract(QStringLiteral("Amazon is doubling down on its investment in Anthropic, "
                                   "bringing its total investment to $8 billion."),
                    sampleDictionary())
                .proposals.back();
        QCOMPARE(total.attribute, ClaimAttribute::Total);
        QCOMPARE(total.payer.name, QStringLiteral("Amazon"));
        QCOMPARE(total.payee.name, QStringLiteral("Anthropic"));
        const auto percents =
            findPercents(QStringLiteral("Sales rose 12%; it holds a 27 percent stake."));
        QCOMPARE(int(percents.size()), 2);
        QVERIFY(!percents[0].stake);
        QVERIFY(percents[1].stake);
    }

    void aliases() {
        const CompanyDictionary dictionary = sampleDictionary();
        const QString text = QStringLiteral(
            "Amazon Web Services (AWS) and Microsoft’s Azure compete; Amazon.com agreed.");
        const auto found = findCompanies(text, dictionary);
        QStringList names;
        for (const CompanyMention &c : found)
            names << c.name;
        QCOMPARE(names, QStringList({QStringLiteral("Amazon"), QStringLiteral("Amazon"),
                                     QStringLiteral("Microsoft"), QStringLiteral("Microsoft"),
                                     QStringLiteral("Amazon")}));
        QCOMPARE(text.mid(found[0].span.start, found[0].span.length()),
                 QStringLiteral("Amazon Web Services"));
    }

    void newCompanies() {
        const CompanyDictionary dictionary = sampleDictionary();
        const QString text = QStringLiteral(
            "Mistral AI is in talks to raise €15 million from Amazon. Investors in Mistral AI "
            "include the European Commission and Lightspeed Venture Partners.");
        const Extraction ex = extract(text, dictionary);
        QCOMPARE(int(ex.proposals.size()), 1);
        QCOMPARE(ex.proposals[0].payee.name, QStringLiteral("Mistral AI"));
        QVERIFY(ex.proposals[0].payee.isNew());
        QCOMPARE(ex.proposals[0].payer.name, QStringLiteral("Amazon"));
        const auto found = findCompanies(text, dictionary);
        QStringList names;
        for (const CompanyMention &c : found)
            names << c.name;
        QVERIFY(names.contains(QStringLiteral("Lightspeed Venture Partners")));
        // A public body is not guessed as a company from its capitals, but the directory
        // knows the governments and agencies that deal in AI.
        QVERIFY(names.contains(QStringLiteral("European Commission")));
        const auto *commission = dictionary.lookup(QStringLiteral("EU Commission"));
        QVERIFY(commission && commission->fromDirectory);
        QVERIFY(!names.contains(QStringLiteral("Investors"))); // a sentence start
    }

    void directoryKnowsTheField() {
        const CompanyDictionary dictionary = sampleDictionary();
        // Known although the sample does not have them, with their kinds.
        for (const auto &[name, kind] :
             {std::pair{"Oracle", CompanyKind::Cloud}, std::pair{"Nebius", CompanyKind::Cloud},
              std::pair{"CoreWeave", CompanyKind::Cloud},
              std::pair{"Broadcom", CompanyKind::Chipmaker},
              std::pair{"TSMC", CompanyKind::Chipmaker}, std::pair{"Intel", CompanyKind::Chipmaker},
              std::pair{"SoftBank Group", CompanyKind::Investor},
              std::pair{"xAI", CompanyKind::Lab}, std::pair{"Mistral", CompanyKind::Lab},
              std::pair{"G42", CompanyKind::Other}}) {
            const auto *e = dictionary.lookup(QString::fromUtf8(name));
            QVERIFY2(e, name);
            QCOMPARE(e->kind, kind);
        }
        // The file's own company gains the directory's aliases, and keeps its id.
        const auto *aws = dictionary.lookup(QStringLiteral("AWS"));
        QVERIFY(aws && !aws->fromDirectory);
        // "OpenAI … purchase … compute power from Oracle": Oracle is a party now.
        const Extraction ex = extract(
            QStringLiteral("OpenAI has agreed to purchase roughly $300 billion worth of compute "
                           "power from Oracle over about five years."),
            dictionary);
        QCOMPARE(int(ex.proposals.size()), 1);
        QCOMPARE(ex.proposals[0].payer.name, QStringLiteral("OpenAI"));
        QCOMPARE(ex.proposals[0].payee.name, QStringLiteral("Oracle"));
        QVERIFY(ex.proposals[0].payee.isNew()); // not in the file: added when accepted
        const auto rows = parseDirectory(
            QStringLiteral("# comment\nAcme AI\tlab\tmodels\tAcme; Acme Labs\tAcmeChat\tA "
                           "lab\n\nBad\tnot-a-kind\tnot-a-thing\n"));
        QCOMPARE(int(rows.size()), 2);
        QCOMPARE(rows[0].aliases,
                 QStringList({QStringLiteral("Acme"), QStringLiteral("Acme Labs")}));
        QCOMPARE(rows[0].sells, Sells::Models);
        QCOMPARE(rows[0].products, QStringList({QStringLiteral("AcmeChat")}));
        QCOMPARE(rows[0].note, QStringLiteral("A lab"));
        QCOMPARE(rows[1].kind, CompanyKind::Other);
        QCOMPARE(rows[1].sells, Sells::Nothing);
        // What each sells, products, places and first names.
        QCOMPARE(dictionary.lookup(QStringLiteral("CoreWeave"))->sells, Sells::Capacity);
        QCOMPARE(dictionary.lookup(QStringLiteral("Oracle"))->sells, Sells::Cloud);
        QCOMPARE(dictionary.lookup(QStringLiteral("Broadcom"))->sells, Sells::Chips);
        QVERIFY(dictionary.makerOf(QStringLiteral("ChatGPT")));
        QCOMPARE(dictionary.makerOf(QStringLiteral("Claude"))->name, QStringLiteral("Anthropic"));
        QVERIFY(dictionary.isPlace(QStringLiteral("Abu Dhabi")));
        QVERIFY(dictionary.isFirstName(QStringLiteral("Elon")));
        QVERIFY(!dictionary.isPlace(QStringLiteral("Oracle")));
    }

    void relations_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("payer");
        QTest::addColumn<QString>("payee");
        QTest::addColumn<QString>("kind");
        QTest::newRow("invest in")
            << QStringLiteral("Google invested $2 billion in Anthropic.")
            << QStringLiteral("Google") << QStringLiteral("Anthropic") << QStringLiteral("equity");
        QTest::newRow("commit to spend on")
            << QStringLiteral("Anthropic committed to spend $30 billion on Microsoft’s cloud.")
            << QStringLiteral("Anthropic") << QStringLiteral("Microsoft")
            << QStringLiteral("compute");
        QTest::newRow("buy from") << QStringLiteral(
                                         "OpenAI will buy $10 billion of chips from Nvidia.")
                                  << QStringLiteral("OpenAI") << QStringLiteral("Nvidia")
                                  << QStringLiteral("chips");
        QTest::newRow("stake in") << QStringLiteral("Amazon took a $4 billion stake in Anthropic.")
                                  << QStringLiteral("Amazon") << QStringLiteral("Anthropic")
                                  << QStringLiteral("equity");
        QTest::newRow("deal with")
            << QStringLiteral("OpenAI signed a $38 billion deal with Amazon.")
            << QStringLiteral("OpenAI") << QStringLiteral("Amazon") << QStringLiteral("compute");
        QTest::newRow("raise from")
            << QStringLiteral("Anthropic raised $4 billion from Amazon.")
            << QStringLiteral("Amazon") << QStringLiteral("Anthropic") << QStringLiteral("equity");
        QTest::newRow("possessive")
            << QStringLiteral("Google's earlier $2 billion investment in Anthropic helped.")
            << QStringLiteral("Google") << QStringLiteral("Anthropic") << QStringLiteral("equity");
        QTest::newRow("by")
            << QStringLiteral(
                   "A $30 billion commitment by the Claude maker to use Microsoft’s cloud.")
            << QStringLiteral("Anthropic") << QStringLiteral("Microsoft")
            << QStringLiteral("compute");
        QTest::newRow("while") << QStringLiteral(
                                      "Nvidia will commit up to $10 billion to Anthropic while "
                                      "Microsoft invests up to $5 billion.")
                               << QStringLiteral("Nvidia") << QStringLiteral("Anthropic")
                               << QStringLiteral("equity");
        QTest::newRow("apposition")
            << QStringLiteral("Amazon plans a $2 billion investment in OpenAI rival Anthropic.")
            << QStringLiteral("Amazon") << QStringLiteral("Anthropic") << QStringLiteral("equity");
        QTest::newRow("attribution")
            << QStringLiteral("Amazon invests $2 billion in Anthropic, as reported by OpenAI.")
            << QStringLiteral("Amazon") << QStringLiteral("Anthropic") << QStringLiteral("equity");
        QTest::newRow("loan") << QStringLiteral("Microsoft borrowed $7 billion from Google.")
                              << QStringLiteral("Google") << QStringLiteral("Microsoft")
                              << QStringLiteral("loan");
        QTest::newRow("licensing")
            << QStringLiteral("Microsoft pays $1 billion to license models from OpenAI.")
            << QStringLiteral("Microsoft") << QStringLiteral("OpenAI")
            << QStringLiteral("licensing");
        QTest::newRow("acquisition")
            << QStringLiteral("Nvidia agreed to acquire Palantir for $700 million.")
            << QStringLiteral("Nvidia") << QStringLiteral("Palantir")
            << QStringLiteral("acquisition");
    }
    void relations() {
        QFETCH(QString, text);
        QFETCH(QString, payer);
        QFETCH(QString, payee);
        QFETCH(QString, kind);
        const Proposal p = only(text);
        QCOMPARE(p.payer.name, payer);
        QCOMPARE(p.payee.name, payee);
        QCOMPARE(token(p.kind), kind);
    }

    void statuses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("stated"); // the claim records the status the sentence states
        auto row = [](const char *name, const char *text, const char *status, bool stated) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(status) << stated;
        };
        row("in talks", "Amazon is in talks to invest $4 billion in Anthropic.", "in_talks", true);
        row("discussions", "Amazon is in discussions to invest $4 billion in Anthropic.",
            "in_talks", true);
        row("plans to", "Amazon plans to invest $4 billion in Anthropic.", "announced", true);
        row("announced plans",
            "Amazon announced plans on Tuesday to invest $4 billion in Anthropic.", "announced",
            true);
        row("reportedly", "Amazon reportedly invested $4 billion in Anthropic.", "rumoured", true);
        row("people familiar",
            "Amazon will invest $4 billion in Anthropic, people familiar with the matter said.",
            "rumoured", true);
        row("could", "Amazon could invest $4 billion in Anthropic.", "rumoured", false);
        row("announced", "Amazon announced a $4 billion investment in Anthropic.", "announced",
            true);
        row("plain", "Amazon invests $4 billion in Anthropic.", "announced", false);
        row("closed", "Amazon closed its $4 billion investment in Anthropic.", "completed", true);
        row("headline close", "Microsoft, Nvidia and Anthropic close 45 billion dollar deal",
            "completed", true);
        row("close to", "Amazon is close to a $4 billion investment in Anthropic.", "announced",
            false);
        row("finalized", "Microsoft has finalized a $45 billion investment in Anthropic.",
            "completed", true);
        row("approved", "Regulators approved Amazon's $4 billion investment in Anthropic.",
            "completed", false);
        row("called off", "Amazon called off its $4 billion investment in Anthropic.", "cancelled",
            true);
        row("scrapped", "The $4 billion investment by Amazon in Anthropic was scrapped.",
            "cancelled", true);
    }
    void statuses() {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(bool, stated);
        const Proposal p = only(text);
        QCOMPARE(token(p.status), status);
        QCOMPARE(p.statusStated, stated);
    }

    void dates_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("date");
        QTest::newRow("iso") << QStringLiteral("Signed 2024-03-27.") << QStringLiteral("")
                             << QStringLiteral("2024-03-27");
        QTest::newRow("month day year") << QStringLiteral("On March 27, 2024 it closed.")
                                        << QStringLiteral("") << QStringLiteral("2024-03-27");
        QTest::newRow("day month year") << QStringLiteral("On 27 March 2024 it closed.")
                                        << QStringLiteral("") << QStringLiteral("2024-03-27");
        QTest::newRow("month year") << QStringLiteral("In September 2023 it began.")
                                    << QStringLiteral("") << QStringLiteral("2023-09");
        QTest::newRow("year") << QStringLiteral("It began in 2023.") << QStringLiteral("")
                              << QStringLiteral("2023");
        QTest::newRow("month day, year of publication")
            << QStringLiteral("On Nov. 18 it was announced.") << QStringLiteral("2025-11-21")
            << QStringLiteral("2025-11-18");
        QTest::newRow("weekday") << QStringLiteral("They said on Tuesday.")
                                 << QStringLiteral("2025-11-21") << QStringLiteral("2025-11-18");
        QTest::newRow("weekday on the day")
            << QStringLiteral("They said on Friday.") << QStringLiteral("2025-11-21")
            << QStringLiteral("2025-11-21");
        QTest::newRow("last weekday")
            << QStringLiteral("They said last Friday.") << QStringLiteral("2025-11-21")
            << QStringLiteral("2025-11-14");
        QTest::newRow("yesterday") << QStringLiteral("They said yesterday.")
                                   << QStringLiteral("2025-11-21") << QStringLiteral("2025-11-20");
        QTest::newRow("weekday, month precision")
            << QStringLiteral("They said on Tuesday.") << QStringLiteral("2025-11~")
            << QStringLiteral("2025-11~");
        QTest::newRow("impossible") << QStringLiteral("On February 30, 2024 nothing.")
                                    << QStringLiteral("") << QStringLiteral("2024");
    }
    void dates() {
        QFETCH(QString, text);
        QFETCH(QString, published);
        QFETCH(QString, date);
        const auto found = findDates(text, *PartialDate::parse(published));
        QVERIFY(!found.empty());
        QCOMPARE(found.front().date.toString(), date);
    }

    void figureDates() {
        const Proposal p = only(
            QStringLiteral("Microsoft said on Tuesday it will invest $5 billion in Anthropic."),
            *PartialDate::parse(QStringLiteral("2025-11-21")));
        QCOMPARE(p.date.toString(), QStringLiteral("2025-11-18"));
        QVERIFY(p.dateSpan);
        // No date in the sentence: the publication date, approximate.
        const Proposal q = only(QStringLiteral("Microsoft will invest $5 billion in Anthropic."),
                                *PartialDate::parse(QStringLiteral("2025-11-21")));
        QCOMPARE(q.date.toString(), QStringLiteral("2025-11-21~"));
    }

    void quotes() {
        const QString text = QStringLiteral("Intro line\nFirst sentence here. Google invested $2 "
                                            "billion in Anthropic. Last one.");
        const Proposal p = only(text);
        QCOMPARE(p.quote.exact, QStringLiteral("Google invested $2 billion in Anthropic."));
        QCOMPARE(text.mid(*p.quote.start, *p.quote.end - *p.quote.start), p.quote.exact);
        QVERIFY(text.left(*p.quote.start).endsWith(p.quote.prefix));
        QVERIFY(text.mid(*p.quote.end).startsWith(p.quote.suffix));
        QCOMPARE(text.mid(p.figure.start, p.figure.length()), QStringLiteral("$2 billion"));
    }

    void repeatedFigures() {
        const Proposal p = extract(QStringLiteral("Microsoft invests $45 billion in Anthropic. "
                                                  "Analysts say the $45 billion matters."),
                                   sampleDictionary())
                               .proposals.back();
        QCOMPARE(p.payer.name, QStringLiteral("Microsoft"));
        QCOMPARE(p.payee.name, QStringLiteral("Anthropic"));
    }

    void sentences() {
        const QString text = QStringLiteral("Amazon.com paid $1.4 billion. Mr. Smith agreed! "
                                            "U.S. rules apply? Yes\nNew line");
        const auto spans = splitSentences(text);
        QStringList parts;
        for (const TextSpan &s : spans)
            parts << text.mid(s.start, s.length());
        QCOMPARE(parts, QStringList({QStringLiteral("Amazon.com paid $1.4 billion."),
                                     QStringLiteral("Mr. Smith agreed!"),
                                     QStringLiteral("U.S. rules apply?"), QStringLiteral("Yes"),
                                     QStringLiteral("New line")}));
    }

    void oddInput() {
        const CompanyDictionary dictionary = sampleDictionary();
        for (const QString &text : {QString(), QStringLiteral("   \n\n "), QStringLiteral("$"),
                                    QStringLiteral("$$$ billion"), QStringLiteral("up to"),
                                    QString(5000, QChar(0x20AC)), QStringLiteral("\uFFFD\uFFFD $5"),
                                    QStringLiteral("$99999999999999999999999 trillion")}) {
            const Extraction ex = extract(text, dictionary);
            for (const Proposal &p : ex.proposals)
                QVERIFY(p.figure.end <= text.size());
        }
        QVERIFY(findMoney(QStringLiteral("$99999999999999999999999 trillion")).empty());
    }
};

QTEST_GUILESS_MAIN(TestExtraction)
#include "test_extraction.moc"
