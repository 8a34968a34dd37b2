#pragma once

#include "model/designobject.h"

#include <QGraphicsView>

namespace Scaleplan {

class CanvasScene;

/**
 * The view onto a CanvasScene: zoom (Ctrl+wheel, Ctrl+= / Ctrl++, Ctrl+-, Ctrl+0 for 100 %),
 * fit-to-view, and pan (middle mouse button drag, or the scroll bars). Left drag on empty space
 * draws a rubber band that selects every item it touches.
 *
 * Zoom is a uniform scale factor clamped to [minimumZoom(), maximumZoom()]; it is never reset by
 * a scene rebuild.
 */
class CanvasView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit CanvasView(QWidget *parent = nullptr);

    void setCanvasScene(CanvasScene *scene);
    CanvasScene *canvasScene() const;

    /// Current scale factor (1.0 = 100 %).
    qreal zoom() const;
    static qreal minimumZoom() { return 0.1; }
    static qreal maximumZoom() { return 4.0; }

    /// Scrolls so that the item drawing `id` is visible (with a margin); no-op for unknown ids.
    void ensureObjectVisible(ObjectId id);
    /// Zooms so the item drawing `id` fills the viewport (at most 100 %) and centres it.
    void fitToObject(ObjectId id);
    /// While true (initially, and after fitToView()), a resize of the view fits the content again;
    /// any explicit zoom turns it off.
    bool isAutoFit() const { return m_autoFit; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Scales so the whole content fits the viewport (never above 100 %), and centres it.
    void fitToView();
    /// Sets the zoom factor (clamped), keeping the viewport centre fixed.
    void setZoom(qreal factor);

Q_SIGNALS:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scaleBy(qreal factor);
    void fitRect(const QRectF &rect);

    bool m_panning = false;
    bool m_autoFit = true;
    QPoint m_panOrigin;
};

} // namespace Scaleplan
