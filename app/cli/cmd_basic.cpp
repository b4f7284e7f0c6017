// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-cli sample, info and check.
#include "cli.h"

#include "exchange/sample.h"
#include "store/checks.h"
#include "store/store.h"

namespace ds::cli {

namespace {

Result<Store> openExisting(const QString &path) {
    auto store = Store::open(path, Store::OpenMode::Existing);
    if (!store)
        err(Cli::tr("dealscope-cli: %1\n").arg(store.errorMessage()));
    return store;
}

} // namespace

int runSample(const QStringList &args) {
    QCommandLineParser parser;
    if (int rc = parseArguments(parser, args, QStringLiteral("sample"),
                                Cli::tr("Writes the sample dataset (built from the five reference "
                                        "articles) to a new DealScope file."),
                                {QStringLiteral("OUT.dealscope")});
        rc >= 0)
        return rc;
    const QString path = parser.positionalArguments().at(0);
    if (Status s = sample::writeSampleFile(path); !s) {
        err(Cli::tr("dealscope-cli: %1\n").arg(s.errorMessage()));
        return Failure;
    }
    out(Cli::tr("Wrote the sample dataset to %1\n").arg(path));
    return Ok;
}

int runInfo(const QStringList &args) {
    QCommandLineParser parser;
    if (int rc = parseArguments(parser, args, QStringLiteral("info"),
                                Cli::tr("Prints the number of companies, sources, deals, flows "
                                        "and claims in a DealScope file."),
                                {QStringLiteral("DB")});
        rc >= 0)
        return rc;
    auto store = openExisting(parser.positionalArguments().at(0));
    if (!store)
        return Failure;
    auto counts = store->counts();
    if (!counts) {
        err(Cli::tr("dealscope-cli: %1\n").arg(counts.errorMessage()));
        return Failure;
    }
    out(Cli::tr("companies: %1\nsources: %2\ndeals: %3\nflows: %4\nclaims: %5\n")
            .arg(counts->companies)
            .arg(counts->sources)
            .arg(counts->deals)
            .arg(counts->flows)
            .arg(counts->claims));
    return Ok;
}

int runCheck(const QStringList &args) {
    QCommandLineParser parser;
    if (int rc = parseArguments(parser, args, QStringLiteral("check"),
                                Cli::tr("Runs integrity and consistency checks (database damage, "
                                        "foreign keys, claims without a source, quote offsets "
                                        "outside or not matching their texts, citation loops) "
                                        "and reports problems. Exits with 1 when any error is "
                                        "found; warnings alone exit with 0."),
                                {QStringLiteral("DB")});
        rc >= 0)
        return rc;
    auto store = openExisting(parser.positionalArguments().at(0));
    if (!store)
        return Failure;
    auto problems = runChecks(*store);
    if (!problems) {
        err(Cli::tr("dealscope-cli: %1\n").arg(problems.errorMessage()));
        return Failure;
    }
    int errors = 0, warnings = 0;
    for (const Problem &p : *problems) {
        const bool isError = p.severity == Problem::Severity::Error;
        (isError ? errors : warnings)++;
        out((isError ? Cli::tr("error: %1\n") : Cli::tr("warning: %1\n")).arg(p.message));
    }
    out(Cli::tr("%1 error(s), %2 warning(s)\n").arg(errors).arg(warnings));
    return errors > 0 ? Failure : Ok;
}

} // namespace ds::cli
