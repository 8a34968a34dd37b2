#pragma once

#include "widgets/cidrmap/cidrmapview.h"

namespace Scaleplan {

/**
 * A linear map of one IPv4 address space (a VPC block, or a block inside it after zooming): one
 * bar from the first to the last address of the view block, subnets as spans coloured by tier and
 * shaded by Availability Zone with a zone band along their bottom edge, free space hatched with
 * the free blocks (AddressPlan::freeSpace) labelled where they are wide enough, overlapping
 * subnets in the warning colour with a red outline. A header names the space and its free share,
 * an axis gives the first, middle and last address, a legend the tiers and zones shown.
 *
 * Geometry: with the view block V of |V| addresses and the bar B, a block at offset o (addresses
 * from V's network address) of n addresses spans x = B.left + o / |V| * B.width, width
 * n / |V| * B.width (exact, before clipping to B); so a /18 at the start of a /16 covers the first
 * quarter. Gestures and caching: see CidrMapView.
 */
class CidrLinearMap : public CidrMapView
{
    Q_OBJECT
public:
    explicit CidrLinearMap(QWidget *parent = nullptr);

    /// The bar in widget coordinates (empty when nothing is drawable).
    QRectF barRect() const;
    /// The part of `block` inside the view block, on the bar; empty when they do not overlap.
    QRectF blockRect(const Cidr &block) const;
    /// blockRect of span `index` (empty when out of range or outside the view).
    QRectF spanRect(int index) const;

    std::optional<quint32> addressAt(const QPointF &pos) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void renderCache() override;
    QRectF highlightRect(int index) const override;
    void contentChanged() override;

private:
    /// Legend texts of the content (tiers, zones, overlap, free), kept so barRect() stays cheap.
    QStringList m_legendLabels;
    mutable int m_legendRows = 1;          // rows the legend takes at width m_legendWidth
    mutable int m_legendWidth = -1;        // -1: recompute
};

} // namespace Scaleplan
