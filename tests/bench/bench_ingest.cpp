// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmarks: extracting the figures of press-style articles, and full-text search over
// many generated articles.
//
//   build/default/tests/bench/bench_ingest [--articles N] [--dictionary M]
//                                          [--sources K | --db FILE] [--queries Q]
#include "exchange/generator.h"
#include "ingest/extraction.h"
#include "store/search.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace ds;

namespace {

// Company names that read like real ones: two syllables and, sometimes, a suffix.
QString companyName(std::mt19937_64 &rng, int i) {
    static const char *syllables[] = {"ka",  "lo", "vex", "ra",  "min", "tor", "sa", "quel",
                                      "dri", "no", "phi", "zen", "mar", "cor", "ti", "lux"};
    static const char *suffixes[] = {"", "", " Labs", " AI", " Cloud", " Capital", " Systems"};
    std::uniform_int_distribution<int> s(0, 15), x(0, 6);
    QString name = QString::fromLatin1(syllables[s(rng)]) + QString::fromLatin1(syllables[s(rng)]) +
                   QString::fromLatin1(syllables[s(rng)]);
    name[0] = name[0].toUpper();
    return name + QString::number(i % 97) + QString::fromLatin1(suffixes[x(rng)]);
}

// A ~3 KB article in the style of the press: figures in every form, parties, dates, filler.
QString article(std::mt19937_64 &rng, const std::vector<QString> &names, int size) {
    static const char *figures[] = {"$N billion",           "$NB",
                                    "up to $N billion",     "$Nbn",
                                    "more than $N million", "about $N billion",
                                    "€N million",           "US$0.Ntn",
                                    "N billion dollar",     "$N–M billion"};
    static const char *relations[] = {
        "PAYER will invest FIG in PAYEE, the companies said on Tuesday.",
        "PAYER committed to spend FIG on PAYEE’s cloud over five years.",
        "PAYEE raised FIG from PAYER at a valuation of $VAL billion.",
        "PAYER took a PCT% stake in PAYEE for FIG in March 2024.",
        "PAYER is in talks to buy FIG of chips from PAYEE, people familiar with the matter said.",
        "PAYER signed a FIG deal with PAYEE for data centre capacity.",
        "PAYER’s earlier FIG investment in PAYEE closed on 12 June 2023."};
    static const char *filler[] = {
        "Analysts expect demand for compute to keep growing through the decade.",
        "The agreement still needs the approval of regulators in Europe.",
        "Shares of both companies rose in early trading after the announcement.",
        "Executives declined to comment on the terms beyond the statement.",
        "The startup has been training larger models on clusters of accelerators.",
        "Critics say the circular nature of such deals inflates revenue figures."};
    std::uniform_int_distribution<size_t> pick(0, names.size() - 1);
    std::uniform_int_distribution<int> amount(1, 90), f(0, 9), r(0, 6), fill(0, 5), coin(0, 2);
    QString text = names[pick(rng)] + QStringLiteral(" and ") + names[pick(rng)] +
                   QStringLiteral(" deepen their ties\n");
    while (text.size() < size) {
        if (coin(rng) == 0) {
            text += QString::fromLatin1(filler[fill(rng)]) + QLatin1Char(' ');
            continue;
        }
        const int a = amount(rng);
        QString figure = QString::fromUtf8(figures[f(rng)]);
        figure.replace(QLatin1Char('N'), QString::number(a));
        figure.replace(QLatin1Char('M'), QString::number(a + 5));
        QString sentence = QString::fromUtf8(relations[r(rng)]);
        sentence.replace(QStringLiteral("PAYER"), names[pick(rng)]);
        sentence.replace(QStringLiteral("PAYEE"), names[pick(rng)]);
        sentence.replace(QStringLiteral("FIG"), figure);
        sentence.replace(QStringLiteral("VAL"), QString::number(a * 10));
        sentence.replace(QStringLiteral("PCT"), QString::number(a % 40 + 1));
        text += sentence + QLatin1Char(' ');
        if (coin(rng) == 0)
            text += QLatin1Char('\n');
    }
    return text;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption articles(QStringLiteral("articles"),
                                      QStringLiteral("Articles to extract."), QStringLiteral("N"),
                                      QStringLiteral("1000"));
    const QCommandLineOption dictionary(QStringLiteral("dictionary"),
                                        QStringLiteral("Known companies."), QStringLiteral("M"),
                                        QStringLiteral("100000"));
    const QCommandLineOption sources(QStringLiteral("sources"),
                                     QStringLiteral("Generated articles to search."),
                                     QStringLiteral("K"), QStringLiteral("100000"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Search this file instead."),
                                QStringLiteral("FILE"));
    const QCommandLineOption queries(QStringLiteral("queries"), QStringLiteral("Searches to time."),
                                     QStringLiteral("Q"), QStringLiteral("40"));
    parser.addOptions({articles, dictionary, sources, db, queries});
    parser.process(app);

    // 1. Extraction.
    std::mt19937_64 rng(7);
    ingest::CompanyDictionary known;
    std::vector<QString> names;
    const int nKnown = parser.value(dictionary).toInt();
    for (int i = 0; i < nKnown; ++i) {
        Company c;
        c.id = i + 1;
        c.name = companyName(rng, i);
        c.kind = CompanyKind(i % 5);
        known.add(c);
        if (i < 2000)
            names.push_back(c.name);
    }
    const int n = parser.value(articles).toInt();
    std::vector<QString> texts;
    int64_t bytes = 0;
    for (int i = 0; i < n; ++i) {
        texts.push_back(article(rng, names, 3000));
        bytes += texts.back().toUtf8().size();
    }
    ingest::ExtractionOptions options;
    options.published = PartialDate::ofDay(2025, 11, 21);
    QElapsedTimer t;
    t.start();
    int64_t proposals = 0, attributed = 0;
    for (const QString &text : texts) {
        const ingest::Extraction ex = ingest::extract(text, known, options);
        proposals += int64_t(ex.proposals.size());
        for (const ingest::Proposal &p : ex.proposals)
            attributed += !p.payer.isEmpty() && !p.payee.isEmpty();
    }
    const double extractMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("extract: %d articles (%.0f KB each, %d known companies): %.0f ms total, %.2f "
                "ms per article; %lld figures, %lld with payer and payee\n",
                n, double(bytes) / n / 1024, nKnown, extractMs, extractMs / n, (long long)proposals,
                (long long)attributed);

    // 2. Full-text search.
    QTemporaryDir dir;
    QString path = parser.value(db);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("search.dealscope"));
        auto store = Store::open(path, Store::OpenMode::CreateNew);
        gen::Options o;
        o.sources = parser.value(sources).toLongLong();
        o.deals = std::max<int64_t>(1000, o.sources);
        o.companies = 1000;
        t.restart();
        if (!store || !gen::generate(*store, o)) {
            std::fprintf(stderr, "generation failed\n");
            return 1;
        }
        std::printf("generated %lld articles of ~3 KB in %.1f s\n", (long long)o.sources,
                    double(t.elapsed()) / 1000);
    }
    auto store = Store::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    const QStringList inputs = {
        QStringLiteral("investment"),        QStringLiteral("cloud compute"),
        QStringLiteral("\"data centre\""),   QStringLiteral("GPU clusters inference"),
        QStringLiteral("regulators review"), QStringLiteral("frontier lab"),
        QStringLiteral("valuation"),         QStringLiteral("\"funding round\" investors"),
        QStringLiteral("energy supply"),     QStringLiteral("NOT (a OR b)"),
        QStringLiteral("synthetic"),         QStringLiteral("nothingmatchesthis")};
    std::vector<double> times;
    int64_t hits = 0;
    const int q = parser.value(queries).toInt();
    for (int i = 0; i < q; ++i) {
        t.restart();
        auto r = search::searchSources(*store, inputs[i % inputs.size()], 50);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
            return 1;
        }
        hits += int64_t(r->hits.size());
    }
    const Counts counts = *store->counts();
    std::printf("search: %lld sources, %d queries (best 50 by BM25 with snippets): median %.1f "
                "ms, max %.1f ms (%lld hits)\n",
                (long long)counts.sources, q, median(times),
                *std::max_element(times.begin(), times.end()), (long long)hits);
    return 0;
}
