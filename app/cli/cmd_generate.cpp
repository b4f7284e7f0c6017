// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-cli generate.
#include "cli.h"

#include "exchange/generator.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>

namespace ds::cli {

int runGenerate(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption deals(QStringLiteral("deals"), Cli::tr("Number of deals."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption companies(QStringLiteral("companies"), Cli::tr("Number of companies."),
                                       QStringLiteral("M"), QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Random seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption sources(QStringLiteral("sources"),
                                     Cli::tr("Number of synthetic articles (default: deals/100, "
                                             "at least 20)."),
                                     QStringLiteral("K"), QStringLiteral("0"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   Cli::tr("Do not print progress."));
    for (const auto *o : {&deals, &companies, &seed, &sources, &quiet})
        parser.addOption(*o);
    if (int rc = parseArguments(parser, args, QStringLiteral("generate"),
                                Cli::tr("Generates a synthetic dataset for scale work into a new "
                                        "file: power-law company degrees, heavy-tailed amounts, "
                                        "dates 2000–2026, 1–4 claims per flow with some "
                                        "disagreeing, and ~3 KB articles marked synthetic. The "
                                        "same seed gives the same data."),
                                {QStringLiteral("OUT")});
        rc >= 0)
        return rc;

    gen::Options options;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    options.deals = parser.value(deals).toLongLong(&ok1);
    options.companies = parser.value(companies).toLongLong(&ok2);
    options.seed = parser.value(seed).toULongLong(&ok3);
    options.sources = parser.value(sources).toLongLong(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || options.deals < 1 || options.companies < 2 ||
        options.sources < 0) {
        err(Cli::tr("dealscope-cli generate: --deals must be at least 1, --companies at least 2, "
                    "and --seed and --sources whole numbers.\n"));
        return Usage;
    }
    const QString path = parser.positionalArguments().at(0);
    auto store = Store::open(path, Store::OpenMode::CreateNew);
    if (!store) {
        err(Cli::tr("dealscope-cli: %1\n").arg(store.errorMessage()));
        return Failure;
    }
    const bool showProgress = !parser.isSet(quiet);
    QElapsedTimer timer;
    timer.start();
    const Status status = gen::generate(*store, options, [&](int percent) {
        if (showProgress)
            err(QLatin1Char('\r') + Cli::tr("Generating… %1%").arg(percent));
        return true;
    });
    if (showProgress)
        err(QStringLiteral("\n"));
    if (!status) {
        store = Error{};
        Store::removeFiles(path);
        err(Cli::tr("dealscope-cli: %1\n").arg(status.errorMessage()));
        return Failure;
    }
    auto counts = store->counts();
    if (counts)
        out(Cli::tr("Wrote %1 deals, %2 flows, %3 claims, %4 companies and %5 sources to %6 in "
                    "%7 s\n")
                .arg(counts->deals)
                .arg(counts->flows)
                .arg(counts->claims)
                .arg(counts->companies)
                .arg(counts->sources)
                .arg(path)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace ds::cli
