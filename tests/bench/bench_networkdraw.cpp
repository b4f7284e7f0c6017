// SPDX-License-Identifier: GPL-3.0-or-later
// Network drawing benchmark: full redraws of the network item (every node and edge, labels
// where readable) for scale-free graphs of 10,000 and 100,000 companies, at 1600×900.
//
//   QT_QPA_PLATFORM=offscreen build/default/tests/bench/bench_networkdraw [--sizes N,N]
//       [--frames K]
#include "charts/networkitem.h"
#include "graph/layout.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cstdio>

using namespace ds;
using namespace ds::gui;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Graph sizes."),
                                   QStringLiteral("N,N"), QStringLiteral("10000,100000"));
    const QCommandLineOption frames(QStringLiteral("frames"), QStringLiteral("Redraws to time."),
                                    QStringLiteral("K"), QStringLiteral("20"));
    parser.addOptions({sizes, frames});
    parser.process(app);
    const int frameCount = std::max(3, parser.value(frames).toInt());
    for (const QString &size : parser.value(sizes).split(QLatin1Char(','))) {
        const int n = size.toInt();
        if (n < 2)
            continue;
        const auto edges = graph::barabasiAlbert(n, 2, 1);
        const auto points = graph::forceLayout(n, edges);
        NetworkPicture picture;
        for (int v = 0; v < n; ++v) {
            NetworkPicture::Node node;
            node.company = v + 1;
            node.name = QStringLiteral("Company %1").arg(v);
            node.kind = CompanyKind(v % 5);
            node.pos = QPointF(points[size_t(v)].x * 90, points[size_t(v)].y * 90);
            picture.nodes.push_back(node);
        }
        std::vector<int> degree(size_t(n), 0);
        for (const auto &[a, b] : edges) {
            NetworkPicture::Edge e;
            e.from = a;
            e.to = b;
            e.kind = FlowKind(a % 3);
            e.flows = {Id(picture.edges.size() + 1)};
            e.deals = {1};
            e.hasAmount = e.firm = (a % 4) != 0;
            e.usd = int64_t(1 + a % 50) * 1'000'000'000;
            e.width = 1 + (a % 3);
            picture.edges.push_back(e);
            ++degree[size_t(a)];
            ++degree[size_t(b)];
        }
        for (int v = 0; v < n; ++v)
            picture.nodes[size_t(v)].radius = std::min(26.0, 4.0 + degree[size_t(v)] / 4.0);
        NetworkItem item;
        item.setPicture(std::move(picture));
        QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
        const QRectF bounds = item.boundingRect();
        const double fitScale = std::min(1600 / bounds.width(), 900 / bounds.height());
        // Paints the frames with the view centred on `centre` (scene units) at `zoom` times the
        // fitted scale; returns the median and the 90th percentile in ms, and the detail.
        auto timeFrames = [&](QPointF centre, double zoom) {
            std::vector<double> ms;
            QElapsedTimer t;
            const double s = fitScale * zoom;
            for (int f = 0; f < frameCount; ++f) {
                t.start();
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.translate(800, 450);
                painter.scale(s, s);
                painter.translate(-centre);
                QStyleOptionGraphicsItem option;
                option.exposedRect =
                    QRectF(centre.x() - 800 / s, centre.y() - 450 / s, 1600 / s, 900 / s);
                item.paint(&painter, &option, nullptr);
                painter.end();
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::sort(ms.begin(), ms.end());
            return std::tuple{ms[ms.size() / 2], ms[ms.size() * 9 / 10], item.drewInDetail()};
        };
        // Zoomed to fit, as after "Fit": everything on screen.
        auto [median, p90, detail] = timeFrames(bounds.center(), 1);
        std::printf("full redraw, %d companies, %zu flows, 1600x900: median %.1f ms, p90 %.1f "
                    "ms\n",
                    n, edges.size(), median, p90);
        // Zoomed in 40 times on the busiest company (its flows run out of view in all
        // directions) and on the quietest corner (a few companies in full detail).
        const auto &nodes = item.picture().nodes;
        const auto hub =
            std::max_element(nodes.begin(), nodes.end(),
                             [](const auto &x, const auto &y) { return x.radius < y.radius; });
        const auto corner =
            std::min_element(nodes.begin(), nodes.end(), [](const auto &x, const auto &y) {
                return x.pos.x() + x.pos.y() < y.pos.x() + y.pos.y();
            });
        for (auto [name, at] : {std::pair{"the busiest company", hub->pos},
                                std::pair{"a quiet corner", corner->pos}}) {
            auto [zm, zp, zd] = timeFrames(at, 40);
            std::printf("  zoomed 40x on %s: median %.1f ms, p90 %.1f ms (%s)\n", name, zm, zp,
                        zd ? "full detail" : "simplified");
        }
    }
    return 0;
}
