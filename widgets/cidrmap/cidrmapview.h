#pragma once

#include "widgets/cidrmap/cidrmapcontent.h"

#include <QImage>
#include <QFontMetricsF>
#include <QPainter>
#include <QWidget>

#include <optional>

namespace Scaleplan {

/**
 * The common part of the two CIDR maps (CidrLinearMap, HilbertMap): the content shown, the block
 * of it in view (zoom), hover, click and zoom gestures, and the cached picture.
 *
 * Gestures: hovering shows CidrMapContent::toolTipText of the subnet under the pointer (or the
 * free block's text); a click on a subnet emits objectClicked(id); a double-click zooms to the
 * subnet under the pointer, or on free space to the free block there; the wheel zooms in or out
 * by two prefix lengths (a quarter / four times the addresses) around the pointer; Backspace
 * zooms back out (the previous view, else the whole root).
 *
 * Drawing: a subclass renders everything that depends on content, view and size into m_cache
 * (renderCache(), called lazily once after any of them changed) and paintEvent only blits it and
 * outlines the hovered subnet, so a repaint costs one image copy whatever the number of subnets.
 */
class CidrMapView : public QWidget
{
    Q_OBJECT
public:
    explicit CidrMapView(QWidget *parent = nullptr);

    /// Shows `content`. The view block is kept when the new root still contains it, otherwise the
    /// whole root is shown; the zoom history is cleared when the root changes.
    void setContent(const CidrMapContent &content);
    const CidrMapContent &content() const { return m_content; }

    /// The block in view: the root, or a block inside it after zooming.
    Cidr viewBlock() const { return m_view; }
    /// Shows `block` without recording history (used to keep two maps in step). Ignored when the
    /// block is not an IPv4 block inside the root. Emits viewBlockChanged when the view changes.
    void setViewBlock(const Cidr &block);
    /// Zooms to `block` (inside the root; a block larger than the root shows the root) and
    /// remembers the current view for zoomOut().
    void zoomTo(const Cidr &block);
    /// Back to the previous view, or to the root when there is none.
    void zoomOut();
    /// Shows the whole root and forgets the history.
    void resetZoom();
    bool canZoomOut() const;

    /// The IPv4 address under `pos` (widget coordinates) inside the view block, if any.
    virtual std::optional<quint32> addressAt(const QPointF &pos) const = 0;
    /// The span under `pos` (the smallest one when spans overlap), -1 for free space or outside.
    int spanAt(const QPointF &pos) const;
    /// The hover text at `pos`: the span's or free block's text; empty elsewhere.
    QString toolTipAt(const QPointF &pos) const;

    /// Brings the cached picture up to date now (normally done by the first paint after a change).
    void ensureRendered();

Q_SIGNALS:
    /// The user clicked the span of object `id` (spans with id 0, planned blocks, emit nothing).
    void objectClicked(Scaleplan::ObjectId id);
    /// The block in view changed (zoom, reset, new content).
    void viewBlockChanged(const Scaleplan::Cidr &block);

protected:
    /// A fresh m_cache of the widget's size (device pixel ratio applied) filled with the window colour.
    void resetCache();
    /// When there is nothing to draw (no VPC selected, or an IPv6 block), draws the explanation
    /// centred and returns true.
    bool drawPlaceholder(QPainter &painter) const;
    /// Draws span `index`'s label lines (name, CIDR or prefix length, zone) centred in `inner`, as
    /// many as fit; shared by the linear and the Hilbert map.
    void drawSpanLabel(QPainter &painter, const QRectF &inner, int index, const QFont &nameFont,
                       const QFontMetricsF &metrics, const QFontMetricsF &nameMetrics) const;

    /// Renders content + view at the current size into m_cache (device pixel ratio applied).
    virtual void renderCache() = 0;
    /// The outline of span `index` in widget coordinates, for the hover highlight.
    virtual QRectF highlightRect(int index) const = 0;
    /// Draws what changes without the cache (header texts may go here); default: nothing.
    virtual void paintOverlay(QPainter &painter);
    /// Called by setContent() after m_content changed, before the repaint: for derived facts a
    /// subclass keeps (default: nothing).
    virtual void contentChanged();

    void invalidate();
    /// The block of `prefixLength` containing `address` (for zoom steps), clamped to the root.
    Cidr blockAround(quint32 address, int prefixLength) const;

    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

    CidrMapContent m_content;
    Cidr m_view;
    QList<Cidr> m_history;
    QImage m_cache;
    bool m_dirty = true;
    int m_hover = -1;
    int m_pressed = -1;
};

} // namespace Scaleplan
