// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-cli extract, import and search: adding articles and finding them again.
#include "cli.h"

#include "exchange/jsonformat.h"
#include "exchange/proposaljson.h"
#include "exchange/sample.h"
#include "ingest/article.h"
#include "ingest/extraction.h"
#include "ingest/importer.h"
#include "store/search.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace ds::cli {

namespace {

// Known companies: those of --db, else those of the sample dataset.
std::optional<ingest::CompanyDictionary> dictionaryFor(const QString &dbPath) {
    std::optional<Store> store;
    if (!dbPath.isEmpty()) {
        store = openDatabase(dbPath);
        if (!store)
            return std::nullopt;
    } else {
        auto memory = Store::openMemory();
        if (!memory || !json::importDocument(*memory, sample::sampleJson())) {
            err(Cli::tr("dealscope-cli: the sample dataset could not be read.\n"));
            return std::nullopt;
        }
        store = std::move(*memory);
    }
    auto dictionary = ingest::CompanyDictionary::fromStore(*store);
    if (!dictionary) {
        err(Cli::tr("dealscope-cli: %1\n").arg(dictionary.errorMessage()));
        return std::nullopt;
    }
    return std::move(*dictionary);
}

QString partyText(const ingest::Party &p) {
    if (p.isEmpty())
        return Cli::tr("(unknown)");
    return p.isNew() ? Cli::tr("%1 (new)").arg(p.name) : p.name;
}

QString proposalLine(const ingest::Proposal &p, const QString &text) {
    const QString figure = text.mid(p.figure.start, p.figure.length());
    QString value = p.money ? p.money->format() : QStringLiteral("%1%").arg(p.percent.value_or(0));
    QString line;
    if (p.attribute == ClaimAttribute::Amount)
        line = Cli::tr("%1–%2  %3 (%4)  %5 → %6  %7, %8, %9")
                   .arg(p.figure.start)
                   .arg(p.figure.end)
                   .arg(figure, value, partyText(p.payer), partyText(p.payee), displayName(p.kind),
                        displayName(p.status),
                        p.date.isNull() ? Cli::tr("no date") : p.date.toString());
    else
        line = Cli::tr("%1–%2  %3 (%4)  %5 of %6%7")
                   .arg(p.figure.start)
                   .arg(p.figure.end)
                   .arg(figure, value, displayName(p.attribute), partyText(p.payer),
                        p.payee.isEmpty() ? QString() : Cli::tr(" in %1").arg(partyText(p.payee)));
    if (p.measure != ingest::Measure::Payment)
        line += Cli::tr("  [%1]").arg(ingest::displayName(p.measure));
    line += Cli::tr("  (%1)").arg(ingest::displayName(p.confidence()));
    return line + QStringLiteral("\n      “%1”\n").arg(p.quote.exact);
}

std::optional<PartialDate> publishedOption(const QCommandLineParser &parser,
                                           const QCommandLineOption &option) {
    if (!parser.isSet(option))
        return PartialDate();
    const auto date = PartialDate::parse(parser.value(option));
    if (!date || date->isNull()) {
        err(Cli::tr("dealscope-cli: '%1' is not a date (use 2025, 2025-11 or 2025-11-18).\n")
                .arg(parser.value(option)));
        return std::nullopt;
    }
    return date;
}

QCommandLineOption maxSizeOption() {
    return QCommandLineOption(QStringLiteral("max-size"),
                              Cli::tr("Refuse articles larger than MB megabytes (default 10)."),
                              QStringLiteral("MB"), QStringLiteral("10"));
}

// The size limit in bytes, or nothing (after saying why) when the option is not a number.
std::optional<qint64> maxBytes(const QCommandLineParser &parser) {
    bool ok = false;
    const double mb = parser.value(QStringLiteral("max-size")).toDouble(&ok);
    if (!ok || mb <= 0) {
        err(Cli::tr("dealscope-cli: --max-size takes a positive number of megabytes.\n"));
        return std::nullopt;
    }
    return qint64(mb * 1024 * 1024);
}

} // namespace

int runExtract(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"),
                                Cli::tr("Know the companies and aliases of this file (default: "
                                        "those of the sample dataset)."),
                                QStringLiteral("DB"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    const QCommandLineOption published(
        QStringLiteral("published"),
        Cli::tr("The publication date, for relative dates (default: the one the text states)."),
        QStringLiteral("DATE"));
    const QCommandLineOption noShares(QStringLiteral("skip-share-prices"),
                                      Cli::tr("Leave out share prices (\"$150 a share\")."));
    parser.addOptions({db, json, published, noShares, maxSizeOption()});
    if (int rc = parseArguments(
            parser, args, QStringLiteral("extract"),
            Cli::tr("Finds the figures of articles (text, Markdown, web pages saved as HTML or "
                    "MHTML, PDF; or folders of "
                    "them) and proposes a claim for each: amount, who pays whom, kind, status, "
                    "date and the quote. Offsets are UTF-16 code units in the article's text; a "
                    ".txt file is read as it is, so they refer to the file's own text."),
            {QStringLiteral("FILE")}, true);
        rc >= 0)
        return rc;
    const auto pub = publishedOption(parser, published);
    const auto limit = maxBytes(parser);
    if (!pub || !limit)
        return Usage;
    const auto dictionary = dictionaryFor(parser.value(db));
    if (!dictionary)
        return Failure;
    int failures = 0;
    QJsonArray articles;
    for (const QString &path : ingest::articleFiles(parser.positionalArguments())) {
        auto article = ingest::loadArticle(path, *limit);
        if (!article) {
            err(Cli::tr("dealscope-cli: %1\n").arg(article.errorMessage()));
            ++failures;
            continue;
        }
        for (const QString &w : article->warnings)
            err(Cli::tr("warning: %1\n").arg(w));
        ingest::ExtractionOptions options;
        options.published = pub->isNull() ? article->proposed.published : *pub;
        options.money.skipSharePrices = parser.isSet(noShares);
        const ingest::Extraction found = ingest::extract(article->text, *dictionary, options);
        if (parser.isSet(json)) {
            QJsonArray figures;
            for (const ingest::Proposal &p : found.proposals)
                figures.append(exchange::proposalToJson(p, article->text));
            QJsonObject a;
            a.insert(QStringLiteral("file"), path);
            a.insert(QStringLiteral("title"), article->proposed.title);
            a.insert(QStringLiteral("publisher"), article->proposed.publisher);
            a.insert(QStringLiteral("cites"), article->proposed.cites);
            a.insert(QStringLiteral("author"), article->proposed.author);
            a.insert(QStringLiteral("url"), article->proposed.url);
            a.insert(QStringLiteral("language"), article->proposed.language);
            a.insert(QStringLiteral("published"), options.published.toString());
            a.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(article->warnings));
            a.insert(QStringLiteral("figures"), figures);
            articles.append(a);
        } else {
            out(Cli::tr("%1: %Ln figure(s)\n", "", int(found.proposals.size())).arg(path));
            for (const ingest::Proposal &p : found.proposals)
                out(QStringLiteral("  ") + proposalLine(p, article->text));
        }
    }
    if (parser.isSet(json))
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("articles"), articles}}).toJson()));
    return failures ? Failure : Ok;
}

int runImport(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption accept(QStringLiteral("accept"),
                                    Cli::tr("Also add the proposed figures as claims."));
    const QCommandLineOption published(QStringLiteral("published"),
                                       Cli::tr("The publication date of the articles."),
                                       QStringLiteral("DATE"));
    parser.addOptions({accept, published, maxSizeOption()});
    if (int rc = parseArguments(
            parser, args, QStringLiteral("import"),
            Cli::tr("Adds articles (text, Markdown, web pages saved as HTML or MHTML, PDF; or "
                    "folders of them) as "
                    "sources, with the metadata they state. An article already there (the same "
                    "text) is not added twice. With --accept, the figures found become claims: "
                    "on an existing flow when payer, payee, kind and date match, else on a new "
                    "deal; those DealScope is unsure of (a side guessed or missing, a name it "
                    "does not know, not a payment, no number) are listed, not added. Reports "
                    "per file what happened."),
            {QStringLiteral("DB"), QStringLiteral("FILE")}, true);
        rc >= 0)
        return rc;
    const auto pub = publishedOption(parser, published);
    const auto limit = maxBytes(parser);
    if (!pub || !limit)
        return Usage;
    QStringList paths = parser.positionalArguments();
    auto store = openDatabase(paths.takeFirst());
    if (!store)
        return Failure;
    int failures = 0;
    for (const QString &path : ingest::articleFiles(paths)) {
        auto article = ingest::loadArticle(path, *limit);
        if (!article) {
            err(Cli::tr("%1: not imported: %2\n").arg(path, article.errorMessage()));
            ++failures;
            continue;
        }
        for (const QString &w : article->warnings)
            err(Cli::tr("%1: warning: %2\n").arg(path, w));
        ingest::ArticleMetadata meta = article->proposed;
        if (!pub->isNull())
            meta.published = *pub;
        std::vector<ingest::Proposal> ready;
        QStringList skipped;
        if (parser.isSet(accept)) {
            auto dictionary = ingest::CompanyDictionary::fromStore(*store);
            if (!dictionary) {
                err(Cli::tr("dealscope-cli: %1\n").arg(dictionary.errorMessage()));
                return Failure;
            }
            ingest::ExtractionOptions options;
            options.published = meta.published;
            options.money.skipSharePrices = true;
            for (const ingest::Proposal &p :
                 ingest::extract(article->text, *dictionary, options).proposals) {
                const QString figure = article->text.mid(p.figure.start, p.figure.length());
                if (const QString problem = ingest::proposalProblem(p); !problem.isEmpty()) {
                    skipped << Cli::tr("  skipped %1: %2\n").arg(figure, problem);
                } else if (p.unsure()) {
                    QStringList why;
                    for (const ingest::Reason r : p.reasons)
                        if (r != ingest::Reason::Wording)
                            why << ingest::describe(r);
                    skipped << Cli::tr("  skipped %1 (unsure): %2\n")
                                   .arg(figure, why.join(QLatin1Char(' ')));
                } else {
                    ready.push_back(p);
                }
            }
        }
        // The article and its figures in one transaction: all or nothing.
        auto imported = ingest::importArticle(*store, *article, meta, ready);
        if (!imported) {
            err(Cli::tr("%1: not imported: %2\n").arg(path, imported.errorMessage()));
            ++failures;
            continue;
        }
        if (imported->source.duplicate) {
            out(Cli::tr("%1: already there as source %2; not imported again.\n")
                    .arg(path)
                    .arg(imported->source.sourceId));
            continue;
        }
        out(Cli::tr("%1: imported as source %2 (“%3”).\n")
                .arg(path)
                .arg(imported->source.sourceId)
                .arg(meta.title));
        for (const QString &line : skipped)
            out(line);
        for (const ingest::AcceptOutcome &o : imported->outcomes)
            out(QStringLiteral("  ") + o.message + QLatin1Char('\n'));
        // The report of a committed article reaches whoever reads it at once, even if this
        // program is stopped next.
        std::fflush(stdout);
    }
    return failures ? Failure : Ok;
}

int runSearch(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Cli::tr("Show at most N results (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({limit, json});
    if (int rc = parseArguments(
            parser, args, QStringLiteral("search"),
            Cli::tr("Searches the titles and texts of the sources. Every word must occur; "
                    "\"quoted words\" must occur together. Nothing you type is an operator."),
            {QStringLiteral("DB"), QStringLiteral("QUERY")}, true);
        rc >= 0)
        return rc;
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1) {
        err(Cli::tr("dealscope-cli search: --limit takes a positive number.\n"));
        return Usage;
    }
    QStringList positional = parser.positionalArguments();
    auto store = openDatabase(positional.takeFirst());
    if (!store)
        return Failure;
    auto results = search::searchSources(*store, positional.join(QLatin1Char(' ')), n);
    if (!results) {
        err(Cli::tr("dealscope-cli search: %1\n").arg(results.errorMessage()));
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray hits;
        for (const search::Hit &h : results->hits)
            hits.append(QJsonObject{
                {QStringLiteral("source"), double(h.sourceId)},
                {QStringLiteral("title"), search::replaceMarks(h.title, {}, {})},
                {QStringLiteral("publisher"), h.publisher},
                {QStringLiteral("published"), h.published.toString()},
                {QStringLiteral("snippet"),
                 search::replaceMarks(h.snippet, QStringLiteral("["), QStringLiteral("]"))}});
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("results"), hits},
                                      {QStringLiteral("more"), results->more},
                                      {QStringLiteral("newest_only"), results->newestOnly}})
                .toJson()));
        return Ok;
    }
    if (results->hits.empty())
        out(Cli::tr("No source matches.\n"));
    for (const search::Hit &h : results->hits)
        out(QStringLiteral("%1  %2\n    %3\n")
                .arg(h.sourceId)
                .arg(search::replaceMarks(h.title, {}, {}),
                     search::replaceMarks(h.snippet, QStringLiteral("["), QStringLiteral("]"))));
    if (results->newestOnly)
        out(Cli::tr("(these words are in most sources: the best matches among the newest %1 are "
                    "shown; add words to narrow the search)\n")
                .arg(search::kRankedAtMost));
    else if (results->more)
        out(Cli::tr("(more results; use --limit to see them)\n"));
    return Ok;
}

} // namespace ds::cli
