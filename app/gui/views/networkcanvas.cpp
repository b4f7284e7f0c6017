// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/networkcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>

#include <cmath>

namespace ds::gui {

NetworkCanvas::NetworkCanvas(NetworkItem *item, QWidget *parent)
    : QGraphicsView(parent)
    , m_item(item) {
    setScene(new QGraphicsScene(this));
    scene()->addItem(item);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setMouseTracking(true);
    setBackgroundBrush(Qt::white);
}

void NetworkCanvas::resizeEvent(QResizeEvent *event) {
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fit();
}

void NetworkCanvas::fit() {
    m_autoFit = true;
    QRectF r = m_item->boundingRect();
    if (r.isEmpty())
        return;
    r.adjust(-kUnit, -kUnit, kUnit, kUnit);
    scene()->setSceneRect(r.adjusted(-r.width(), -r.height(), r.width(), r.height()));
    fitInView(r, Qt::KeepAspectRatio);
}

void NetworkCanvas::wheelEvent(QWheelEvent *event) {
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double next = std::clamp(scale() * factor, 0.01, 40.0);
    m_autoFit = false;
    QGraphicsView::scale(next / scale(), next / scale());
    event->accept();
}

void NetworkCanvas::keyPressEvent(QKeyEvent *event) {
    auto zoom = [this](double factor) {
        m_autoFit = false;
        const double next = std::clamp(scale() * factor, 0.01, 40.0);
        QGraphicsView::scale(next / scale(), next / scale());
    };
    switch (event->key()) {
    case Qt::Key_Right:
        emit companyStepRequested(1);
        break;
    case Qt::Key_Left:
        emit companyStepRequested(-1);
        break;
    case Qt::Key_Down:
        emit flowStepRequested(1);
        break;
    case Qt::Key_Up:
        emit flowStepRequested(-1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.4);
        break;
    case Qt::Key_Minus:
        zoom(1 / 1.4);
        break;
    case Qt::Key_Home:
        m_autoFit = true;
        fit();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void NetworkCanvas::mousePressEvent(QMouseEvent *event) {
    m_pressAt = event->position().toPoint();
    m_moved = false;
    m_dragging = -1;
    if (event->button() == Qt::LeftButton) {
        const int node = m_item->nodeAt(mapToScene(m_pressAt), scale());
        if (node >= 0) {
            m_dragging = node;
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void NetworkCanvas::mouseMoveEvent(QMouseEvent *event) {
    const QPoint at = event->position().toPoint();
    if ((at - m_pressAt).manhattanLength() > 3 && event->buttons())
        m_moved = true;
    if (m_dragging >= 0 && m_moved) {
        auto &node = m_item->picture().nodes[size_t(m_dragging)];
        node.pos = mapToScene(at);
        node.pinned = true;
        m_item->pictureMoved();
        event->accept();
        return;
    }
    if (!event->buttons()) {
        const QPointF scenePos = mapToScene(at);
        const int node = m_item->nodeAt(scenePos, scale());
        emit hovered(node, node >= 0 ? -1 : m_item->edgeAt(scenePos, scale()),
                     event->globalPosition().toPoint());
    }
    QGraphicsView::mouseMoveEvent(event);
}

void NetworkCanvas::mouseReleaseEvent(QMouseEvent *event) {
    const int dragged = m_dragging;
    m_dragging = -1;
    if (dragged >= 0 && m_moved) {
        emit nodeMoved(dragged);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_moved)
        return;
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (dragged >= 0) {
        emit nodeClicked(dragged);
        return;
    }
    const int edge = m_item->edgeAt(scenePos, scale());
    if (edge >= 0)
        emit edgeClicked(edge);
}

} // namespace ds::gui
