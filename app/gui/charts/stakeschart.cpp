// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/stakeschart.h"

#include <QCoreApplication>
#include <qcustomplot.h>

#include <map>

namespace ds::gui {

void buildStakesChart(QCustomPlot *plot, const graph::Stakes &stakes) {
    plot->clearPlottables();
    plot->legend->setVisible(false);
    if (stakes.outgoing.empty() && stakes.incoming.empty()) {
        plot->replot();
        return;
    }
    // Counted amounts by counterparty: paid (out) and received (in), in US$ billions.
    std::map<QString, std::pair<double, double>> byCounterparty;
    for (const auto *list : {&stakes.outgoing, &stakes.incoming})
        for (const graph::Position &p : *list) {
            auto &[out, in] = byCounterparty[p.counterpartyName];
            (p.outgoing ? out : in) += double(p.countedUsd) / 1e9;
        }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, outs, ins;
    int i = 0;
    for (const auto &[name, values] : byCounterparty) {
        ticker->addTick(++i, name);
        keys << i;
        outs << values.first;
        ins << values.second;
    }
    auto *out = new QCPBars(plot->xAxis, plot->yAxis);
    auto *in = new QCPBars(plot->xAxis, plot->yAxis);
    out->setName(QCoreApplication::translate("ds::gui::StakesDock", "Pays"));
    in->setName(QCoreApplication::translate("ds::gui::StakesDock", "Receives"));
    out->setBrush(QColor(0xd6, 0x27, 0x28, 200));
    in->setBrush(QColor(0x2c, 0xa0, 0x2c, 200));
    out->setPen(Qt::NoPen);
    in->setPen(Qt::NoPen);
    auto *group = new QCPBarsGroup(plot);
    out->setBarsGroup(group);
    in->setBarsGroup(group);
    out->setWidth(0.35);
    in->setWidth(0.35);
    out->setData(keys, outs);
    in->setData(keys, ins);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(keys.size() > 4 ? 30 : 0);
    plot->xAxis->setRange(0.4, i + 0.6);
    plot->yAxis->setLabel(QCoreApplication::translate("ds::gui::StakesDock", "US$ billions"));
    plot->yAxis->rescale();
    plot->yAxis->setRangeLower(0);
    plot->yAxis->setRangeUpper(std::max(1.0, plot->yAxis->range().upper * 1.1));
    plot->legend->setVisible(true);
    plot->replot();
}

} // namespace ds::gui
