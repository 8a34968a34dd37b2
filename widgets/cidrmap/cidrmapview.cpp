#include "widgets/cidrmap/cidrmapview.h"

#include "widgets/canvasstyle.h"

#include <cmath>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

namespace Scaleplan {

namespace {
constexpr int kWheelPrefixStep = 2;
constexpr int kMaxViewPrefix = 30; // a /30 still shows four addresses
} // namespace

CidrMapView::CidrMapView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void CidrMapView::setContent(const CidrMapContent &content)
{
    const bool sameRoot = !m_content.isEmpty() && !content.isEmpty() && m_content.root() == content.root();
    m_content = content;
    contentChanged();
    m_hover = -1;
    m_pressed = -1;
    const Cidr old = m_view;
    if (!sameRoot) {
        m_history.clear();
        m_view = content.root();
    }
    invalidate();
    if (!(old == m_view))
        Q_EMIT viewBlockChanged(m_view);
}

void CidrMapView::setViewBlock(const Cidr &block)
{
    if (!m_content.isDrawable() || !block.isIPv4() || !m_content.root().contains(block) || block == m_view)
        return;
    m_view = block;
    m_hover = -1;
    invalidate();
    Q_EMIT viewBlockChanged(m_view);
}

void CidrMapView::zoomTo(const Cidr &block)
{
    if (!m_content.isDrawable() || !block.isIPv4())
        return;
    Cidr target = block;
    if (!m_content.root().contains(target)) {
        if (!target.contains(m_content.root()))
            return;
        target = m_content.root();
    }
    if (target.prefixLength() > kMaxViewPrefix)
        target = Cidr::fromValue(Cidr::Family::IPv4, target.networkValue(), kMaxViewPrefix);
    if (target == m_view)
        return;
    m_history.append(m_view);
    setViewBlock(target);
}

void CidrMapView::zoomOut()
{
    if (!m_history.isEmpty()) {
        const Cidr previous = m_history.takeLast();
        setViewBlock(previous);
        return;
    }
    if (m_content.isDrawable())
        setViewBlock(m_content.root());
}

void CidrMapView::resetZoom()
{
    m_history.clear();
    if (m_content.isDrawable())
        setViewBlock(m_content.root());
}

bool CidrMapView::canZoomOut() const
{
    return m_content.isDrawable() && !(m_view == m_content.root());
}

int CidrMapView::spanAt(const QPointF &pos) const
{
    const auto address = addressAt(pos);
    return address ? m_content.spanAtAddress(*address) : -1;
}

QString CidrMapView::toolTipAt(const QPointF &pos) const
{
    const auto address = addressAt(pos);
    if (!address)
        return {};
    const int span = m_content.spanAtAddress(*address);
    if (span >= 0)
        return m_content.toolTipText(span);
    if (const auto free = m_content.freeBlockAtAddress(*address))
        return CidrMapContent::freeToolTipText(*free);
    return {};
}

void CidrMapView::ensureRendered()
{
    if (!m_dirty)
        return;
    renderCache();
    m_dirty = false;
}

Cidr CidrMapView::blockAround(quint32 address, int prefixLength) const
{
    const int low = m_content.root().prefixLength();
    return Cidr::fromValue(Cidr::Family::IPv4, {0, address}, qBound(low, prefixLength, kMaxViewPrefix));
}

void CidrMapView::paintOverlay(QPainter &)
{
}

void CidrMapView::contentChanged()
{
}

void CidrMapView::invalidate()
{
    m_dirty = true;
    update();
}

void CidrMapView::paintEvent(QPaintEvent *)
{
    ensureRendered();
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_cache);
    paintOverlay(painter);
    if (m_hover >= 0) {
        const QRectF r = highlightRect(m_hover);
        if (!r.isEmpty()) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(Qt::white, 2));
            painter.drawRect(r.adjusted(1, 1, -1, -1));
        }
    }
}

bool CidrMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (!text.isEmpty())
            QToolTip::showText(help->globalPos(), text, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CidrMapView::resizeEvent(QResizeEvent *event)
{
    invalidate();
    QWidget::resizeEvent(event);
}

void CidrMapView::mouseMoveEvent(QMouseEvent *event)
{
    const int index = spanAt(event->position());
    if (index != m_hover) {
        m_hover = index;
        setCursor(index >= 0 && m_content.spans()[index].id != 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void CidrMapView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? spanAt(event->position()) : -1;
    QWidget::mousePressEvent(event);
}

void CidrMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressed >= 0 && spanAt(event->position()) == m_pressed) {
        const ObjectId id = m_content.spans()[m_pressed].id;
        if (id != 0)
            Q_EMIT objectClicked(id);
    }
    m_pressed = -1;
    QWidget::mouseReleaseEvent(event);
}

void CidrMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    const auto address = addressAt(event->position());
    if (!address)
        return;
    const int span = m_content.spanAtAddress(*address);
    if (span >= 0 && m_view.contains(m_content.spans()[span].cidr) && !(m_content.spans()[span].cidr == m_view)) {
        zoomTo(m_content.spans()[span].cidr);
    } else if (const auto free = m_content.freeBlockAtAddress(*address); free && m_view.contains(*free) && !(*free == m_view)) {
        zoomTo(*free);
    } else {
        zoomTo(blockAround(*address, m_view.prefixLength() + kWheelPrefixStep));
    }
}

void CidrMapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    const auto address = addressAt(event->position());
    if (delta == 0 || !m_content.isDrawable()) {
        event->ignore();
        return;
    }
    if (delta > 0 && address)
        setViewBlock(blockAround(*address, m_view.prefixLength() + kWheelPrefixStep));
    else if (delta < 0)
        setViewBlock(blockAround(CidrMapContent::v4(m_view.networkValue()), m_view.prefixLength() - kWheelPrefixStep));
    event->accept();
}

void CidrMapView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Minus) {
        zoomOut();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Home) {
        resetZoom();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CidrMapView::leaveEvent(QEvent *event)
{
    if (m_hover >= 0) {
        m_hover = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

} // namespace Scaleplan

namespace Scaleplan {

void CidrMapView::drawSpanLabel(QPainter &painter, const QRectF &inner, int index, const QFont &nameFont,
                                const QFontMetricsF &metrics, const QFontMetricsF &nameMetrics) const
{
    const CidrMapContent::Span &span = m_content.spans()[index];
    const Cidr &cidr = span.cidr;
    QStringList lines;
    lines << nameMetrics.elidedText(span.name, Qt::ElideRight, inner.width());
    const QString cidrText = cidr.toString();
    const QString prefixText = QStringLiteral("/%1").arg(cidr.prefixLength());
    if (metrics.horizontalAdvance(cidrText) <= inner.width())
        lines << cidrText;
    else if (metrics.horizontalAdvance(prefixText) <= inner.width())
        lines << prefixText;
    if (!span.availabilityZone.isEmpty()) {
        const QString zoneText = tr("AZ %1").arg(CidrMapContent::zoneLabel(span.availabilityZone));
        if (metrics.horizontalAdvance(zoneText) <= inner.width())
            lines << zoneText;
    }
    const int fit = int(std::min<qreal>(lines.size(), std::floor(inner.height() / metrics.height())));
    const qreal top = inner.center().y() - fit * metrics.height() / 2;
    painter.setPen(CanvasStyle::backgroundColor());
    for (int l = 0; l < fit; ++l) {
        painter.setFont(l == 0 ? nameFont : font());
        painter.drawText(QRectF(inner.left(), top + l * metrics.height(), inner.width(), metrics.height()),
                         Qt::AlignHCenter | Qt::AlignVCenter, lines[l]);
    }
    painter.setFont(font());
}

void CidrMapView::resetCache()
{
    const qreal dpr = devicePixelRatioF();
    m_cache = QImage((QSizeF(size()) * dpr).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    m_cache.setDevicePixelRatio(dpr);
    m_cache.fill(palette().color(QPalette::Window));
}

bool CidrMapView::drawPlaceholder(QPainter &painter) const
{
    if (!m_content.isEmpty() && m_content.isDrawable())
        return false;
    painter.setPen(CanvasStyle::dimTextColor());
    painter.drawText(rect().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
                     m_content.isEmpty() ? tr("Select an object inside a VPC to see its address plan.")
                                         : tr("%1 is an IPv6 block: its subnets are listed in the table.")
                                               .arg(m_content.root().toString()));
    return true;
}

} // namespace Scaleplan
