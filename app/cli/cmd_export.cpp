// dealscope-cli export.
#include "cli.h"

#include "exchange/graphexport.h"
#include "exchange/jsonformat.h"
#include "graph/moneygraph.h"
#include "store/store.h"

#include <QBuffer>

namespace ds::cli {

int runExport(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        Cli::tr("Output format: json, gexf (Gephi) or graphml (Cytoscape, igraph, networkx)."),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOption(format);
    parser.addOption(output);
    if (int rc =
            parseArguments(parser, args, QStringLiteral("export"),
                           Cli::tr("Exports a DealScope file: as JSON, companies, sources, deals "
                                   "with their flows, and every claim with its quote; as "
                                   "GEXF or GraphML, the money graph (companies as nodes, "
                                   "flows as directed edges weighted by their amount in "
                                   "US$ billions, dated)."),
                           {QStringLiteral("DB")});
        rc >= 0)
        return rc;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("json") && formatName != QLatin1String("gexf") &&
        formatName != QLatin1String("graphml")) {
        err(Cli::tr("dealscope-cli export: unknown format '%1' (known: json, gexf, graphml).\n")
                .arg(formatName));
        return Usage;
    }
    auto store = openDatabase(parser.positionalArguments().at(0));
    if (!store)
        return Failure;
    if (formatName != QLatin1String("json")) {
        // The money graph: companies and flows with their figures.
        auto graph = graph::MoneyGraph::load(*store);
        if (!graph) {
            err(Cli::tr("dealscope-cli: %1\n").arg(graph.errorMessage()));
            return Failure;
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Status written = formatName == QLatin1String("gexf")
                                   ? exchange::writeGexf(*graph, buffer)
                                   : exchange::writeGraphml(*graph, buffer);
        if (!written) {
            err(Cli::tr("dealscope-cli: %1\n").arg(written.errorMessage()));
            return Failure;
        }
        return writeOutput(parser.value(output), buffer.data()) ? Ok : Failure;
    }
    auto bytes = json::exportStore(*store);
    if (!bytes) {
        err(Cli::tr("dealscope-cli: %1\n").arg(bytes.errorMessage()));
        return Failure;
    }
    return writeOutput(parser.value(output), *bytes) ? Ok : Failure;
}

} // namespace ds::cli
