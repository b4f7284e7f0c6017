// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-cli attach.
#include "cli.h"

#include "ingest/anchor.h"
#include "ingest/textfile.h"
#include "store/store.h"

namespace ds::cli {

int runAttach(const QStringList &args) {
    QCommandLineParser parser;
    if (int rc = parseArguments(
            parser, args, QStringLiteral("attach"),
            Cli::tr("Attaches an article's text (a UTF-8 text file) to a source, named by its "
                    "id or key, and re-anchors every quote of the source: at its offsets, then "
                    "exactly elsewhere, then by its context, then ignoring typography and "
                    "spacing. Quotes that no longer match are flagged as orphaned, never "
                    "moved."),
            {QStringLiteral("DB"), QStringLiteral("SOURCE"), QStringLiteral("FILE")});
        rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    auto store = Store::open(positional.at(0), Store::OpenMode::Existing);
    if (!store) {
        err(Cli::tr("dealscope-cli: %1\n").arg(store.errorMessage()));
        return Failure;
    }
    // A key, else a numeric id (0: none).
    Id sourceId = 0;
    if (auto byKey = store->sourceIdByKey(positional.at(1)); byKey && *byKey)
        sourceId = **byKey;
    bool isNumber = false;
    const Id number = positional.at(1).toLongLong(&isNumber);
    if (sourceId == 0 && isNumber && store->source(number))
        sourceId = number;
    if (sourceId == 0) {
        err(Cli::tr("dealscope-cli attach: there is no source '%1'.\n").arg(positional.at(1)));
        return Failure;
    }
    auto loaded = ingest::readTextFile(positional.at(2));
    if (!loaded) {
        err(Cli::tr("dealscope-cli: %1\n").arg(loaded.errorMessage()));
        return Failure;
    }
    for (const QString &warning : loaded->warnings)
        err(Cli::tr("warning: %1\n").arg(warning));
    auto summary = ingest::attachText(*store, sourceId, loaded->text);
    if (!summary) {
        err(Cli::tr("dealscope-cli: %1\n").arg(summary.errorMessage()));
        return Failure;
    }
    out(Cli::tr("Attached %1 characters. Quotes: %2 in place, %3 moved (exact), %4 found by "
                "context, %5 found ignoring typography, %6 orphaned.\n")
            .arg(loaded->text.size())
            .arg(summary->unchanged)
            .arg(summary->exact)
            .arg(summary->context)
            .arg(summary->fuzzy)
            .arg(summary->orphaned));
    for (Id id : summary->orphanedClaims)
        out(Cli::tr("orphaned: claim %1\n").arg(id));
    return Ok;
}

} // namespace ds::cli
