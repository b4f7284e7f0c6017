// dealscope-cli export.
#include "cli.h"

#include "exchange/jsonformat.h"
#include "store/store.h"

namespace ds::cli {

int runExport(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    Cli::tr("Output format: json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("json"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOption(format);
    parser.addOption(output);
    if (int rc = parseArguments(parser, args, QStringLiteral("export"),
                                Cli::tr("Exports a DealScope file: companies, sources, deals with "
                                        "their flows, and every claim with its quote."),
                                {QStringLiteral("DB")});
        rc >= 0)
        return rc;
    if (parser.value(format) != QLatin1String("json")) {
        err(Cli::tr("dealscope-cli export: unknown format '%1' (known: json).\n")
                .arg(parser.value(format)));
        return Usage;
    }
    auto store = Store::open(parser.positionalArguments().at(0), Store::OpenMode::Existing);
    if (!store) {
        err(Cli::tr("dealscope-cli: %1\n").arg(store.errorMessage()));
        return Failure;
    }
    auto bytes = json::exportStore(*store);
    if (!bytes) {
        err(Cli::tr("dealscope-cli: %1\n").arg(bytes.errorMessage()));
        return Failure;
    }
    return writeOutput(parser.value(output), *bytes) ? Ok : Failure;
}

} // namespace ds::cli
