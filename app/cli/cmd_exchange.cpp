// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-cli import-json and import-csv: bringing data in from files.
#include "cli.h"

#include "exchange/csvformat.h"
#include "exchange/jsonformat.h"
#include "ingest/textfile.h"
#include "store/openfiles.h"

#include <QFileInfo>

namespace ds::cli {

namespace {

std::optional<QByteArray> readFile(const QString &path) {
    constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;
    auto bytes = readOutsideFile(path, kMaxBytes);
    if (!bytes) {
        err(Cli::tr("dealscope-cli: %1\n").arg(bytes.errorMessage()));
        return std::nullopt;
    }
    if (bytes->size() > kMaxBytes) {
        err(Cli::tr("dealscope-cli: %1 is larger than 512 MB.\n").arg(path));
        return std::nullopt;
    }
    return std::move(*bytes);
}

} // namespace

int runImportJson(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("Say what would be added and merged; write nothing."));
    parser.addOption(dryRun);
    if (int rc = parseArguments(
            parser, args, QStringLiteral("import-json"),
            Cli::tr("Imports a JSON document (as `export --format json` writes it) into a "
                    "DealScope file (created when it does not exist), in one transaction: "
                    "companies are merged by name or alias "
                    "and sources by key; deals, flows and claims are added."),
            {QStringLiteral("DB"), QStringLiteral("FILE")});
        rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    const auto bytes = readFile(positional.at(1));
    if (!bytes)
        return Failure;
    // Into an existing file, or a new one (removed again when the import fails).
    const bool fresh = !QFileInfo::exists(positional.at(0));
    std::optional<Store> store;
    if (fresh) {
        auto created = Store::open(positional.at(0), Store::OpenMode::CreateNew);
        if (!created) {
            err(Cli::tr("dealscope-cli: %1\n").arg(created.errorMessage()));
            return Failure;
        }
        store = std::move(*created);
    } else {
        store = openDatabase(positional.at(0));
        if (!store)
            return Failure;
    }
    auto summary = json::importDocument(*store, *bytes, parser.isSet(dryRun));
    if (!summary || (fresh && parser.isSet(dryRun))) {
        store.reset();
        if (fresh)
            Store::removeFiles(positional.at(0));
    }
    if (!summary) {
        err(Cli::tr("dealscope-cli import-json: %1\n").arg(summary.errorMessage()));
        return Failure;
    }
    out((parser.isSet(dryRun)
             ? Cli::tr("Would add %1 companies (%2 merged with existing ones), %3 sources (%4 "
                       "merged), %5 deals, %6 flows, %7 claims.\n")
             : Cli::tr("Added %1 companies (%2 merged with existing ones), %3 sources (%4 "
                       "merged), %5 deals, %6 flows, %7 claims.\n"))
            .arg(summary->companiesAdded)
            .arg(summary->companiesMerged)
            .arg(summary->sourcesAdded)
            .arg(summary->sourcesMerged)
            .arg(summary->dealsAdded)
            .arg(summary->flowsAdded)
            .arg(summary->claimsAdded));
    return Ok;
}

int runImportCsv(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("Check every row and count; write nothing."));
    const QCommandLineOption map(
        QStringLiteral("map"),
        Cli::tr("Which column holds what, e.g. \"Investor=payer,Startup=payee\" (fields: payer, "
                "payee, kind, amount, date, deal, status, quote, note, ignore). Columns not "
                "named are guessed from their header."),
        QStringLiteral("MAPPING"));
    parser.addOptions({dryRun, map});
    if (int rc = parseArguments(
            parser, args, QStringLiteral("import-csv"),
            Cli::tr("Imports flows from a CSV file, one per row, in one transaction: every row "
                    "or none. Rows with errors are reported with their line numbers."),
            {QStringLiteral("DB"), QStringLiteral("FILE")});
        rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    const auto bytes = readFile(positional.at(1));
    if (!bytes)
        return Failure;
    auto doc = csv::parse(*bytes);
    if (!doc) {
        err(Cli::tr("dealscope-cli import-csv: %1\n").arg(doc.errorMessage()));
        return Failure;
    }
    std::vector<csv::Field> mapping = csv::guessMapping(doc->header);
    if (parser.isSet(map)) {
        for (const QString &pair : parser.value(map).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString column = pair.section(QLatin1Char('='), 0, 0).trimmed();
            const auto field = csv::fieldNamed(pair.section(QLatin1Char('='), 1).trimmed());
            const qsizetype index = doc->header.indexOf(column);
            if (index < 0 || !field) {
                err(Cli::tr("dealscope-cli import-csv: cannot map '%1' (columns: %2).\n")
                        .arg(pair, doc->header.join(QStringLiteral(", "))));
                return Usage;
            }
            mapping[size_t(index)] = *field;
        }
    }
    auto store = openDatabase(positional.at(0));
    if (!store)
        return Failure;
    auto result = csv::importFlows(*store, *doc, mapping, QFileInfo(positional.at(1)).fileName(),
                                   parser.isSet(dryRun));
    if (!result) {
        err(Cli::tr("dealscope-cli import-csv: %1\n").arg(result.errorMessage()));
        return Failure;
    }
    if (!result->errors.isEmpty()) {
        err(Cli::tr("dealscope-cli import-csv: nothing was imported; fix these rows:\n"));
        for (const QString &e : result->errors)
            err(QStringLiteral("  %1\n").arg(e));
        return Failure;
    }
    out((parser.isSet(dryRun)
             ? Cli::tr("Would add %1 flows in %2 deals, %3 claims, %4 new companies (%5 rows).\n")
             : Cli::tr("Added %1 flows in %2 deals, %3 claims, %4 new companies (%5 rows).\n"))
            .arg(result->flowsAdded)
            .arg(result->dealsAdded)
            .arg(result->claimsAdded)
            .arg(result->companiesAdded)
            .arg(result->rows));
    return Ok;
}

} // namespace ds::cli
