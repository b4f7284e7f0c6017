// SPDX-License-Identifier: GPL-3.0-or-later
// Article extraction benchmark: imports each page of the article-extraction benchmark as the
// app does (ingest::articleFromBytes, format HTML) and scores the text it keeps against the
// checked article bodies, as the benchmark's evaluate.py does; then times importing a folder
// of saved pages (the benchmark's pages copied --copies times) into a new file, as
// File ▸ Import articles does: read (on every core), find the article, store it, find its
// figures.
//
//   build/default/tests/bench/bench_extraction [--benchmark DIR] [--output FILE.json]
//                                              [--copies N] [--worst K]
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "ingest/article.h"
#include "ingest/articlebatch.h"
#include "ingest/companyfinder.h"
#include "ingest/extraction.h"
#include "ingest/importer.h"
#include "store/store.h"
#include "support/pagescore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ds;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark"), QStringLiteral("The article-extraction benchmark folder."),
        QStringLiteral("DIR"), QStringLiteral(DEALSCOPE_SHARED "/benchmarks/article-extraction"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Write what was kept, for evaluate.py."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption copies(QStringLiteral("copies"),
                                    QStringLiteral("Pages to import in the timing run."),
                                    QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption worst(QStringLiteral("worst"),
                                   QStringLiteral("List the K pages scored lowest."),
                                   QStringLiteral("K"), QStringLiteral("10"));
    parser.addOptions({benchmark, output, copies, worst});
    parser.process(app);

    const QDir dir(parser.value(benchmark));
    QFile truthFile(dir.filePath(QStringLiteral("ground-truth.json")));
    if (!truthFile.open(QIODevice::ReadOnly)) {
        std::printf("skipped: %s is not there\n", qPrintable(dir.path()));
        return 0;
    }
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    std::vector<testing::PageMatch> matches;
    std::vector<std::pair<double, QString>> perPage;
    QJsonObject kept;
    QStringList refused;
    QHash<QString, QByteArray> pages;
    qint64 bytes = 0;
    QElapsedTimer timer;
    qint64 readMs = 0;
    for (auto it = truth.begin(); it != truth.end(); ++it) {
        const auto html =
            testing::gunzipFile(dir.filePath(QStringLiteral("html/%1.html.gz").arg(it.key())));
        if (!html) {
            std::printf("cannot read the page %s\n", qPrintable(it.key()));
            return 1;
        }
        pages.insert(it.key(), *html);
        bytes += html->size();
        timer.start();
        auto article = ingest::articleFromBytes(*html, it.key() + QStringLiteral(".html"),
                                                ingest::ArticleFormat::Html);
        readMs += timer.elapsed();
        const QString text = article ? article->text : QString();
        if (!article)
            refused << it.key() + QStringLiteral(": ") + article.errorMessage();
        const auto m = testing::matchPage(
            it->toObject().value(QStringLiteral("articleBody")).toString(), text);
        matches.push_back(m);
        perPage.emplace_back(m.tp + m.fp + m.fn > 0 ? 2 * m.tp / (2 * m.tp + m.fp + m.fn) : 1.0,
                             it.key());
        kept.insert(it.key(), QJsonObject{{QStringLiteral("articleBody"), text}});
    }
    const testing::BenchmarkScore s = testing::score(matches);
    std::printf("article extraction, %d pages (%.1f MB): F1 %.3f, precision %.3f, recall %.3f; "
                "%lld refused; read in %lld ms\n",
                int(truth.size()), bytes / 1048576.0, s.f1, s.precision, s.recall,
                qlonglong(refused.size()), qlonglong(readMs));
    for (const QString &r : refused)
        std::printf("  refused %s\n", qPrintable(r));
    std::sort(perPage.begin(), perPage.end());
    const int k = std::min(int(perPage.size()), parser.value(worst).toInt());
    for (int i = 0; i < k; ++i)
        std::printf("  lowest: %s F1 %.3f\n", qPrintable(perPage[size_t(i)].second),
                    perPage[size_t(i)].first);
    if (parser.isSet(output)) {
        QFile out(parser.value(output));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(kept).toJson()) < 0) {
            std::printf("cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }

    // A folder of saved pages imported into a new file.
    const int n = parser.value(copies).toInt();
    if (n <= 0)
        return 0;
    QTemporaryDir tmp;
    QStringList keys = pages.keys();
    keys.sort();
    qint64 folderBytes = 0;
    for (int i = 0; i < n; ++i) {
        const QString &key = keys[i % keys.size()];
        QFile f(tmp.filePath(QStringLiteral("page%1.html").arg(i, 5, 10, QLatin1Char('0'))));
        // Each copy differs (a comment) so that none is taken for a duplicate.
        const QByteArray page = pages.value(key) + "<!-- copy " + QByteArray::number(i) + " -->" +
                                "<p>Copy " + QByteArray::number(i) + ".</p>";
        if (!f.open(QIODevice::WriteOnly) || f.write(page) != page.size())
            return 1;
        folderBytes += page.size();
    }
    auto store =
        Store::open(tmp.filePath(QStringLiteral("import.dealscope")), Store::OpenMode::CreateNew);
    if (!store) {
        std::printf("cannot create the file: %s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    if (!json::importDocument(*store, sample::sampleJson())) {
        std::printf("cannot load the sample\n");
        return 1;
    }
    timer.start();
    const QStringList files = ingest::articleFiles({tmp.path()});
    auto dictionary = ingest::CompanyDictionary::fromStore(*store);
    int imported = 0, figures = 0;
    ingest::forEachArticle(
        files, ingest::kDefaultMaxBytes, [&](int, Result<ingest::Article> article) {
            if (!article)
                return true;
            auto added = ingest::addArticle(*store, *article, article->proposed);
            if (!added)
                return true;
            ++imported;
            if (dictionary)
                figures += int(ingest::extract(article->text, *dictionary).proposals.size());
            return true;
        });
    std::printf("import of a folder of %d saved pages (%.0f MB, %.0f KB each): %lld ms "
                "(%d imported, %d figures proposed)\n",
                n, folderBytes / 1048576.0, folderBytes / 1024.0 / n, qlonglong(timer.elapsed()),
                imported, figures);
    return 0;
}
