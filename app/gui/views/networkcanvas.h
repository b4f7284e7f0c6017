// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/networkitem.h"
#include "charts/networkpicture.h"

#include <QGraphicsView>

namespace ds::gui {

/// The graphics view of the network: wheel to zoom, drag the background to pan, drag a node to
/// move (and pin) it, click a node or an edge.
class NetworkCanvas : public QGraphicsView {
    Q_OBJECT
public:
    NetworkCanvas(NetworkItem *item, QWidget *parent = nullptr);
    double scale() const { return transform().m11(); }
    /// Shows every node.
    void fit();

signals:
    void nodeClicked(int node);
    void edgeClicked(int edge);
    void nodeMoved(int node);
    void hovered(int node, int edge, const QPoint &globalPos);
    /// ← → asked for the previous or next company, ↑ ↓ for the focused company's previous or
    /// next flow.
    void companyStepRequested(int step);
    void flowStepRequested(int step);

protected:
    void wheelEvent(QWheelEvent *event) override;
    /// Arrows step through companies and flows; + and − zoom; Home shows the whole network.
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    NetworkItem *m_item;
    bool m_autoFit = true; // until the user zooms: keep the whole network in view
    int m_dragging = -1;
    QPoint m_pressAt;
    bool m_moved = false;
};

} // namespace ds::gui
