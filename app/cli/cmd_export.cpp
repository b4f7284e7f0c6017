// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-cli export.
#include "cli.h"
#include "store/openfiles.h"

#include "exchange/csvformat.h"
#include "exchange/graphexport.h"
#include "exchange/jsonformat.h"
#include "graph/moneygraph.h"
#include "store/store.h"

#include <QBuffer>
#include <QFile>
#include <QSaveFile>

namespace ds::cli {

int runExport(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        Cli::tr("Output format: json, csv (with --table), gexf (Gephi) or graphml (Cytoscape, "
                "igraph, networkx)."),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption table(QStringLiteral("table"),
                                   Cli::tr("For CSV: the table to write: deals, flows or claims."),
                                   QStringLiteral("TABLE"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 Cli::tr("For CSV: start with a UTF-8 byte-order mark (for "
                                         "spreadsheets)."));
    parser.addOption(format);
    parser.addOption(output);
    parser.addOption(table);
    parser.addOption(bom);
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
        formatName != QLatin1String("graphml") && formatName != QLatin1String("csv")) {
        err(Cli::tr("dealscope-cli export: unknown format '%1' (known: json, csv, gexf, "
                    "graphml).\n")
                .arg(formatName));
        return Usage;
    }
    const auto csvTable = csv::tableNamed(parser.value(table));
    if (formatName == QLatin1String("csv") && !csvTable) {
        err(Cli::tr("dealscope-cli export: CSV needs --table deals, flows or claims.\n"));
        return Usage;
    }
    auto store = openDatabase(parser.positionalArguments().at(0));
    if (!store)
        return Failure;
    if (formatName == QLatin1String("csv")) {
        // Streamed to the file (or standard output): a million rows never sit in memory.
        QSaveFile file(parser.value(output));
        QFile stdoutFile;
        QIODevice *device = &file;
        const bool toStdout =
            parser.value(output).isEmpty() || parser.value(output) == QLatin1String("-");
        if (toStdout) {
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
                return Failure;
            device = &stdoutFile;
        } else if (Status s = refuseOpenDatabase(parser.value(output)); !s) {
            err(Cli::tr("dealscope-cli: %1\n").arg(s.errorMessage()));
            return Failure;
        } else if (!file.open(QIODevice::WriteOnly)) {
            err(Cli::tr("Cannot write %1: %2\n").arg(parser.value(output), file.errorString()));
            return Failure;
        }
        if (Status s = csv::exportTable(*store, *csvTable, *device, parser.isSet(bom)); !s) {
            err(Cli::tr("dealscope-cli: %1\n").arg(s.errorMessage()));
            return Failure;
        }
        if (!toStdout && !file.commit()) {
            err(Cli::tr("Cannot write %1: %2\n").arg(parser.value(output), file.errorString()));
            return Failure;
        }
        return Ok;
    }
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
