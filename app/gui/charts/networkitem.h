// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QColor>
#include <QGraphicsItem>
#include <QImage>
#include <QPointF>

#include <map>
#include <optional>
#include <vector>

namespace ds::gui {

/// What the network draws: companies and the flows between them aggregated per payer → payee
/// → kind, with positions in scene units.
struct NetworkPicture {
    struct Node {
        Id company = 0;
        QString name;
        CompanyKind kind = CompanyKind::Other;
        QPointF pos;
        double radius = 6; // pixels, by volume
        double volumeUsd = 0;
        bool pinned = false;
    };
    struct Edge {
        int from = 0; // node indexes
        int to = 0;
        FlowKind kind = FlowKind::Equity;
        std::vector<Id> flows;
        std::vector<Id> deals;
        int64_t usd = 0; // counted amounts summed
        bool hasAmount = false;
        bool firm = false;     // some flow of it is announced or completed
        bool disputed = false; // some flow of it has a disputed figure
        bool curved = false;   // an edge goes the other way too
        double width = 1;      // pixels
    };
    std::vector<Node> nodes;
    std::vector<Edge> edges;
};

/// The whole network in one item that draws nodes and edges in screen pixels (sizes do not
/// grow with the zoom) and does its own hit-testing: one item per node and edge is far too slow
/// for thousands of them.
class NetworkItem : public QGraphicsItem {
public:
    NetworkItem();

    void setPicture(NetworkPicture picture);
    const NetworkPicture &picture() const { return m_picture; }
    NetworkPicture &picture() { return m_picture; }
    void pictureMoved(); // after changing node positions

    void setFocusedCompany(std::optional<Id> company);
    void setFocusedFlow(std::optional<Id> flow);
    /// Flows to highlight (a cycle); empty: none.
    void setHighlightedFlows(std::vector<Id> flows);
    const std::vector<Id> &highlightedFlows() const { return m_highlighted; }

    /// The node or edge under a point in view pixels, given the view's transform.
    int nodeAt(const QPointF &scenePos, double scale) const;
    int edgeAt(const QPointF &scenePos, double scale) const;
    /// Where an edge's curve passes half way (scene units), for tests and tooltips.
    QPointF edgeMidpoint(int edge, double scale) const;

    static QColor companyColor(CompanyKind kind);
    static QColor flowColor(FlowKind kind);

    /// Whether the last paint drew in full detail (curves, arrow heads, dashes), as it does
    /// with up to 3,000 companies in view, or simplified for more.
    bool drewInDetail() const { return m_drewInDetail; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /// The control point of an edge's curve (scene units) at a given view scale.
    QPointF control(const NetworkPicture::Edge &e, double scale) const;
    /// A company's disc drawn once per kind and radius, for networks of thousands.
    const QImage &discImage(CompanyKind kind, int radius) const;

    NetworkPicture m_picture;
    QRectF m_bounds;
    std::optional<Id> m_focusedCompany;
    std::optional<Id> m_focusedFlow;
    std::vector<Id> m_highlighted;
    mutable std::map<int, QImage> m_discs;
    bool m_drewInDetail = true;
};

} // namespace ds::gui
