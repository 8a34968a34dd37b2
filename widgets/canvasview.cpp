#include "widgets/canvasview.h"

#include "widgets/canvasscene.h"

#include <QGraphicsItem>
#include <QKeyEvent>
#include <cmath>
#include <QScrollBar>
#include <QWheelEvent>

namespace Scaleplan {

namespace {
constexpr qreal kZoomStep = 1.25;
}

CanvasView::CanvasView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
}

void CanvasView::setCanvasScene(CanvasScene *scene)
{
    setScene(scene);
    if (scene) {
        connect(scene, &CanvasScene::layoutChanged, this, [this] {
            if (m_autoFit)
                fitToView();
        });
    }
}

CanvasScene *CanvasView::canvasScene() const
{
    return qobject_cast<CanvasScene *>(scene());
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::ensureObjectVisible(ObjectId id)
{
    if (CanvasScene *s = canvasScene()) {
        if (QGraphicsItem *item = s->itemForObject(id))
            ensureVisible(item, 40, 40);
    }
}

void CanvasView::zoomIn()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    scaleBy(kZoomStep);
    setTransformationAnchor(anchor);
}

void CanvasView::zoomOut()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    scaleBy(1.0 / kZoomStep);
    setTransformationAnchor(anchor);
}

void CanvasView::resetZoom()
{
    setZoom(1.0);
}

void CanvasView::setZoom(qreal factor)
{
    const qreal current = zoom();
    if (current <= 0)
        return;
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    scaleBy(factor / current);
    setTransformationAnchor(anchor);
}

void CanvasView::fitToView()
{
    CanvasScene *s = canvasScene();
    if (!s)
        return;
    QRectF content = s->contentRect();
    if (content.isEmpty())
        content = s->itemsBoundingRect();
    if (content.isEmpty())
        return;
    fitRect(content);
    m_autoFit = true;
}

void CanvasView::fitToObject(ObjectId id)
{
    CanvasScene *s = canvasScene();
    QGraphicsItem *item = s ? s->itemForObject(id) : nullptr;
    if (!item)
        return;
    fitRect(item->sceneBoundingRect());
    m_autoFit = false;
}

void CanvasView::fitRect(const QRectF &rect)
{
    const QRectF content = rect.adjusted(-20, -20, 20, 20);
    const QRect port = viewport()->rect();
    if (content.isEmpty() || port.isEmpty())
        return;
    const qreal factor = qMin(port.width() / content.width(), port.height() / content.height());
    const qreal clamped = qBound(minimumZoom(), qMin(factor, 1.0), maximumZoom());
    resetTransform();
    scale(clamped, clamped);
    centerOn(content.center());
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToView();
}

void CanvasView::scaleBy(qreal factor)
{
    m_autoFit = false;
    const qreal target = qBound(minimumZoom(), zoom() * factor, maximumZoom());
    const qreal applied = target / zoom();
    if (qFuzzyCompare(applied, 1.0))
        return;
    scale(applied, applied);
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            scaleBy(std::pow(kZoomStep, delta / 120.0));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Equal:
        case Qt::Key_Plus:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            resetZoom();
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panOrigin = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - m_panOrigin;
        m_panOrigin = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace Scaleplan
