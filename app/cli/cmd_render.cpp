// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-cli render: charts to PNG, SVG or PDF with no display.
#include "cli.h"

#include "analysis/sources.h"
#include "analysis/timelinecells.h"
#include "charts/chartexport.h"
#include "charts/timelinechart.h"
#include "store/store.h"

#include <QRegularExpression>

namespace ds::cli {

int runRender(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption view(
        QStringLiteral("view"),
        Cli::tr("The chart: timeline, cumulative (committed capital over time), network (the "
                "money between companies), or stakes (one company's positions, with --company)."),
        QStringLiteral("VIEW"), QStringLiteral("timeline"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     Cli::tr("The file to write: .png, .svg or .pdf."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), Cli::tr("Width x height in pixels."),
                                  QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption scale(QStringLiteral("scale"), Cli::tr("Pixels per point (PNG)."),
                                   QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption from(QStringLiteral("from"), Cli::tr("First date (YYYY[-MM[-DD]])."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Cli::tr("Last date (YYYY[-MM[-DD]])."),
                                QStringLiteral("DATE"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Cli::tr("Only flows of this kind (equity, compute, chips, "
                                          "loan, acquisition, licensing, partnership); "
                                          "repeatable."),
                                  QStringLiteral("K"));
    const QCommandLineOption caption(QStringLiteral("caption"),
                                     Cli::tr("Add a caption naming the sources."));
    const QCommandLineOption company(QStringLiteral("company"),
                                     Cli::tr("Network: this company and its neighbours; stakes: "
                                             "whose positions."),
                                     QStringLiteral("NAME"));
    parser.addOptions({view, outFile, size, scale, from, to, kind, caption, company});
    if (int rc = parseArguments(parser, args, QStringLiteral("render"),
                                Cli::tr("Renders a chart of a DealScope file to PNG, SVG or PDF "
                                        "(works without a display)."),
                                {QStringLiteral("DB")});
        rc >= 0)
        return rc;
    auto usage = [](const QString &message) {
        err(Cli::tr("dealscope-cli render: %1\n").arg(message));
        return Usage;
    };
    const QString viewName = parser.value(view);
    const QStringList views = {QStringLiteral("timeline"), QStringLiteral("cumulative"),
                               QStringLiteral("network"), QStringLiteral("stakes")};
    if (!views.contains(viewName))
        return usage(Cli::tr("unknown view '%1' (known: timeline, cumulative, network, stakes).")
                         .arg(viewName));
    if (viewName == QLatin1String("stakes") && !parser.isSet(company))
        return usage(Cli::tr("--view stakes needs --company NAME."));
    if (!parser.isSet(outFile))
        return usage(Cli::tr("--out FILE is required."));
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d+)x(\\d+)$"));
    const auto sizeMatch = sizePattern.match(parser.value(size));
    bool scaleOk = false;
    const double scaleValue = parser.value(scale).toDouble(&scaleOk);
    if (!sizeMatch.hasMatch() || !scaleOk)
        return usage(Cli::tr("--size must look like 1920x1080 and --scale be a number."));
    analysis::TimelineFilter filter;
    for (const auto &[option, slot] :
         {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        const auto date = PartialDate::parse(parser.value(*option));
        if (!date || date->isNull())
            return usage(Cli::tr("invalid date '%1'.").arg(parser.value(*option)));
        *slot = *date;
    }
    for (const QString &k : parser.values(kind)) {
        const auto value = fromToken<FlowKind>(k);
        if (!value)
            return usage(Cli::tr("unknown kind '%1'.").arg(k));
        filter.kinds.push_back(*value);
    }

    auto store = openDatabase(parser.positionalArguments().at(0));
    if (!store)
        return Failure;
    if (viewName == QLatin1String("network") || viewName == QLatin1String("stakes")) {
        GraphRender request;
        request.company = parser.value(company);
        request.kinds = filter.kinds;
        request.to = filter.to;
        request.path = parser.value(outFile);
        request.caption = parser.isSet(caption);
        request.options.size = QSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());
        request.options.scale = scaleValue;
        return viewName == QLatin1String("network") ? renderNetwork(*store, request)
                                                    : renderStakes(*store, request);
    }
    const bool cumulative = viewName == QLatin1String("cumulative");
    auto data = analysis::loadTimelineData(*store, filter, analysis::CellLane::Kind);
    if (!data) {
        err(Cli::tr("dealscope-cli: %1\n").arg(data.errorMessage()));
        return Failure;
    }
    if (cumulative && data->grouped) {
        err(Cli::tr("dealscope-cli render: %1 flows match; the cumulative chart adds up to %2 "
                    "figures. Narrow it with --from, --to or --kind.\n")
                .arg(data->flows)
                .arg(analysis::kMaxTimelineFlows));
        return Failure;
    }
    std::vector<Id> flows;
    for (const analysis::TimelinePoint &p : data->points)
        flows.push_back(p.flowId);

    gui::ExportOptions options;
    options.size = QSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());
    options.scale = scaleValue;
    if (parser.isSet(caption)) {
        auto labels = analysis::sourceLabelsOfFlows(*store, flows);
        if (labels && !labels->isEmpty())
            options.caption = Cli::tr("Sources: %1").arg(labels->join(QStringLiteral("; ")));
    }
    QCustomPlot plot;
    plot.resize(options.size);
    gui::TimelineChart chart(&plot);
    if (data->grouped)
        chart.setCells(data->cells, gui::LaneMode::ByKind);
    else
        chart.setPoints(std::move(data->points), gui::LaneMode::ByKind,
                        cumulative ? gui::TimelineMode::Cumulative : gui::TimelineMode::Markers);
    // The dates asked for are the range drawn (the default view adds room for labels).
    if (!filter.from.isNull() || !filter.to.isNull()) {
        const QCPRange shown = plot.xAxis->range();
        auto edge = [](const QDate &day) {
            return double(QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        };
        plot.xAxis->setRange(filter.from.isNull() ? shown.lower : edge(filter.from.firstDay()),
                             filter.to.isNull() ? shown.upper
                                                : edge(filter.to.lastDay().addDays(1)));
    }
    if (Status s = gui::exportChart(&plot, parser.value(outFile), options); !s) {
        err(Cli::tr("dealscope-cli: %1\n").arg(s.errorMessage()));
        return Failure;
    }
    if (data->grouped)
        out(Cli::tr("Wrote %1 (%2 flows grouped by month)\n")
                .arg(parser.value(outFile))
                .arg(data->flows));
    else
        out(Cli::tr("Wrote %1 (%n flow(s))\n", nullptr, int(flows.size()))
                .arg(parser.value(outFile)));
    return Ok;
}

} // namespace ds::cli
