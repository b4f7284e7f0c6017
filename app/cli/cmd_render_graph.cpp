// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-cli render --view network and --view stakes.
#include "cli.h"

#include "analysis/sources.h"
#include "charts/networkpicture.h"
#include "charts/stakeschart.h"
#include "graph/stakes.h"
#include "store/store.h"

#include <qcustomplot.h>

namespace ds::cli {

namespace {

QString captionFor(Store &store, const std::vector<Id> &flows) {
    auto labels = analysis::sourceLabelsOfFlows(store, flows);
    return labels && !labels->isEmpty()
               ? Cli::tr("Sources: %1").arg(labels->join(QStringLiteral("; ")))
               : QString();
}

} // namespace

int renderNetwork(Store &store, const GraphRender &request) {
    auto graph = graph::MoneyGraph::load(store);
    if (!graph) {
        err(Cli::tr("dealscope-cli: %1\n").arg(graph.errorMessage()));
        return Failure;
    }
    gui::NetworkScope scope;
    scope.kinds = request.kinds;
    if (!request.to.isNull())
        scope.dateLimit = request.to.sortKey() + (request.to.day()     ? 0
                                                  : request.to.month() ? 99
                                                                       : 9999);
    if (!request.company.isEmpty()) {
        const auto id = companyNamed(store, request.company, QStringLiteral("render"));
        if (!id)
            return Failure;
        scope.focus = *id;
        scope.hops = 1;
    }
    std::unordered_map<Id, graph::Point> positions;
    gui::NetworkBuild built = gui::buildNetworkPicture(*graph, scope, positions, {});
    std::vector<Id> flows;
    for (const auto &e : built.picture.edges)
        flows.insert(flows.end(), e.flows.begin(), e.flows.end());
    gui::ExportOptions options = request.options;
    if (request.caption)
        options.caption = captionFor(store, flows);
    gui::NetworkItem item;
    item.setPicture(std::move(built.picture));
    if (Status s = gui::exportNetwork(&item, request.path, options); !s) {
        err(Cli::tr("dealscope-cli: %1\n").arg(s.errorMessage()));
        return Failure;
    }
    out(Cli::tr("Wrote %1 (%2 companies, %n flow(s))\n", nullptr, int(flows.size()))
            .arg(request.path)
            .arg(item.picture().nodes.size()));
    return Ok;
}

int renderStakes(Store &store, const GraphRender &request) {
    const auto id = companyNamed(store, request.company, QStringLiteral("render"));
    if (!id)
        return Failure;
    auto stakes = graph::companyStakes(store, *id);
    if (!stakes) {
        err(Cli::tr("dealscope-cli: %1\n").arg(stakes.errorMessage()));
        return Failure;
    }
    gui::ExportOptions options = request.options;
    if (request.caption) {
        std::vector<Id> flows;
        for (const auto *list : {&stakes->outgoing, &stakes->incoming})
            for (const graph::Position &p : *list)
                flows.push_back(p.flow);
        options.caption = captionFor(store, flows);
    }
    QCustomPlot plot;
    plot.resize(options.size);
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, stakes->company.name));
    gui::buildStakesChart(&plot, *stakes);
    if (Status s = gui::exportChart(&plot, request.path, options); !s) {
        err(Cli::tr("dealscope-cli: %1\n").arg(s.errorMessage()));
        return Failure;
    }
    out(Cli::tr("Wrote %1 (%2)\n").arg(request.path, stakes->company.name));
    return Ok;
}

} // namespace ds::cli
