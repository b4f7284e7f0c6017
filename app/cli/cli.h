// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "store/store.h"

#include <functional>
#include <optional>

namespace ds::cli {

/// Translation context of the command-line tool.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

/// Writes to standard output / standard error (UTF-8).
void out(const QString &text);
void err(const QString &text);

/// One subcommand: its name, one line of help, and how it runs (arguments after the name).
struct Command {
    QString name;
    QString summary;
    std::function<int(const QStringList &args)> run;
};

/// Parses a subcommand's arguments. Prints help and returns Ok for --help, prints the
/// problem and returns Usage for bad usage, and returns -1 when the command should go on.
/// `positional` names the required positional arguments (at least that many are required;
/// with `allowMore`, more are accepted).
int parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &command,
                   const QString &description, const QStringList &positional,
                   bool allowMore = false);

/// Opens an existing DealScope file; prints the reason and returns nothing when it cannot.
std::optional<Store> openDatabase(const QString &path);

/// The company with this name or alias; prints "no company or alias" for `command` and
/// returns nothing when there is none.
std::optional<Id> companyNamed(Store &store, const QString &name, const QString &command);

/// Writes bytes to a file, or to standard output when path is empty or "-".
bool writeOutput(const QString &path, const QByteArray &bytes);

} // namespace ds::cli

#include "charts/chartexport.h"
#include "domain/partialdate.h"

namespace ds::cli {

/// What `render --view network|stakes` draws.
struct GraphRender {
    QString company; // network: focus with its neighbours; stakes: required
    std::vector<FlowKind> kinds;
    PartialDate to;
    QString path;
    bool caption = false;
    gui::ExportOptions options;
};
int renderNetwork(Store &store, const GraphRender &request);
int renderStakes(Store &store, const GraphRender &request);

// The subcommands.
int runSample(const QStringList &args);
int runInfo(const QStringList &args);
int runExport(const QStringList &args);
int runCheck(const QStringList &args);
int runGenerate(const QStringList &args);
int runFigures(const QStringList &args);
int runDisputes(const QStringList &args);
int runAttach(const QStringList &args);
int runRender(const QStringList &args);
int runStakes(const QStringList &args);
int runCycles(const QStringList &args);
int runExtract(const QStringList &args);
int runImport(const QStringList &args);
int runSearch(const QStringList &args);
int runImportJson(const QStringList &args);
int runImportCsv(const QStringList &args);

} // namespace ds::cli
