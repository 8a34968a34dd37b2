#pragma once

#include "widgets/cidrmap/cidrmapview.h"

#include <QPoint>
#include <QRect>
#include <QSize>

namespace Scaleplan {

/**
 * A 2-D map of one IPv4 address space along a Hilbert curve: the address at offset d from the view
 * block's network address is the cell d2xy(d) of a grid with one cell per address, so every
 * aligned block is a compact square (an even number of host bits) or a 2:1 rectangle (odd), and a
 * whole /16 (256 × 256 cells) or /8 (4096 × 4096 cells, several per pixel) plan is seen at once.
 * Subnets are filled by tier (shaded by zone, zone band at the bottom, labelled where large
 * enough), free space is dark with the free blocks outlined, overlaps use the warning colour.
 *
 * Grid of a view block with b = 32 - prefix host bits: b even, one Hilbert square of side 2^(b/2);
 * b odd, two squares of side 2^((b-1)/2) side by side, the first half of the addresses in the left
 * one. The mapping is the iterative d2xy / xy2d of Wikipedia, "Hilbert curve", section
 * "Applications and mapping algorithms" (the curve starts at (0, 0), visits (0, 1), (1, 1) and
 * ends at (side - 1, 0); y grows downwards on screen). Gestures and caching: see CidrMapView.
 */
class HilbertMap : public CidrMapView
{
    Q_OBJECT
public:
    explicit HilbertMap(QWidget *parent = nullptr);

    /// Cell of curve position `d` (0 <= d < side²) in a square of `side` cells (a power of two).
    static QPoint d2xy(quint32 side, quint64 d);
    /// Curve position of `cell` in a square of `side` cells; the inverse of d2xy.
    static quint64 xy2d(quint32 side, const QPoint &cell);
    /// Grid of `view` in cells: (side, side) or (2 side, side), see the class comment.
    static QSize gridSize(const Cidr &view);
    /// Cell of the address at `offset` from view's network address.
    static QPoint cellOf(const Cidr &view, quint64 offset);
    /// Address offset of `cell` from view's network address (inverse of cellOf; cell inside grid).
    static quint64 offsetOf(const Cidr &view, const QPoint &cell);
    /// Cells covered by `block` in `view`'s grid: a square or 2:1 rectangle for an aligned block
    /// inside `view`, the whole grid for a block containing `view`, empty when they are disjoint.
    static QRect cellRect(const Cidr &view, const Cidr &block);

    /// The drawn grid in widget coordinates (aspect of gridSize, centred under the header).
    QRectF mapRect() const;
    /// cellRect of `block` in the view, in widget coordinates.
    QRectF blockRect(const Cidr &block) const;

    std::optional<quint32> addressAt(const QPointF &pos) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void renderCache() override;
    QRectF highlightRect(int index) const override;
};

} // namespace Scaleplan
