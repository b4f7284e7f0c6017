// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "i18n.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

#include <vector>

using namespace ds::cli;

namespace {

std::vector<Command> commands() {
    return {
        {QStringLiteral("sample"), Cli::tr("Write the sample dataset to a new file."), runSample},
        {QStringLiteral("info"), Cli::tr("Count the companies, sources, deals, flows and claims."),
         runInfo},
        {QStringLiteral("export"), Cli::tr("Export everything as one JSON document."), runExport},
        {QStringLiteral("check"), Cli::tr("Run integrity and consistency checks."), runCheck},
        {QStringLiteral("figures"),
         Cli::tr("Print every figure with its claims and whether sources disagree."), runFigures},
        {QStringLiteral("disputes"),
         Cli::tr("Print the disputed figures and how headline totals reconcile."), runDisputes},
        {QStringLiteral("attach"),
         Cli::tr("Attach an article's text to a source and re-anchor its quotes."), runAttach},
        {QStringLiteral("extract"),
         Cli::tr("Find the figures of articles and propose claims for them."), runExtract},
        {QStringLiteral("import"),
         Cli::tr("Add articles as sources (and their figures as claims)."), runImport},
        {QStringLiteral("import-json"),
         Cli::tr("Import a JSON document (as export writes it) into a file."), runImportJson},
        {QStringLiteral("import-csv"), Cli::tr("Import flows from a CSV file, all rows or none."),
         runImportCsv},
        {QStringLiteral("search"), Cli::tr("Search the titles and texts of the sources."),
         runSearch},
        {QStringLiteral("stakes"),
         Cli::tr("Print what a company pays and receives, with totals and round trips."),
         runStakes},
        {QStringLiteral("cycles"), Cli::tr("Find money going round in cycles of flows."),
         runCycles},
        {QStringLiteral("render"), Cli::tr("Render a chart to PNG, SVG or PDF."), runRender},
        {QStringLiteral("generate"), Cli::tr("Generate a synthetic dataset for scale work."),
         runGenerate},
    };
}

void printUsage(const std::vector<Command> &list) {
    QString text = Cli::tr("Usage: dealscope-cli COMMAND [OPTIONS] ARGS...\n\n"
                           "DealScope's command-line tool. Commands:\n");
    for (const Command &c : list)
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(12), c.summary);
    text += Cli::tr("\nRun 'dealscope-cli COMMAND --help' for a command's options.\n");
    out(text);
}

} // namespace

int main(int argc, char *argv[]) {
    // Charts need a GUI application; without a display it renders offscreen.
    const bool rendering = argc > 1 && qstrcmp(argv[1], "render") == 0;
    if (rendering && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        rendering ? std::make_unique<QApplication>(argc, argv)
                  : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("dealscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEALSCOPE_VERSION));
    ds::i18n::installTranslator(app, QString());

    const std::vector<Command> list = commands();
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(list);
        return Usage;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        printUsage(list);
        return Ok;
    }
    if (name == QLatin1String("--version")) {
        out(QStringLiteral("dealscope-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    for (const Command &c : list)
        if (c.name == name)
            return c.run(args);
    err(Cli::tr("dealscope-cli: unknown command '%1'.\nRun 'dealscope-cli --help' for the list.\n")
            .arg(name));
    return Usage;
}
