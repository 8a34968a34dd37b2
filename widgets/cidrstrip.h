#pragma once

#include "model/cidr/cidr.h"
#include "model/designdata.h"

#include <QWidget>

namespace Scaleplan {

/**
 * The address plan of one VPC as a linear bar per VPC CIDR block (primary first, then the
 * secondary blocks): each subnet is a span coloured by its tier (public green, private blue,
 * database purple) and labelled with its name and CIDR; free space is hatched; a subnet that
 * overlaps another one is drawn in the warning colour with a red outline.
 *
 * Geometry: a span starts at barLeft + (subnet network address - block network address) /
 * blockSize * barWidth and is addressCount / blockSize * barWidth wide, so a /18 at the start of a
 * /16 covers exactly the first quarter. Subnets that lie in no block are listed under the bars.
 *
 * Hovering a span shows a tooltip (toolTipText): CIDR, first–last address and the number of
 * addresses usable in AWS (Cidr::awsUsableAddressCount: 2^(32-p) - 5). Clicking a span emits
 * objectClicked with the subnet's id. The strip keeps a copy of what it shows (no pointer into a
 * design); call setVpc() again after the design changes.
 */
class CidrStrip : public QWidget
{
    Q_OBJECT
public:
    /// One subnet on the strip.
    struct Span {
        ObjectId id = 0;
        QString name;
        QString tier;   // "public", "private", "database" or empty
        Cidr cidr;
    };

    explicit CidrStrip(QWidget *parent = nullptr);

    /// Shows VPC `vpcId` of `design`: bars for its `CidrBlock` and `SecondaryCidrBlocks`, spans for
    /// every Subnet below it (preorder). An id that is not a Vpc clears the strip.
    void setVpc(const DesignData &design, ObjectId vpcId);
    /// Shows `blocks` (bars, in the given order) and `spans` under the caption `title`.
    void setAddressSpace(const QString &title, const QList<Cidr> &blocks, const QList<Span> &spans);
    /// Shows the empty-state hint.
    void clear();

    ObjectId vpcId() const { return m_vpcId; }
    QList<Span> spans() const { return m_spans; }
    QList<Cidr> blocks() const { return m_blocks; }

    /// Rectangle of bar `blockIndex` in widget coordinates (empty when out of range).
    QRectF barRect(int blockIndex) const;
    /// Rectangle of span `index` in widget coordinates; empty when the subnet lies in no block.
    QRectF spanRect(int index) const;
    /// Index of the span under `pos` (the smallest one when spans overlap), -1 when none.
    int spanAt(const QPointF &pos) const;
    /// True when span `index` shares addresses with another span.
    bool isOverlapping(int index) const;
    /// The tooltip of span `index`: name and tier, CIDR, "first – last" address, usable count.
    QString toolTipText(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user clicked the span of subnet `id`.
    void objectClicked(Scaleplan::ObjectId id);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    int blockOf(int spanIndex) const;
    QList<int> outsideSpans() const;
    void recompute();

    ObjectId m_vpcId = 0;
    QString m_title;
    QList<Cidr> m_blocks;
    QList<Span> m_spans;
    QList<int> m_spanBlock;      // block index per span, -1 outside
    QList<bool> m_overlapping;   // per span
    int m_hover = -1;
    int m_pressed = -1;
};

} // namespace Scaleplan
