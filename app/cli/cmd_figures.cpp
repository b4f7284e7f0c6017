// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-cli figures and disputes.
#include "cli.h"

#include "analysis/figureset.h"
#include "exchange/figurejson.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ds::cli {

namespace {

int runFigureCommand(const QStringList &args, const QString &command, bool disputedOnly) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOption(json);
    const QString description =
        disputedOnly
            ? Cli::tr("Prints the disputed figures: where the sources disagree on an amount, "
                      "on who pays whom (direction or attribution), on a date or on whether a "
                      "deal exists, with each side's sources and, for headline totals, which "
                      "flows add up to them.")
            : Cli::tr("Prints every figure derived from the claims: each flow's amount, each "
                      "deal's headline total and each company's valuation, stake and totals, "
                      "whether it is disputed and why, and every claim behind it.");
    if (int rc = parseArguments(parser, args, command, description, {QStringLiteral("DB")});
        rc >= 0)
        return rc;
    auto store = openDatabase(parser.positionalArguments().at(0));
    if (!store)
        return Failure;
    auto set = analysis::FigureSet::load(*store);
    if (!set) {
        err(Cli::tr("dealscope-cli: %1\n").arg(set.errorMessage()));
        return Failure;
    }
    auto dealTitle = [&](const analysis::FigureRecord &r) -> QString {
        if (r.deal)
            return r.deal->title;
        auto deal = r.flow ? store->deal(r.flow->dealId) : Result<Deal>(Error{});
        return deal ? deal->title : QString();
    };

    const bool asJson = parser.isSet(json);
    QJsonArray array;
    int count = 0;
    const auto print = [&](const analysis::FigureRecord &r) {
        if (disputedOnly && !r.figure.disputed)
            return true;
        ++count;
        if (asJson)
            array.append(json::figureToJson(r, *set, dealTitle(r)));
        else
            out(json::figureToText(r, *set, dealTitle(r)) + QLatin1Char('\n'));
        return true;
    };
    const Status s = disputedOnly ? set->forEachDisputed(print) : set->forEach(print);
    if (!s) {
        err(Cli::tr("dealscope-cli: %1\n").arg(s.errorMessage()));
        return Failure;
    }
    if (asJson)
        return writeOutput(QString(), QJsonDocument(array).toJson(QJsonDocument::Indented))
                   ? Ok
                   : Failure;
    out(disputedOnly ? Cli::tr("%n disputed figure(s)\n", nullptr, count)
                     : Cli::tr("%n figure(s)\n", nullptr, count));
    return Ok;
}

} // namespace

int runFigures(const QStringList &args) {
    return runFigureCommand(args, QStringLiteral("figures"), false);
}

int runDisputes(const QStringList &args) {
    return runFigureCommand(args, QStringLiteral("disputes"), true);
}

} // namespace ds::cli
