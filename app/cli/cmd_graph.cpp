// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-cli stakes and cycles: the money graph from one company, and its loops.
#include "cli.h"

#include "domain/moneydisplay.h"

#include "graph/cycles.h"
#include "graph/stakes.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <climits>

namespace ds::cli {

namespace {

QJsonValue moneyJson(const std::optional<Money> &m) {
    if (!m)
        return QJsonValue::Null;
    QJsonObject o;
    o[QStringLiteral("text")] = m->format();
    o[QStringLiteral("usd_min")] = qint64(m->minUsd);
    o[QStringLiteral("usd_max")] = m->maxUsd ? QJsonValue(qint64(*m->maxUsd)) : QJsonValue();
    o[QStringLiteral("qualifier")] = qualifierToken(m->qualifier);
    return o;
}

QJsonObject positionJson(const graph::Position &p) {
    QJsonObject o;
    o[QStringLiteral("flow")] = qint64(p.flow);
    o[QStringLiteral("deal")] = p.dealTitle;
    o[QStringLiteral("direction")] =
        p.outgoing ? QStringLiteral("outgoing") : QStringLiteral("incoming");
    o[QStringLiteral("counterparty")] = p.counterpartyName;
    o[QStringLiteral("kind")] = token(p.kind);
    o[QStringLiteral("status")] = token(p.status);
    o[QStringLiteral("date")] = p.date.isNull() ? QJsonValue() : QJsonValue(p.date.toString());
    o[QStringLiteral("figure")] = moneyJson(p.figure);
    o[QStringLiteral("disputed")] = p.disputed;
    o[QStringLiteral("stake_percent")] =
        p.stakePercent ? QJsonValue(*p.stakePercent) : QJsonValue();
    o[QStringLiteral("counted_usd")] = qint64(p.countedUsd);
    return o;
}

QString figureText(const graph::Position &p) {
    QString text = p.figure ? displayMoney(*p.figure) : Cli::tr("no amount");
    if (p.disputed)
        text = Cli::tr("%1 (disputed)").arg(text);
    return text;
}

QString positionLine(const graph::Position &p) {
    QString line =
        QStringLiteral("  %1 %2  %3  %4  %5  %6")
            .arg(p.outgoing ? QStringLiteral("→") : QStringLiteral("←"), p.counterpartyName,
                 displayName(p.kind), figureText(p), displayName(p.status), p.date.display());
    if (p.stakePercent)
        line += Cli::tr("  stake %1%").arg(*p.stakePercent);
    return line + QLatin1Char('\n');
}

} // namespace

int runStakes(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOption(json);
    if (int rc = parseArguments(
            parser, args, QStringLiteral("stakes"),
            Cli::tr("Prints what a company pays (investments made, commitments, purchases) and "
                    "receives (investors, customers, suppliers), each with its figure, the "
                    "totals and the net flow, and round trips: for each investment, what the "
                    "investee committed to spend with the investor."),
            {QStringLiteral("DB"), QStringLiteral("COMPANY")});
        rc >= 0)
        return rc;
    auto store = openDatabase(parser.positionalArguments().at(0));
    if (!store)
        return Failure;
    const QString name = parser.positionalArguments().at(1);
    const auto id = companyNamed(*store, name, QStringLiteral("stakes"));
    if (!id)
        return Failure;
    auto stakes = graph::companyStakes(*store, *id);
    if (!stakes) {
        err(Cli::tr("dealscope-cli: %1\n").arg(stakes.errorMessage()));
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonObject o;
        o[QStringLiteral("company")] = stakes->company.name;
        QJsonArray outgoing, incoming, trips;
        for (const graph::Position &p : stakes->outgoing)
            outgoing.append(positionJson(p));
        for (const graph::Position &p : stakes->incoming)
            incoming.append(positionJson(p));
        o[QStringLiteral("outgoing")] = outgoing;
        o[QStringLiteral("incoming")] = incoming;
        o[QStringLiteral("total_out_usd")] = qint64(stakes->totalOutUsd);
        o[QStringLiteral("total_in_usd")] = qint64(stakes->totalInUsd);
        o[QStringLiteral("net_usd")] = qint64(stakes->netUsd());
        for (const graph::RoundTrip &t : stakes->roundTrips) {
            QJsonObject trip;
            QJsonObject investment = positionJson(t.investment);
            const bool asInvestor = t.investment.outgoing;
            trip[QStringLiteral("investor")] =
                asInvestor ? stakes->company.name : t.investment.counterpartyName;
            trip[QStringLiteral("investee")] =
                asInvestor ? t.investment.counterpartyName : stakes->company.name;
            trip[QStringLiteral("investment")] = investment;
            QJsonArray returning;
            for (const graph::Position &p : *t.returning)
                returning.append(positionJson(p));
            trip[QStringLiteral("returning_commitment")] = returning;
            trip[QStringLiteral("investment_usd")] = qint64(t.investmentUsd);
            trip[QStringLiteral("returning_usd")] = qint64(t.returningUsd);
            trip[QStringLiteral("ratio")] = t.ratio ? QJsonValue(*t.ratio) : QJsonValue();
            trips.append(trip);
        }
        o[QStringLiteral("round_trips")] = trips;
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    QString text = stakes->company.name + QLatin1Char('\n');
    text +=
        Cli::tr("Outgoing (%n position(s), %1 counted):\n", nullptr, int(stakes->outgoing.size()))
            .arg(displayUsd(stakes->totalOutUsd));
    for (const graph::Position &p : stakes->outgoing)
        text += positionLine(p);
    text +=
        Cli::tr("Incoming (%n position(s), %1 counted):\n", nullptr, int(stakes->incoming.size()))
            .arg(displayUsd(stakes->totalInUsd));
    for (const graph::Position &p : stakes->incoming)
        text += positionLine(p);
    text += Cli::tr("Net flow: %1\n").arg(displayUsd(stakes->netUsd()));
    for (const graph::RoundTrip &t : stakes->roundTrips) {
        const bool asInvestor = t.investment.outgoing;
        const QString investor = asInvestor ? stakes->company.name : t.investment.counterpartyName;
        const QString investee = asInvestor ? t.investment.counterpartyName : stakes->company.name;
        text +=
            t.returningUsd > 0
                ? Cli::tr("Round trip: %1 invests %2 in %3; %3 commits %4 back to %1")
                      .arg(investor, figureText(t.investment), investee, displayUsd(t.returningUsd))
                : Cli::tr("Round trip: %1 invests %2 in %3; %3 commits to spend with %1 "
                          "(no amount stated)")
                      .arg(investor, figureText(t.investment), investee);
        if (t.ratio)
            text += Cli::tr(" (%1× the investment)").arg(QLocale().toString(*t.ratio, 'f', 1));
        text += QLatin1Char('\n');
    }
    out(text);
    return Ok;
}

int runCycles(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    const QCommandLineOption maxLength(QStringLiteral("max-length"),
                                       Cli::tr("Longest cycle, in flows (2 to 5; default 5)."),
                                       QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption window(
        QStringLiteral("window-months"),
        Cli::tr("Only cycles whose flows all fall within M months (undated flows left out)."),
        QStringLiteral("M"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Cli::tr("Only flows of this kind (repeatable)."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption company(QStringLiteral("company"),
                                     Cli::tr("Only cycles through this company."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Cli::tr("How many cycles to print, largest first (default "
                                           "100; 0 for all)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions({json, maxLength, window, kind, company, limit});
    if (int rc = parseArguments(
            parser, args, QStringLiteral("cycles"),
            Cli::tr("Finds money going round: directed cycles of flows (a company pays another, "
                    "which pays on, and the money comes back), each with the smallest amount on "
                    "it, which is how much can have gone round at most."),
            {QStringLiteral("DB")});
        rc >= 0)
        return rc;
    graph::CycleOptions options;
    bool ok = true;
    options.maxLength = parser.value(maxLength).toInt(&ok);
    if (!ok || options.maxLength < 2 || options.maxLength > 5) {
        err(Cli::tr("dealscope-cli cycles: --max-length must be 2 to 5.\n"));
        return Usage;
    }
    if (parser.isSet(window)) {
        options.windowMonths = parser.value(window).toInt(&ok);
        if (!ok || options.windowMonths < 1) {
            err(Cli::tr("dealscope-cli cycles: --window-months must be a positive number.\n"));
            return Usage;
        }
    }
    const qlonglong limitValue = parser.value(limit).toLongLong(&ok);
    if (!ok || limitValue < 0) {
        err(Cli::tr("dealscope-cli cycles: --limit must be 0 or more.\n"));
        return Usage;
    }
    options.limit = size_t(limitValue);
    for (const QString &k : parser.values(kind)) {
        const auto value = fromToken<FlowKind>(k);
        if (!value) {
            err(Cli::tr("dealscope-cli cycles: unknown kind '%1'.\n").arg(k));
            return Usage;
        }
        options.kinds.push_back(*value);
    }
    auto store = openDatabase(parser.positionalArguments().at(0));
    if (!store)
        return Failure;
    auto graph = graph::MoneyGraph::load(*store);
    if (!graph) {
        err(Cli::tr("dealscope-cli: %1\n").arg(graph.errorMessage()));
        return Failure;
    }
    if (parser.isSet(company)) {
        const auto id = companyNamed(*store, parser.value(company), QStringLiteral("cycles"));
        if (!id)
            return Failure;
        // A company without flows is in no cycle: an empty node index finds none.
        options.through = graph->nodeOf(*id).value_or(-1);
    }
    const graph::CycleResult result = graph::findCycles(*graph, options);
    auto name = [&](int node) { return graph->nodes()[size_t(node)].name; };
    if (parser.isSet(json)) {
        QJsonArray cycles;
        for (const graph::Cycle &c : result.cycles) {
            QJsonObject o;
            QJsonArray companies, flows;
            for (int n : c.nodes)
                companies.append(name(n));
            for (int ei : c.edges) {
                const graph::Edge &e = graph->edges()[size_t(ei)];
                QJsonObject f;
                f[QStringLiteral("flow")] = qint64(e.flow);
                f[QStringLiteral("payer")] = name(e.from);
                f[QStringLiteral("payee")] = name(e.to);
                f[QStringLiteral("kind")] = token(e.kind);
                f[QStringLiteral("date")] =
                    e.date.isNull() ? QJsonValue() : QJsonValue(e.date.toString());
                f[QStringLiteral("usd")] = e.hasAmount ? QJsonValue(qint64(e.usd)) : QJsonValue();
                f[QStringLiteral("disputed")] = e.disputed;
                flows.append(f);
            }
            o[QStringLiteral("companies")] = companies;
            o[QStringLiteral("flows")] = flows;
            o[QStringLiteral("length")] = int(c.edges.size());
            o[QStringLiteral("smallest_usd")] =
                c.hasAmounts ? QJsonValue(qint64(c.smallestUsd)) : QJsonValue();
            cycles.append(o);
        }
        QJsonObject o;
        o[QStringLiteral("found")] = qint64(result.found);
        o[QStringLiteral("complete")] = result.complete;
        o[QStringLiteral("cycles")] = cycles;
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    const int found = result.found > INT_MAX ? INT_MAX : int(result.found);
    QString text = result.complete
                       ? Cli::tr("%n cycle(s) found", nullptr, found)
                       : Cli::tr("The %1 largest cycles (paths that could not beat them were not "
                                 "followed)")
                             .arg(result.cycles.size());
    text += result.complete && result.cycles.size() < size_t(result.found)
                ? Cli::tr(", the %1 largest:\n").arg(result.cycles.size())
                : QStringLiteral(":\n");
    for (const graph::Cycle &c : result.cycles) {
        QStringList hops;
        for (int ei : c.edges) {
            const graph::Edge &e = graph->edges()[size_t(ei)];
            hops << QStringLiteral("%1 →[%2 %3] ")
                        .arg(name(e.from), displayName(e.kind),
                             e.hasAmount ? displayUsd(e.usd) : Cli::tr("no amount"));
        }
        text += QStringLiteral("  %1%2").arg(hops.join(QString()), name(c.nodes.front()));
        text += c.hasAmounts ? Cli::tr("  — at most %1 round\n").arg(displayUsd(c.smallestUsd))
                             : Cli::tr("  — amount unknown\n");
    }
    out(text);
    return Ok;
}

} // namespace ds::cli
