#include "widgets/charts/scalingchartsview.h"

#include "model/sim/seriesdecimator.h"
#include "widgets/canvasstyle.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRubberBand>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace Scaleplan {

// ---------------------------------------------------------------------------------------------
// Series definitions

struct ScalingChartsView::SeriesDef {
    Panel panel;
    const char *key;    // CSV column
    const char *label;  // translated through ScalingChartsView::tr
    QVector<double> TimeSeries::*member;
    QColor color;
    qreal width;
    bool step;
    bool onlyWhenNonZero; // e.g. errors: a flat zero line says nothing
    int decimals;
};

struct ScalingChartsView::SeriesSlot {
    const SeriesDef *def = nullptr;
    // The decimated points and pens, drawn by the panel's ScalingCurveLayer; not in the chart,
    // whose LineChartItem would recompute a stroked outline of every series on each replace()
    // and range change (most of a zoom's time) only to find it transparent.
    QLineSeries *current = nullptr;
    QLineSeries *baseline = nullptr;
    QLineSeries *legend = nullptr; // in the chart, no points: the legend marker of `current`
    bool currentShown = false;
    bool baselineShown = false;
};

using PanelKind = ScalingChartsView::Panel;

namespace {

const ScalingChartsView::SeriesDef *seriesDefs(int *count);

/// A "nice" axis maximum at or above `value` whose half is nice too (1, 2, 4, 5 x 10^k).
double niceCeiling(double value)
{
    if (!(value > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 4.0, 5.0, 10.0}) {
        if (step * magnitude >= value * (1 - 1e-12))
            return step * magnitude;
    }
    return 10 * magnitude;
}

/// A tick interval giving about `ticks` ticks over `span` (1, 2, 5 x 10^k).
double niceStep(double span, int ticks)
{
    if (!(span > 0))
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= raw)
            return step * magnitude;
    }
    return 10 * magnitude;
}

/// Index of the last sample at or before `seconds` (the first sample before the run starts);
/// -1 for an empty series.
qsizetype sampleAt(const QVector<double> &t, double seconds)
{
    if (t.isEmpty())
        return -1;
    const qsizetype i = qsizetype(std::upper_bound(t.cbegin(), t.cend(), seconds) - t.cbegin()) - 1;
    return std::clamp<qsizetype>(i, 0, t.size() - 1);
}

bool usable(const TimeSeries &s, const QVector<double> &v)
{
    return !v.isEmpty() && v.size() == s.timeSeconds.size();
}

bool anyNonZero(const QVector<double> &v)
{
    return std::any_of(v.cbegin(), v.cend(), [](double x) { return x != 0 && !std::isnan(x); });
}

QString formatTime(double seconds)
{
    const qint64 s = qint64(std::llround(std::max(0.0, seconds)));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString csvNumber(double v)
{
    if (std::isnan(v))
        return {};
    return QString::number(v, 'g', 10);
}

} // namespace

namespace {

/**
 * Lays the dash `pattern` along `polyline` and hands each dash to `emit(points, count)` as the
 * polyline of its stretch (the vertices it spans included). `pattern` holds lengths in the
 * polyline's units, alternating dash and gap, as QPen::dashPattern() times the pen width gives them
 * (Qt's QPen documentation, "Pen Style"); the pattern starts `phase` units in. `dash` is scratch.
 */
template<typename Emit>
void forEachDash(const QPolygonF &polyline, QVector<qreal> pattern, qreal phase, QPolygonF &dash, Emit emit)
{
    qreal period = 0;
    for (qreal &length : pattern) {
        length = std::max<qreal>(length, 0.01); // a 0-length element would never advance
        period += length;
    }
    if (pattern.size() < 2 || polyline.size() < 2) {
        emit(polyline.constData(), polyline.size());
        return;
    }
    phase = std::fmod(phase, period);
    if (phase < 0)
        phase += period;
    qsizetype k = 0;
    while (phase >= pattern[k]) {
        phase -= pattern[k];
        k = (k + 1) % pattern.size();
    }
    qreal remaining = pattern[k] - phase; // left in element k (even k: a dash, odd: a gap)
    dash.clear();
    if (k % 2 == 0)
        dash.append(polyline[0]);
    for (qsizetype i = 1; i < polyline.size(); ++i) {
        const QPointF a = polyline[i - 1], b = polyline[i];
        const qreal length = std::sqrt((b.x() - a.x()) * (b.x() - a.x()) + (b.y() - a.y()) * (b.y() - a.y()));
        if (!(length > 0))
            continue;
        const QPointF direction = (b - a) / length;
        qreal position = 0;
        while (length - position > remaining) {
            position += remaining;
            const QPointF cut = a + direction * position;
            if (k % 2 == 0) {
                dash.append(cut);
                emit(dash.constData(), dash.size());
                dash.clear();
            } else {
                dash.append(cut);
            }
            k = (k + 1) % pattern.size();
            remaining = pattern[k];
        }
        if (k % 2 == 0)
            dash.append(b);
        remaining -= length - position;
    }
    if (k % 2 == 0 && dash.size() > 1)
        emit(dash.constData(), dash.size());
}

/**
 * The segments of one pen's curves, in two QPainter::drawLines calls, which the raster engine
 * rasterises line by line (QRasterizer::rasterizeLine for a solid pen with a flat or square cap);
 * a polyline is filled as one path instead, many times slower: about 1 ms for a smooth 11-vertex
 * polyline across the plot, and ten to twenty times the lines' time through a min/max zigzag.
 * Lines meet without a join, and two flat-capped lines meeting at an angle leave a seam (their
 * antialiased ends only add up to partial coverage): invisible where segments are short, as in a
 * zigzag (LineChartItem draws every series so), but a visible notch on a smooth curve simplified to
 * long segments. So a stretch of segments at least 2 px long that turn by less than 60 degrees at
 * each vertex is drawn with square caps, each overlapping the next across the joint, its two ends
 * pulled in by half the pen width so that the caps end where the stretch does.
 */
class StrokeBatch
{
public:
    void clear()
    {
        m_lines.clear();
        m_joined.clear();
    }

    /// Adds the polyline p[0], ..., p[count - 1], for a pen `width` wide.
    void add(const QPointF *p, qsizetype count, qreal width)
    {
        constexpr qreal kMinJoinedSegment = 2; // px
        constexpr qreal kMinTurnCosine = 0.5;  // 60 degrees
        qsizetype runStart = -1;
        QPointF previousDirection;
        auto closeRun = [&](qsizetype end) {
            if (runStart < 0)
                return;
            if (end - runStart == 1) {
                m_lines.append(QLineF(p[runStart], p[end]));
            } else {
                const qsizetype first = m_joined.size();
                for (qsizetype i = runStart + 1; i <= end; ++i)
                    m_joined.append(QLineF(p[i - 1], p[i]));
                QLineF &head = m_joined[first];
                head.setP1(head.p1() + (head.p2() - head.p1()) * (width / 2 / head.length()));
                QLineF &tail = m_joined.last();
                tail.setP2(tail.p2() + (tail.p1() - tail.p2()) * (width / 2 / tail.length()));
            }
            runStart = -1;
        };
        for (qsizetype i = 1; i < count; ++i) {
            const QPointF d = p[i] - p[i - 1];
            const qreal length = std::sqrt(d.x() * d.x() + d.y() * d.y());
            if (length < std::max(kMinJoinedSegment, width)) {
                closeRun(i - 1);
                m_lines.append(QLineF(p[i - 1], p[i]));
                continue;
            }
            const QPointF direction = d / length;
            if (runStart >= 0 && QPointF::dotProduct(direction, previousDirection) < kMinTurnCosine)
                closeRun(i - 1);
            if (runStart < 0)
                runStart = i - 1;
            previousDirection = direction;
        }
        closeRun(count - 1);
    }

    /// Draws the lines with `pen` (solid, flat-capped), the joined stretches with square caps.
    void draw(QPainter *painter, QPen pen) const
    {
        painter->setPen(pen);
        painter->drawLines(m_lines);
        pen.setCapStyle(Qt::SquareCap);
        painter->setPen(pen);
        painter->drawLines(m_joined);
    }

private:
    QVector<QLineF> m_lines;
    QVector<QLineF> m_joined;
};

/**
 * Drops, in place, the vertices of `polyline` that lie within about `tolerance` of the segment
 * drawn instead, in one pass: the sleeve-fitting simplification of Zhao and Saalfeld ("Linear-time
 * sleeve-fitting polyline simplification algorithms", AutoCarto 13, 1997). From an anchor vertex,
 * the directions that pass within `tolerance` of every following vertex form a cone that narrows
 * vertex by vertex; the last vertex inside it becomes the next anchor when one falls outside. A
 * vertex nearer the anchor than an earlier one by more than `tolerance` (the curve turning back,
 * e.g. down from a spike) ends the run too, so every extreme stays a vertex. With a quarter of a
 * pixel as tolerance the drawn curve moves by less than that: a min/max zigzag taller than it, a
 * spike and a step corner all stay. Non-finite vertices are dropped.
 */
void simplify(QPolygonF *polyline, qreal tolerance)
{
    QPointF *p = polyline->data();
    qsizetype n = 0;
    for (qsizetype i = 0; i < polyline->size(); ++i) {
        if (std::isfinite(p[i].x()) && std::isfinite(p[i].y()))
            p[n++] = p[i];
    }
    if (n < 3) {
        polyline->resize(n);
        return;
    }
    auto cross = [](const QPointF &a, const QPointF &b) { return a.x() * b.y() - a.y() * b.x(); };
    qsizetype out = 1; // p[0] stays
    QPointF anchor = p[0];
    QPointF low, high; // the cone's bounds (unit directions, counterclockwise from low to high)
    bool cone = false;
    qreal farthest = 0;
    for (qsizetype i = 1; i < n; ++i) {
        QPointF v = p[i] - anchor;
        qreal d = std::sqrt(v.x() * v.x() + v.y() * v.y());
        const bool outside = cone && (cross(low, v) < 0 || cross(v, high) < 0);
        if (outside || d < farthest - tolerance) {
            // p[i - 1] ends the run and anchors the next one.
            anchor = p[i - 1];
            p[out++] = anchor;
            cone = false;
            farthest = 0;
            v = p[i] - anchor;
            d = std::sqrt(v.x() * v.x() + v.y() * v.y());
        }
        farthest = std::max(farthest, d);
        if (d <= tolerance)
            continue; // within reach of any segment from the anchor
        const qreal s = tolerance / d, c = std::sqrt(1 - s * s);
        const QPointF u = v / d;
        const QPointF lowHere(u.x() * c + u.y() * s, -u.x() * s + u.y() * c);  // u turned by -asin(s)
        const QPointF highHere(u.x() * c - u.y() * s, u.x() * s + u.y() * c); // u turned by +asin(s)
        if (!cone) {
            low = lowHere;
            high = highHere;
            cone = true;
        } else {
            if (cross(low, lowHere) > 0)
                low = lowHere;
            if (cross(highHere, high) > 0)
                high = highHere;
        }
    }
    p[out++] = p[n - 1];
    polyline->resize(out);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The curves of one chart

/**
 * The curves of one chart of ScalingChartsView, drawn by one item in place of QtCharts' series
 * items. The QLineSeries it draws hold the decimated points, the pen and the visibility (what
 * ScalingChartsView::series() returns) but are not in the chart; it draws the visible ones in the
 * order they were added (each baseline under its current curve), over the grid and the axes and
 * just under the floating legend.
 *
 * Why: QtCharts' LineChartItem redraws every segment on every paint (one stroke per segment, some
 * 20,000 a frame for a day-long stack), dashes a baseline through QDashStroker over its whole
 * min/max zigzag as a single path, which the raster engine fills slowly (about 10 ms a series),
 * and strokes each series' outline for hit-testing on every range change. Here the curves are
 * drawn once into an image of the plot area in device pixels, which every paint blits until the
 * points, the axes' ranges, a series' pen or visibility or the plot area change (signals of the
 * series, the axes and the chart). Drawing: the series' points mapped to pixels, simplified to a
 * quarter pixel (simplify()), dashed here (forEachDash()) and stroked as StrokeBatch sorts them.
 * A painter that is not a view's (exportImage: SVG, PNG at 2x) gets the vectors, not the image.
 *
 * Coordinates: a child of the QChart (item coordinates = chart coordinates, those of plotArea());
 * a point (time in axis units, value) maps to plot.left + (x - min) / (max - min) x plot.width and
 * plot.bottom - (y - min) / (max - min) x plot.height, the affine map of QtCharts'
 * XYDomain::calculateGeometryPoint, so the cursor dots and the zoom read the same pixels. Curves
 * are clipped to the whole pixels around the plot area, as LineChartItem clips them.
 */
class ScalingCurveLayer : public QGraphicsItem
{
public:
    ScalingCurveLayer(QValueAxis *time, QValueAxis *value, QChart *chart)
        : QGraphicsItem(chart)
        , m_chart(chart)
        , m_time(time)
        , m_value(value)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(chart->legend()->zValue() - 0.5);
        QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { updateBounds(); });
        for (QValueAxis *axis : {time, value})
            QObject::connect(axis, &QValueAxis::rangeChanged, chart, [this] { invalidate(); });
        updateBounds();
    }

    /// Draws `series` (its x in the time axis' unit, its y in the value axis') over the ones
    /// added before.
    void addSeries(QLineSeries *series)
    {
        m_series.append(series);
        QObject::connect(series, &QXYSeries::pointsReplaced, m_chart, [this] { invalidate(); });
        QObject::connect(series, &QXYSeries::pointsRemoved, m_chart, [this] { invalidate(); });
        QObject::connect(series, &QXYSeries::pointAdded, m_chart, [this] { invalidate(); });
        QObject::connect(series, &QXYSeries::pointReplaced, m_chart, [this] { invalidate(); });
        QObject::connect(series, &QXYSeries::pointRemoved, m_chart, [this] { invalidate(); });
        QObject::connect(series, &QXYSeries::penChanged, m_chart, [this] { invalidate(); });
        QObject::connect(series, &QAbstractSeries::visibleChanged, m_chart, [this] { invalidate(); });
    }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateBounds()
    {
        const QRectF plot = m_chart->plotArea();
        const QRectF bounds = plot.isValid() ? QRectF(plot.toAlignedRect()) : QRectF();
        if (bounds != m_bounds) {
            prepareGeometryChange();
            m_bounds = bounds;
        }
        invalidate();
    }
    void invalidate()
    {
        m_cacheValid = false;
        update();
    }
    /// Draws every visible series with `painter` (item coordinates).
    void drawCurves(QPainter *painter);

    QChart *m_chart;
    QValueAxis *m_time;
    QValueAxis *m_value;
    QList<QLineSeries *> m_series;
    QRectF m_bounds;
    QImage m_cache;      // the curves over m_cacheRect (device pixels), transparent elsewhere
    QRect m_cacheRect;   // device pixels
    bool m_cacheValid = false;
    QPolygonF m_polyline; // scratch buffers, reused from series to series
    QPolygonF m_dash;
    StrokeBatch m_batch;
};

void ScalingCurveLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    if (m_bounds.isEmpty())
        return;
    const QTransform &transform = painter->worldTransform();
    const bool integerShift = transform.type() <= QTransform::TxTranslate && transform.dx() == std::round(transform.dx())
        && transform.dy() == std::round(transform.dy());
    if (!widget || !integerShift) {
        // An export (QGraphicsScene::render on an SVG or image painter) or a scaled view: vectors.
        painter->save();
        drawCurves(painter);
        painter->restore();
        return;
    }
    const qreal dpr = painter->device()->devicePixelRatio();
    const QRect deviceRect = QRectF(m_bounds.topLeft() * dpr, m_bounds.size() * dpr).toAlignedRect();
    if (!m_cacheValid || deviceRect != m_cacheRect || m_cache.devicePixelRatio() != dpr) {
        if (m_cache.size() != deviceRect.size())
            m_cache = QImage(deviceRect.size(), QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(dpr);
        m_cache.fill(Qt::transparent);
        QPainter cachePainter(&m_cache);
        cachePainter.translate(-QPointF(deviceRect.topLeft()) / dpr);
        drawCurves(&cachePainter);
        m_cacheRect = deviceRect;
        m_cacheValid = true;
    }
    // At a whole device pixel: a plain blit (clipped by the view to the exposed region).
    painter->drawImage(QPointF(deviceRect.topLeft()) / dpr, m_cache);
}

void ScalingCurveLayer::drawCurves(QPainter *painter)
{
    const QRectF plot = m_chart->plotArea();
    const double xMin = m_time->min(), xMax = m_time->max(), yMin = m_value->min(), yMax = m_value->max();
    if (!(xMax > xMin) || !(yMax > yMin))
        return;
    const double sx = plot.width() / (xMax - xMin), sy = plot.height() / (yMax - yMin);
    const double left = plot.left(), bottom = plot.bottom();
    painter->setClipRect(m_bounds, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    for (QLineSeries *series : std::as_const(m_series)) {
        if (!series->isVisible() || series->count() < 2 || series->pen().style() == Qt::NoPen)
            continue;
        const QList<QPointF> points = series->points(); // implicitly shared: no copy
        m_polyline.resize(points.size());
        for (qsizetype i = 0; i < points.size(); ++i)
            m_polyline[i] = QPointF(left + (points[i].x() - xMin) * sx, bottom - (points[i].y() - yMin) * sy);
        // A quarter of a device pixel: what the antialiasing can show of a smooth stretch.
        simplify(&m_polyline, 0.25 / std::max<qreal>(1, painter->device()->devicePixelRatio()));
        QPen pen = series->pen();
        m_batch.clear();
        const qreal width = pen.widthF();
        if (pen.style() == Qt::SolidLine) {
            m_batch.add(m_polyline.constData(), m_polyline.size(), width);
        } else {
            const qreal unit = std::max<qreal>(1, pen.widthF()); // QPen: pattern in pen widths
            QVector<qreal> pattern = pen.dashPattern();
            for (qreal &dash : pattern)
                dash *= unit;
            forEachDash(m_polyline, pattern, pen.dashOffset() * unit, m_dash,
                        [&](const QPointF *dash, qsizetype count) { m_batch.add(dash, count, width); });
            pen.setStyle(Qt::SolidLine);
        }
        pen.setCapStyle(Qt::FlatCap); // LineChartItem's look with the series' pens; see StrokeBatch
        m_batch.draw(painter, pen);
    }
}

// ---------------------------------------------------------------------------------------------
// One chart of the stack

/**
 * One chart of ScalingChartsView: a QChartView with a time axis and one value axis, drawing the
 * shared cursor in its foreground and turning mouse gestures into the owner's cursor and zoom.
 */
class ScalingChartPanel : public QChartView
{
public:
    ScalingChartPanel(ScalingChartsView *owner, PanelKind panel, const QString &unit, QWidget *parent)
        : QChartView(parent)
        , m_owner(owner)
        , m_panel(panel)
    {
        auto *chart = new QChart;
        chart->setTheme(QChart::ChartThemeDark);
        chart->setBackgroundBrush(CanvasStyle::backgroundColor());
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(4, kTopMargin, 8, 0));
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        QFont legendFont = font();
        legendFont.setPointSizeF(std::max(7.0, legendFont.pointSizeF() - 1));
        chart->legend()->setFont(legendFont);
        chart->legend()->setAlignment(Qt::AlignTop);
        chart->legend()->setLabelColor(CanvasStyle::textColor());
        chart->legend()->setContentsMargins(0, 0, 0, 0);
        // The legend floats in the plot's top-right corner: no vertical space lost per chart.
        chart->legend()->detachFromChart();
        chart->legend()->setBackgroundVisible(true);
        chart->legend()->setBrush(QColor(0x1b, 0x1e, 0x24, 210));
        chart->legend()->setPen(QPen(QColor(0x3a, 0x3f, 0x4a)));

        auto makeAxis = [&](const QString &title) {
            auto *axis = new QValueAxis;
            QFont f = font();
            f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
            axis->setLabelsFont(f);
            axis->setTitleFont(f);
            axis->setTitleText(title);
            axis->setTitleBrush(CanvasStyle::dimTextColor());
            axis->setLabelsColor(CanvasStyle::dimTextColor());
            axis->setGridLineColor(QColor(0x33, 0x38, 0x42));
            axis->setLinePenColor(QColor(0x5a, 0x60, 0x6c));
            axis->setLabelFormat(QStringLiteral("%g"));
            return axis;
        };
        m_time = makeAxis(QString());
        m_value = makeAxis(unit);
        m_value->setTickCount(3);
        m_time->setTickType(QValueAxis::TicksDynamic);
        m_time->setTickAnchor(0);
        chart->addAxis(m_time, Qt::AlignBottom);
        chart->addAxis(m_value, Qt::AlignLeft);
        setChart(chart);
        m_curves = new ScalingCurveLayer(m_time, m_value, chart);
        // Grid, axes and ticks are horizontal and vertical lines: crisp and much faster without
        // antialiasing (text keeps QPainter::TextAntialiasing); the curve layer and the cursor
        // antialias themselves.
        setRenderHint(QPainter::Antialiasing, false);
        setFrameShape(QFrame::NoFrame);
        setMinimumHeight(100);
        setMouseTracking(true);
        viewport()->setMouseTracking(true);
        setContextMenuPolicy(Qt::DefaultContextMenu);
        m_band = new QRubberBand(QRubberBand::Rectangle, viewport());

        QObject::connect(chart, &QChart::plotAreaChanged, owner, [this, owner] {
            placeLegend();
            owner->scheduleAlignment();
        });
    }

    static constexpr int kTopMargin = 8;

    /// Puts the floating legend in the plot area's top-right corner.
    void placeLegend()
    {
        // A detached QLegend's size hint ignores its markers' text, so size it from the texts:
        // one row of "square + label" per visible marker.
        QLegend *legend = chart()->legend();
        const QFontMetricsF metrics(legend->font());
        // Qt's legend layout adds its own margins and a gap after each label: leave room for them
        // (a label that wraps loses its second line).
        qreal width = 20;
        for (QLegendMarker *marker : legend->markers()) {
            if (marker->isVisible()) {
                // The widest of the fonts that may be in effect (the marker's, the legend's, the
                // view's), so the row never wraps.
                qreal advance = 0, square = 0;
                for (const QFont &f : {marker->font(), legend->font(), font()}) {
                    const QFontMetricsF m(f);
                    advance = std::max(advance, m.horizontalAdvance(marker->label()));
                    square = std::max(square, m.height());
                }
                width += square + advance + 22;
            }
        }
        const qreal height = metrics.height() + 8;
        const QRectF plot = chart()->plotArea();
        legend->setGeometry(width > 20 ? QRectF(plot.right() - width - 2, plot.top() + 2, width, height) : QRectF());
        legend->update();
    }

    PanelKind panel() const { return m_panel; }
    QValueAxis *timeAxis() const { return m_time; }
    QValueAxis *valueAxis() const { return m_value; }
    ScalingCurveLayer *curves() const { return m_curves; }
    qreal extraLeft = 0;
    qreal extraRight = 0;

    /// Simulated seconds under viewport x (clamped to the visible span).
    double timeAt(int viewportX) const
    {
        const QRectF plot = chart()->plotArea();
        const QPointF scene = mapToScene(QPoint(viewportX, 0));
        const double fraction = plot.width() > 0 ? std::clamp((scene.x() - plot.left()) / plot.width(), 0.0, 1.0) : 0.0;
        return (m_time->min() + fraction * (m_time->max() - m_time->min())) * m_owner->m_unitSeconds;
    }
    /// Scene x of simulated `seconds`.
    qreal sceneXOf(double seconds) const
    {
        const QRectF plot = chart()->plotArea();
        const double span = m_time->max() - m_time->min();
        return plot.left() + (seconds / m_owner->m_unitSeconds - m_time->min()) / (span > 0 ? span : 1) * plot.width();
    }

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override
    {
        QChartView::drawForeground(painter, rect);
        const double t = m_owner->m_cursorSeconds;
        if (std::isnan(t) || m_owner->m_exporting)
            return;
        const QRectF plot = chart()->plotArea();
        const qreal x = sceneXOf(t);
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(0xec, 0xef, 0xf4, 170), 1));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const double lo = m_value->min(), hi = m_value->max();
        auto dot = [&](const ScenarioResult &r, const ScalingChartsView::SeriesDef *def, bool filled) {
            const QVector<double> &v = r.series.*(def->member);
            const qsizetype i = sampleAt(r.series.timeSeconds, t);
            if (i < 0 || i >= v.size() || std::isnan(v[i]))
                return;
            const qreal y = plot.bottom() - (std::clamp(v[i], lo, hi) - lo) / (hi > lo ? hi - lo : 1) * plot.height();
            painter->setPen(QPen(def->color, 1.5));
            painter->setBrush(filled ? QBrush(def->color) : QBrush(Qt::NoBrush));
            painter->drawEllipse(QPointF(x, y), 3.5, 3.5);
        };
        for (const ScalingChartsView::SeriesSlot &slot : std::as_const(m_owner->m_slots)) {
            if (slot.def->panel != m_panel)
                continue;
            if (slot.baselineShown)
                dot(m_owner->m_baseline, slot.def, false);
            if (slot.currentShown)
                dot(m_owner->m_result, slot.def, true);
        }
        painter->restore();
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton) {
            m_pressX = event->position().toPoint().x();
            m_band->setGeometry(bandRect(m_pressX));
            m_band->show();
            event->accept();
            return;
        }
        QChartView::mousePressEvent(event);
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        const int x = event->position().toPoint().x();
        if (m_pressX >= 0)
            m_band->setGeometry(bandRect(x));
        m_owner->setCursorTime(timeAt(x));
        QGraphicsView::mouseMoveEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && m_pressX >= 0) {
            const int x = event->position().toPoint().x();
            m_band->hide();
            const int from = std::min(m_pressX, x), to = std::max(m_pressX, x);
            m_pressX = -1;
            if (to - from >= 4)
                m_owner->setTimeRange(timeAt(from), timeAt(to));
            event->accept();
            return;
        }
        QChartView::mouseReleaseEvent(event);
    }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton) {
            m_pressX = -1;
            m_band->hide();
            m_owner->resetZoom();
            event->accept();
            return;
        }
        QChartView::mouseDoubleClickEvent(event);
    }
    void wheelEvent(QWheelEvent *event) override
    {
        // Ctrl + wheel zooms around the mouse; the plain wheel scrolls the stack.
        if (!(event->modifiers() & Qt::ControlModifier) || event->angleDelta().y() == 0) {
            event->ignore();
            return;
        }
        const double t = timeAt(event->position().toPoint().x());
        const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
        m_owner->setTimeRange(t - (t - m_owner->m_fromSeconds) * factor, t + (m_owner->m_toSeconds - t) * factor);
        event->accept();
    }
    void leaveEvent(QEvent *event) override
    {
        QChartView::leaveEvent(event);
        if (m_pressX < 0)
            m_owner->setCursorTime(std::numeric_limits<double>::quiet_NaN());
    }
    void contextMenuEvent(QContextMenuEvent *event) override
    {
        m_owner->showContextMenu(this, event->globalPos());
        event->accept();
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QChartView::resizeEvent(event);
        m_owner->scheduleAlignment();
    }

private:
    QRect bandRect(int x) const
    {
        const QRectF plot = mapFromScene(chart()->plotArea()).boundingRect();
        return QRect(QPoint(std::min(x, m_pressX), int(plot.top())), QPoint(std::max(x, m_pressX), int(plot.bottom())));
    }

    ScalingChartsView *m_owner;
    PanelKind m_panel;
    QValueAxis *m_time = nullptr;
    QValueAxis *m_value = nullptr;
    QRubberBand *m_band = nullptr;
    ScalingCurveLayer *m_curves = nullptr;
    int m_pressX = -1;
};

namespace {

const ScalingChartsView::SeriesDef *seriesDefs(int *count)
{
    using D = ScalingChartsView::SeriesDef;
    static const D defs[] = {
        {PanelKind::Load, "offered_rps", QT_TR_NOOP("Offered"), &TimeSeries::offeredRps, QColor(0x4d, 0xb6, 0xac), 2.6, false, false, 1},
        {PanelKind::Load, "served_rps", QT_TR_NOOP("Served"), &TimeSeries::servedRps, QColor(0xff, 0xf1, 0x76), 1.3, false, false, 1},
        {PanelKind::Load, "errors_per_s", QT_TR_NOOP("Refused"), &TimeSeries::errors, QColor(0xef, 0x53, 0x50), 1.6, false, true, 1},
        {PanelKind::Replicas, "desired_replicas", QT_TR_NOOP("Desired"), &TimeSeries::desiredReplicas, QColor(0x4f, 0xc3, 0xf7), 2.6, true, false, 0},
        {PanelKind::Replicas, "ready_replicas", QT_TR_NOOP("Ready"), &TimeSeries::readyReplicas, QColor(0xe1, 0xf5, 0xfe), 1.3, true, false, 0},
        {PanelKind::Nodes, "nodes", QT_TR_NOOP("Nodes"), &TimeSeries::nodes, QColor(0xba, 0x68, 0xc8), 2.4, true, true, 0},
        {PanelKind::Nodes, "pending_pods", QT_TR_NOOP("Pending pods"), &TimeSeries::pendingPods, QColor(0xff, 0x8a, 0x65), 1.4, true, true, 0},
        {PanelKind::Nodes, "queue_depth", QT_TR_NOOP("Messages waiting"), &TimeSeries::queueDepth, QColor(0x4d, 0xd0, 0xe1), 2.0, false, true, 0},
        {PanelKind::Cpu, "cpu_utilisation_percent", QT_TR_NOOP("CPU"), &TimeSeries::cpuUtilisationPercent, QColor(0x81, 0xc7, 0x84), 1.8, false, false, 0},
        {PanelKind::Latency, "latency_p50_ms", QT_TR_NOOP("p50"), &TimeSeries::latencyP50Ms, QColor(0x90, 0xca, 0xf9), 1.3, false, false, 0},
        {PanelKind::Latency, "latency_p95_ms", QT_TR_NOOP("p95"), &TimeSeries::latencyP95Ms, QColor(0xf0, 0x62, 0x92), 2.0, false, false, 0},
        {PanelKind::Latency, "latency_p99_ms", QT_TR_NOOP("p99"), &TimeSeries::latencyP99Ms, QColor(0xce, 0x93, 0xd8), 1.3, false, false, 0},
        {PanelKind::Cost, "cost_usd_per_hour", QT_TR_NOOP("Cost"), &TimeSeries::costUsdPerHour, QColor(0xae, 0xd5, 0x81), 2.0, true, false, 3},
    };
    *count = int(sizeof(defs) / sizeof(defs[0]));
    return defs;
}

QString unitOf(PanelKind panel)
{
    switch (panel) {
    case PanelKind::Load: return ScalingChartsView::tr("req/s");
    case PanelKind::Replicas: return ScalingChartsView::tr("replicas");
    case PanelKind::Nodes: return ScalingChartsView::tr("nodes");
    case PanelKind::Cpu: return ScalingChartsView::tr("CPU %");
    case PanelKind::Latency: return ScalingChartsView::tr("ms");
    case PanelKind::Cost: return ScalingChartsView::tr("USD/h");
    }
    return {};
}

QString readoutUnit(PanelKind panel)
{
    switch (panel) {
    case PanelKind::Load: return ScalingChartsView::tr("req/s");
    case PanelKind::Cpu: return QStringLiteral("%");
    case PanelKind::Latency: return ScalingChartsView::tr("ms");
    case PanelKind::Cost: return ScalingChartsView::tr("USD/h");
    default: return {};
    }
}

QString panelFileName(PanelKind panel)
{
    switch (panel) {
    case PanelKind::Load: return QStringLiteral("load");
    case PanelKind::Replicas: return QStringLiteral("replicas");
    case PanelKind::Nodes: return QStringLiteral("nodes");
    case PanelKind::Cpu: return QStringLiteral("cpu");
    case PanelKind::Latency: return QStringLiteral("latency");
    case PanelKind::Cost: return QStringLiteral("cost");
    }
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ScalingChartsView

ScalingChartsView::ScalingChartsView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("chartReadout"));
    m_readout->setWordWrap(true);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setMinimumHeight(m_readout->fontMetrics().height() * 2 + 4);
    m_readout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_readout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_readout);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    QPalette dim = m_messageLabel->palette();
    dim.setColor(QPalette::WindowText, CanvasStyle::dimTextColor());
    m_messageLabel->setPalette(dim);
    layout->addWidget(m_messageLabel, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *stack = new QWidget(m_scroll);
    QPalette background = stack->palette();
    background.setColor(QPalette::Window, CanvasStyle::backgroundColor());
    stack->setPalette(background);
    stack->setAutoFillBackground(true);
    auto *stackLayout = new QVBoxLayout(stack);
    stackLayout->setContentsMargins(0, 0, 0, 0);
    stackLayout->setSpacing(0);
    m_scroll->setWidget(stack);
    layout->addWidget(m_scroll, 1);

    buildPanels();
    for (ScalingChartPanel *panel : std::as_const(m_panels))
        stackLayout->addWidget(panel, 1);
    clear();
}

ScalingChartsView::~ScalingChartsView() = default;

void ScalingChartsView::buildPanels()
{
    for (int p = 0; p < kPanelCount; ++p) {
        auto *panel = new ScalingChartPanel(this, PanelKind(p), unitOf(PanelKind(p)), m_scroll->widget());
        panel->setObjectName(QString(QStringLiteral("chart_") + panelFileName(PanelKind(p))));
        m_panels.append(panel);
    }
    int count = 0;
    const SeriesDef *defs = seriesDefs(&count);
    for (int i = 0; i < count; ++i) {
        const SeriesDef &def = defs[i];
        ScalingChartPanel *panel = m_panels[int(def.panel)];
        SeriesSlot slot;
        slot.def = &def;
        slot.baseline = new QLineSeries(this);
        slot.current = new QLineSeries(this);
        slot.legend = new QLineSeries;
        slot.current->setName(tr(def.label));
        slot.legend->setName(tr(def.label));
        slot.baseline->setName(tr("%1 (baseline)").arg(tr(def.label)));
        QPen pen(def.color, def.width);
        pen.setCapStyle(Qt::FlatCap);
        slot.current->setPen(pen);
        slot.legend->setPen(pen);
        QColor dimmed = def.color;
        dimmed.setAlphaF(0.8f);
        QPen dashed(dimmed, std::max<qreal>(1.3, def.width - 0.6), Qt::DashLine);
        dashed.setCapStyle(Qt::FlatCap);
        slot.baseline->setPen(dashed);
        panel->chart()->addSeries(slot.legend);
        slot.legend->attachAxis(panel->timeAxis());
        slot.legend->attachAxis(panel->valueAxis());
        // Baselines first, so the current curves draw on top of them.
        for (QLineSeries *s : {slot.legend, slot.baseline, slot.current})
            s->setVisible(false);
        panel->curves()->addSeries(slot.baseline);
        panel->curves()->addSeries(slot.current);
        m_slots.append(slot);
    }
}

void ScalingChartsView::clear(const QString &message)
{
    m_result = ScenarioResult();
    m_message = message.isEmpty() ? tr("No simulation yet") : message;
    setToolTip(QString());
    refresh();
}

void ScalingChartsView::setResult(const ScenarioResult &result)
{
    const bool sameRun = !m_result.series.timeSeconds.isEmpty() && !result.series.timeSeconds.isEmpty()
        && m_result.series.timeSeconds.first() == result.series.timeSeconds.first()
        && m_result.series.timeSeconds.last() == result.series.timeSeconds.last();
    const bool zoomed = m_fromSeconds > runStartSeconds() || m_toSeconds < runEndSeconds();
    m_result = result;
    if (result.series.timeSeconds.isEmpty())
        m_message = result.notes.isEmpty() ? tr("%1: not simulated").arg(result.scenario)
                                           : tr("%1: not simulated. %2").arg(result.scenario, result.notes.join(QLatin1Char(' ')));
    setToolTip(result.notes.join(QLatin1Char('\n')));
    if (!(sameRun && zoomed)) {
        m_fromSeconds = runStartSeconds();
        m_toSeconds = runEndSeconds();
    }
    refresh();
}

void ScalingChartsView::setBaseline(const ScenarioResult &baseline)
{
    m_baseline = baseline;
    m_hasBaseline = true;
    if (!(m_fromSeconds > runStartSeconds() || m_toSeconds < runEndSeconds())) {
        m_fromSeconds = runStartSeconds();
        m_toSeconds = runEndSeconds();
    }
    refresh();
}

void ScalingChartsView::clearBaseline()
{
    m_baseline = ScenarioResult();
    m_hasBaseline = false;
    refresh();
}

double ScalingChartsView::runStartSeconds() const
{
    double start = std::numeric_limits<double>::infinity();
    if (!m_result.series.timeSeconds.isEmpty())
        start = m_result.series.timeSeconds.first();
    if (m_hasBaseline && !m_baseline.series.timeSeconds.isEmpty())
        start = std::min(start, m_baseline.series.timeSeconds.first());
    return std::isfinite(start) ? start : 0;
}

double ScalingChartsView::runEndSeconds() const
{
    double end = -std::numeric_limits<double>::infinity();
    if (!m_result.series.timeSeconds.isEmpty())
        end = m_result.series.timeSeconds.last();
    if (m_hasBaseline && !m_baseline.series.timeSeconds.isEmpty())
        end = std::max(end, m_baseline.series.timeSeconds.last());
    return std::isfinite(end) && end > runStartSeconds() ? end : runStartSeconds() + 600;
}

void ScalingChartsView::refresh()
{
    const bool hasData = !m_result.series.timeSeconds.isEmpty();
    m_messageLabel->setText(m_message);
    m_messageLabel->setVisible(!hasData);
    m_scroll->setVisible(hasData);
    m_unitSeconds = runEndSeconds() - runStartSeconds() <= 3 * 3600 ? 60 : 3600;
    updatePanelVisibility();
    updateAxes();
    redecimate();
    updateReadout();
    scheduleAlignment();
}

void ScalingChartsView::updatePanelVisibility()
{
    bool panelShown[kPanelCount] = {};
    bool panelNonZero[kPanelCount] = {};
    for (SeriesSlot &slot : m_slots) {
        const QVector<double> &cur = m_result.series.*(slot.def->member);
        const QVector<double> &base = m_baseline.series.*(slot.def->member);
        const bool curUsable = usable(m_result.series, cur);
        const bool baseUsable = m_hasBaseline && usable(m_baseline.series, base);
        const bool nonZero = (curUsable && anyNonZero(cur)) || (baseUsable && anyNonZero(base));
        const bool wanted = !slot.def->onlyWhenNonZero || nonZero;
        slot.currentShown = curUsable && wanted;
        slot.baselineShown = baseUsable && wanted && !m_result.series.timeSeconds.isEmpty();
        const int p = int(slot.def->panel);
        panelShown[p] = panelShown[p] || slot.currentShown || slot.baselineShown;
        panelNonZero[p] = panelNonZero[p] || nonZero;
    }
    // Without a NodePool the simulator reports 0 nodes and 0 USD/h: nothing to look at.
    for (PanelKind p : {PanelKind::Nodes, PanelKind::Cost})
        panelShown[int(p)] = panelShown[int(p)] && panelNonZero[int(p)];
    // A queue, a function or a table has no replicas, CPU or latency of its own to show when
    // those series are all 0 (a Deployment keeps them: 0 replicas is worth seeing).
    if (const ObjectResult *o = m_result.objectResult(m_result.workloadId); o && o->kind != ObjectKind::Deployment) {
        for (PanelKind p : {PanelKind::Replicas, PanelKind::Cpu, PanelKind::Latency})
            panelShown[int(p)] = panelShown[int(p)] && panelNonZero[int(p)];
    }
    // The Nodes panel counts messages when it shows a queue's depth and no nodes.
    {
        bool nodesShown = false, queueShown = false;
        for (const SeriesSlot &slot : std::as_const(m_slots)) {
            if (QLatin1String(slot.def->key) == QLatin1String("nodes"))
                nodesShown = slot.currentShown && anyNonZero(m_result.series.nodes);
            if (QLatin1String(slot.def->key) == QLatin1String("queue_depth"))
                queueShown = slot.currentShown;
        }
        m_panels[int(PanelKind::Nodes)]->valueAxis()->setTitleText(queueShown && !nodesShown ? tr("messages")
                                                                                              : unitOf(PanelKind::Nodes));
    }
    // The Load panel counts what the object receives: messages for a queue, invocations for a function.
    {
        const ObjectResult *o = m_result.objectResult(m_result.workloadId);
        const ObjectKind kind = o ? o->kind : ObjectKind::Deployment;
        m_panels[int(PanelKind::Load)]->valueAxis()->setTitleText(kind == ObjectKind::SqsQueue ? tr("msg/s")
                                                                  : kind == ObjectKind::LambdaFunction ? tr("inv/s")
                                                                                                       : unitOf(PanelKind::Load));
        // A function's "replicas" are its execution environments in use (concurrency).
        m_panels[int(PanelKind::Replicas)]->valueAxis()->setTitleText(kind == ObjectKind::LambdaFunction ? tr("concurrency")
                                                                                                      : unitOf(PanelKind::Replicas));
        // A queue's offered and served load are the messages sent to it and received from it.
        for (SeriesSlot &slot : m_slots) {
            const QLatin1String key(slot.def->key);
            QString name = tr(slot.def->label);
            if (kind == ObjectKind::SqsQueue && key == QLatin1String("offered_rps"))
                name = tr("Sent");
            else if (kind == ObjectKind::SqsQueue && key == QLatin1String("served_rps"))
                name = tr("Received");
            if (slot.legend && slot.legend->name() != name)
                slot.legend->setName(name);
        }
    }

    int lastShown = -1;
    for (int p = 0; p < kPanelCount; ++p) {
        if (panelShown[p])
            lastShown = p;
    }
    for (int p = 0; p < kPanelCount; ++p) {
        ScalingChartPanel *panel = m_panels[p];
        panel->setVisible(panelShown[p]);
        // The time labels only under the bottom chart: one axis for the whole stack.
        panel->timeAxis()->setLabelsVisible(p == lastShown);
        panel->timeAxis()->setTitleText(p == lastShown ? (m_unitSeconds == 60 ? tr("time (minutes)") : tr("time (hours)"))
                                                       : QString());
    }
    for (SeriesSlot &slot : m_slots) {
        slot.current->setVisible(slot.currentShown);
        slot.baseline->setVisible(slot.baselineShown);
        slot.legend->setVisible(slot.currentShown);
    }
    // Legend: the current series only (the readout and the dock say what the dashes are).
    for (SeriesSlot &slot : m_slots) {
        QChart *chart = m_panels[int(slot.def->panel)]->chart();
        for (QLegendMarker *marker : chart->legend()->markers(slot.legend))
            marker->setVisible(slot.currentShown);
    }
    for (ScalingChartPanel *panel : std::as_const(m_panels))
        panel->placeLegend();
}

void ScalingChartsView::updateAxes()
{
    const double from = m_fromSeconds / m_unitSeconds, to = m_toSeconds / m_unitSeconds;
    const double step = niceStep(to - from, 6);
    for (ScalingChartPanel *panel : std::as_const(m_panels)) {
        panel->timeAxis()->setRange(from, to);
        panel->timeAxis()->setTickInterval(step);
        panel->timeAxis()->setTickAnchor(std::floor(from / step) * step);
    }
}

void ScalingChartsView::redecimate()
{
    double panelMax[kPanelCount] = {};
    for (SeriesSlot &slot : m_slots) {
        ScalingChartPanel *panel = m_panels[int(slot.def->panel)];
        qreal plotWidth = panel->chart()->plotArea().width();
        if (plotWidth < 50)
            plotWidth = std::max(200, panel->width() - 70);
        // One min/max pair per device pixel column: every extreme the screen can show, no more.
        const int buckets = std::max(50, int(plotWidth * panel->devicePixelRatioF()));
        auto build = [&](const ScenarioResult &r, bool shown, QLineSeries *series) {
            if (!shown) {
                series->clear();
                return;
            }
            const QVector<double> &t = r.series.timeSeconds;
            const QVector<double> &v = r.series.*(slot.def->member);
            const QVector<qsizetype> indices = SeriesDecimator::minMaxIndices(t, v, buckets, m_fromSeconds, m_toSeconds);
            QList<QPointF> points;
            points.reserve(indices.size() * (slot.def->step ? 2 : 1));
            double previous = std::numeric_limits<double>::quiet_NaN();
            for (qsizetype i : indices) {
                const double x = t[i] / m_unitSeconds;
                if (slot.def->step && !std::isnan(previous) && previous != v[i])
                    points.append(QPointF(x, previous));
                points.append(QPointF(x, v[i]));
                previous = v[i];
                if (!std::isnan(v[i]))
                    panelMax[int(slot.def->panel)] = std::max(panelMax[int(slot.def->panel)], v[i]);
            }
            series->replace(points);
        };
        build(m_result, slot.currentShown, slot.current);
        build(m_baseline, slot.baselineShown, slot.baseline);
    }
    for (int p = 0; p < kPanelCount; ++p) {
        // Headroom above the peak: the floating legend covers the plot's top ~20 %.
        double top = niceCeiling(panelMax[p] * 1.35);
        if (PanelKind(p) == PanelKind::Cpu)
            top = std::max(100.0, top);
        if (PanelKind(p) == PanelKind::Replicas || PanelKind(p) == PanelKind::Nodes)
            top = std::max(2.0, top);
        m_panels[p]->valueAxis()->setRange(0, top);
    }
}

void ScalingChartsView::setTimeRange(double fromSeconds, double toSeconds)
{
    const double start = runStartSeconds(), end = runEndSeconds();
    if (toSeconds < fromSeconds)
        std::swap(fromSeconds, toSeconds);
    double step = 1;
    if (m_result.series.timeSeconds.size() > 1)
        step = m_result.series.timeSeconds[1] - m_result.series.timeSeconds[0];
    const double minimum = std::min(end - start, std::max(2 * step, 1e-6));
    if (toSeconds - fromSeconds < minimum) {
        const double middle = (fromSeconds + toSeconds) / 2;
        fromSeconds = middle - minimum / 2;
        toSeconds = middle + minimum / 2;
    }
    if (fromSeconds < start) {
        toSeconds += start - fromSeconds;
        fromSeconds = start;
    }
    if (toSeconds > end) {
        fromSeconds -= toSeconds - end;
        toSeconds = end;
    }
    fromSeconds = std::max(fromSeconds, start);
    if (fromSeconds == m_fromSeconds && toSeconds == m_toSeconds)
        return;
    m_fromSeconds = fromSeconds;
    m_toSeconds = toSeconds;
    updateAxes();
    redecimate();
    for (ScalingChartPanel *panel : std::as_const(m_panels))
        panel->viewport()->update();
    Q_EMIT timeRangeChanged(m_fromSeconds, m_toSeconds);
}

void ScalingChartsView::resetZoom()
{
    setTimeRange(runStartSeconds(), runEndSeconds());
}

void ScalingChartsView::setCursorTime(double seconds)
{
    if (std::isnan(seconds) && std::isnan(m_cursorSeconds))
        return;
    if (seconds == m_cursorSeconds)
        return;
    const double previous = m_cursorSeconds;
    m_cursorSeconds = seconds;
    // Only the strips under the old and the new line (dots included) need repainting.
    for (ScalingChartPanel *panel : std::as_const(m_panels)) {
        if (panel->isHidden())
            continue;
        for (double t : {previous, seconds}) {
            if (std::isnan(t))
                continue;
            const int x = panel->mapFromScene(QPointF(panel->sceneXOf(t), 0)).x();
            panel->viewport()->update(QRect(x - 6, 0, 13, panel->viewport()->height()));
        }
    }
    updateReadout();
    Q_EMIT cursorTimeChanged(seconds);
}

QList<ScalingChartsView::CursorValue> ScalingChartsView::cursorValues() const
{
    QList<CursorValue> values;
    if (std::isnan(m_cursorSeconds) || m_result.series.timeSeconds.isEmpty())
        return values;
    const qsizetype i = sampleAt(m_result.series.timeSeconds, m_cursorSeconds);
    const qsizetype b = m_hasBaseline ? sampleAt(m_baseline.series.timeSeconds, m_cursorSeconds) : -1;
    for (const SeriesSlot &slot : m_slots) {
        if (!slot.currentShown && !slot.baselineShown)
            continue;
        CursorValue v;
        v.panel = slot.def->panel;
        v.key = QString::fromLatin1(slot.def->key);
        v.label = tr(slot.def->label);
        v.unit = readoutUnit(slot.def->panel);
        v.color = slot.def->color;
        if (slot.currentShown && i >= 0)
            v.value = (m_result.series.*(slot.def->member))[i];
        if (slot.baselineShown && b >= 0)
            v.baselineValue = (m_baseline.series.*(slot.def->member))[b];
        values.append(v);
    }
    return values;
}

void ScalingChartsView::updateReadout()
{
    if (m_result.series.timeSeconds.isEmpty()) {
        m_readout->clear();
        return;
    }
    const QList<CursorValue> values = cursorValues();
    if (values.isEmpty()) {
        QString hint = tr("Point at a chart to read every value at that time. Drag to zoom, double-click to show the whole run.");
        if (m_hasBaseline)
            hint += QLatin1Char(' ') + tr("Dashed curves: the pinned baseline.");
        m_readout->setText(QString(QStringLiteral("<span style=\"color:%1\">").arg(CanvasStyle::dimTextColor().name())
                                   + hint.toHtmlEscaped() + QStringLiteral("</span>")));
        return;
    }
    const QLocale locale;
    QStringList parts;
    parts << QString(QStringLiteral("<b>t = ") + formatTime(m_cursorSeconds) + QStringLiteral("</b>"));
    int count = 0;
    const SeriesDef *defs = seriesDefs(&count);
    for (const CursorValue &v : values) {
        int decimals = 0;
        for (int d = 0; d < count; ++d) {
            if (QLatin1String(defs[d].key) == v.key)
                decimals = defs[d].decimals;
        }
        // Requests/s: one decimal below 10 (a trickle), none above.
        auto number = [&](double x) {
            const int d = v.panel == PanelKind::Load && std::abs(x) >= 10 ? 0 : decimals;
            return std::isnan(x) ? QStringLiteral("–") : locale.toString(x, 'f', d);
        };
        QString text = QString(QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;").arg(v.color.name())
                               + v.label.toHtmlEscaped() + QStringLiteral("&nbsp;<b>") + number(v.value) + QStringLiteral("</b>"));
        if (!v.unit.isEmpty())
            text += QString(QStringLiteral("&nbsp;") + v.unit.toHtmlEscaped());
        if (m_hasBaseline)
            text += QString(QStringLiteral(" <span style=\"color:%1\">(").arg(CanvasStyle::dimTextColor().name())
                            + tr("was %1").arg(number(v.baselineValue)) + QStringLiteral(")</span>"));
        parts << text;
    }
    m_readout->setText(parts.join(QStringLiteral(" &nbsp; ")));
}

QString ScalingChartsView::readoutText() const
{
    QTextDocument doc;
    doc.setHtml(m_readout->text());
    return doc.toPlainText();
}

QString ScalingChartsView::summaryText() const
{
    if (m_result.scenario.isEmpty())
        return {};
    if (m_result.series.timeSeconds.isEmpty())
        return m_result.notes.join(QLatin1Char(' '));
    const QLocale locale;
    auto cost = [&](const ScenarioResult &r) {
        if (r.totalCostUsd <= 0)
            return QString();
        const QString usd = locale.toString(r.totalCostUsd, 'f', 2);
        if (!r.costBreakdownUsd.isEmpty())
            return QString(QStringLiteral("; ") + tr("cost %1 USD (nodes, tiers, data transfer)").arg(usd));
        // One object of the design: a workload pays its share of its NodePool's nodes.
        const ObjectResult *o = r.objectResult(r.workloadId);
        if (o && o->kind == ObjectKind::Deployment)
            return QString(QStringLiteral("; ") + tr("its share of the node cost %1 USD").arg(usd));
        return QString(QStringLiteral("; ") + tr("cost %1 USD").arg(usd));
    };
    auto maxOf = [](const QVector<double> &values) {
        double peak = 0;
        for (double v : values)
            peak = std::max(peak, v);
        return peak;
    };
    // The figures that matter for the kind of object shown (a queue has no replicas, a table no CPU).
    auto peaks = [&](const ScenarioResult &r) {
        const ObjectResult *o = r.objectResult(r.workloadId);
        const ObjectKind kind = o ? o->kind : ObjectKind::Deployment;
        const QString dropped = locale.toString(r.droppedRequests, 'f', 0);
        switch (kind) {
        case ObjectKind::SqsQueue:
            return QString(tr("peak %1 messages/s sent, %2 received").arg(locale.toString(maxOf(r.series.offeredRps), 'f', 1),
                                                                          locale.toString(maxOf(r.series.servedRps), 'f', 1))
                           + QStringLiteral("; ")
                           + tr("at most %1 messages waiting").arg(locale.toString(maxOf(r.series.queueDepth), 'f', 0))
                           + cost(r));
        case ObjectKind::LambdaFunction:
            return QString(tr("peak %1 invocations/s, concurrency %2").arg(locale.toString(maxOf(r.series.offeredRps), 'f', 1),
                                                                         locale.toString(r.peakReplicas, 'f', 1))
                           + QStringLiteral("; ") + tr("%1 invocations throttled").arg(dropped) + cost(r));
        case ObjectKind::AuroraCluster:
        case ObjectKind::ElastiCacheReplicationGroup:
            return QString(tr("peak %1 requests/s, %2 replicas in service").arg(locale.toString(maxOf(r.series.offeredRps), 'f', 1),
                                                                               locale.toString(r.peakReplicas, 'f', 0))
                           + cost(r));
        case ObjectKind::DynamoDBTable:
            return QString(tr("peak %1 requests/s").arg(locale.toString(maxOf(r.series.offeredRps), 'f', 1))
                           + QStringLiteral("; ") + tr("%1 requests throttled").arg(dropped) + cost(r));
        default:
            break;
        }
        QString text = tr("peak %1 replicas").arg(locale.toString(r.peakReplicas, 'f', 0));
        if (r.peakNodes > 0)
            text += QStringLiteral(", ") + tr("%1 nodes").arg(locale.toString(r.peakNodes, 'f', 0));
        text += QStringLiteral(", ") + tr("CPU %1 %").arg(locale.toString(r.peakCpuUtilisationPercent, 'f', 0));
        text += QStringLiteral(", ") + tr("p95 %1 ms").arg(locale.toString(r.peakLatencyP95Ms, 'f', 0));
        text += QStringLiteral("; ") + tr("%1 requests dropped").arg(dropped);
        if (r.secondsOverSlo > 0)
            text += QStringLiteral("; ") + tr("%1 s over the latency SLO").arg(locale.toString(r.secondsOverSlo, 'f', 0));
        return QString(text + cost(r));
    };
    // Peaks over the whole run, of this design and of the pinned baseline.
    QString text = tr("Peaks: %1.").arg(peaks(m_result));
    if (m_hasBaseline && !m_baseline.series.timeSeconds.isEmpty())
        text += QLatin1Char(' ') + tr("Baseline: %1.").arg(peaks(m_baseline));
    if (!m_result.notes.isEmpty())
        text += QLatin1Char(' ') + m_result.notes.join(QLatin1Char(' '));
    return text;
}

QChartView *ScalingChartsView::chartView(PanelKind panel) const
{
    return m_panels.value(int(panel));
}

bool ScalingChartsView::isPanelShown(PanelKind panel) const
{
    const ScalingChartPanel *p = m_panels.value(int(panel));
    return p && !p->isHidden() && !m_scroll->isHidden();
}

QList<QLineSeries *> ScalingChartsView::series(PanelKind panel, bool baseline) const
{
    QList<QLineSeries *> list;
    for (const SeriesSlot &slot : m_slots) {
        if (slot.def->panel == panel)
            list.append(baseline ? slot.baseline : slot.current);
    }
    return list;
}

QLineSeries *ScalingChartsView::seriesForKey(const QString &key, bool baseline) const
{
    for (const SeriesSlot &slot : m_slots) {
        if (QLatin1String(slot.def->key) == key)
            return baseline ? slot.baseline : slot.current;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Layout: every chart's plot area starts and ends at the same x, so the cursor is one line.

void ScalingChartsView::scheduleAlignment()
{
    if (m_alignScheduled)
        return;
    m_alignScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_alignScheduled = false;
        alignPlotAreas();
    });
}

void ScalingChartsView::alignPlotAreas()
{
    qreal left = 0, right = 0;
    QList<ScalingChartPanel *> shown;
    for (ScalingChartPanel *panel : std::as_const(m_panels)) {
        if (panel->isHidden() || panel->chart()->plotArea().width() <= 0)
            continue;
        shown.append(panel);
        const QRectF plot = panel->chart()->plotArea();
        left = std::max(left, plot.left() - panel->extraLeft);
        right = std::max(right, panel->chart()->size().width() - plot.right() - panel->extraRight);
    }
    bool changed = false;
    for (ScalingChartPanel *panel : std::as_const(shown)) {
        const QRectF plot = panel->chart()->plotArea();
        const qreal extraLeft = left - (plot.left() - panel->extraLeft);
        const qreal extraRight = right - (panel->chart()->size().width() - plot.right() - panel->extraRight);
        if (std::abs(extraLeft - panel->extraLeft) < 0.5 && std::abs(extraRight - panel->extraRight) < 0.5)
            continue;
        panel->extraLeft = extraLeft;
        panel->extraRight = extraRight;
        panel->chart()->setMargins(QMargins(4 + qRound(extraLeft), ScalingChartPanel::kTopMargin, 8 + qRound(extraRight), 0));
        changed = true;
    }
    if (!changed) {
        // The plot widths are final: decimate for them.
        redecimate();
        for (ScalingChartPanel *panel : std::as_const(shown))
            panel->placeLegend();
    }
}

void ScalingChartsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleAlignment();
}

void ScalingChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleAlignment();
}

// ---------------------------------------------------------------------------------------------
// Export

QByteArray ScalingChartsView::csv() const
{
    const TimeSeries &s = m_result.series;
    if (s.timeSeconds.isEmpty())
        return {};
    int count = 0;
    const SeriesDef *defs = seriesDefs(&count);
    QList<const SeriesDef *> columns, baselineColumns;
    for (int d = 0; d < count; ++d) {
        if (usable(s, s.*(defs[d].member)))
            columns.append(&defs[d]);
        if (m_hasBaseline && usable(m_baseline.series, m_baseline.series.*(defs[d].member)))
            baselineColumns.append(&defs[d]);
    }
    QStringList header{QStringLiteral("time_s")};
    for (const SeriesDef *def : std::as_const(columns))
        header << QString::fromLatin1(def->key);
    for (const SeriesDef *def : std::as_const(baselineColumns))
        header << QString(QStringLiteral("baseline_") + QString::fromLatin1(def->key));
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    const QVector<double> &bt = m_baseline.series.timeSeconds;
    qsizetype b = -1;
    for (qsizetype i = 0; i < s.timeSeconds.size(); ++i) {
        const double t = s.timeSeconds[i];
        QStringList row{csvNumber(t)};
        for (const SeriesDef *def : std::as_const(columns))
            row << csvNumber((s.*(def->member))[i]);
        if (!baselineColumns.isEmpty()) {
            while (b + 1 < bt.size() && bt[b + 1] <= t)
                ++b;
            for (const SeriesDef *def : std::as_const(baselineColumns))
                row << (b >= 0 ? csvNumber((m_baseline.series.*(def->member))[b]) : QString());
        }
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

bool ScalingChartsView::exportCsv(const QString &path, QString *error) const
{
    const QByteArray data = csv();
    QSaveFile file(path);
    if (data.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = data.isEmpty() ? tr("There is no simulation result to export.")
                                    : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ScalingChartsView::exportImage(const QString &path, std::optional<PanelKind> only, QString *error)
{
    QList<ScalingChartPanel *> panels;
    for (ScalingChartPanel *panel : std::as_const(m_panels)) {
        if ((only && panel->panel() == *only) || (!only && !panel->isHidden()))
            panels.append(panel);
    }
    if (m_result.series.timeSeconds.isEmpty() || panels.isEmpty() || (only && panels.first()->isHidden())) {
        if (error)
            *error = tr("There is no chart to export.");
        return false;
    }
    // Charts never laid out (a hidden view) get a readable size for the picture.
    int width = 0;
    QList<QSizeF> sizes;
    for (ScalingChartPanel *panel : std::as_const(panels)) {
        QSizeF size = panel->chart()->size();
        if (size.width() < 200 || size.height() < 80) {
            size = QSizeF(900, 200);
            panel->chart()->resize(size);
            redecimate();
        }
        sizes.append(size);
        width = std::max(width, int(std::ceil(size.width())));
    }
    int height = 0;
    for (const QSizeF &size : std::as_const(sizes))
        height += int(std::ceil(size.height()));

    m_exporting = true;
    auto paint = [&](QPainter *painter) {
        painter->fillRect(QRect(0, 0, width, height), CanvasStyle::backgroundColor());
        qreal y = 0;
        for (int i = 0; i < panels.size(); ++i) {
            const QRectF source(QPointF(0, 0), sizes[i]);
            panels[i]->scene()->render(painter, QRectF(QPointF(0, y), sizes[i]), source);
            y += sizes[i].height();
        }
    };
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("svg")) {
            QSvgGenerator generator;
            generator.setOutputDevice(&file);
            generator.setSize(QSize(width, height));
            generator.setViewBox(QRect(0, 0, width, height));
            generator.setTitle(m_result.scenario);
            generator.setDescription(tr("Scaleplan scaling curves of %1").arg(m_result.scenario));
            QPainter painter(&generator);
            paint(&painter);
            ok = painter.end();
        } else {
            const qreal scale = 2; // sharp on high-DPI screens and in slides
            QImage image(QSize(width, height) * scale, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(scale);
            image.fill(CanvasStyle::backgroundColor());
            {
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                paint(&painter);
            }
            const QByteArray format = suffix.isEmpty() ? QByteArray("PNG") : suffix.toLatin1().toUpper();
            ok = image.save(&file, format.constData());
        }
        ok = ok && file.commit();
    }
    m_exporting = false;
    if (!ok && error)
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path),
                                                   file.errorString().isEmpty() ? tr("image writer failed") : file.errorString());
    return ok;
}

void ScalingChartsView::showContextMenu(ScalingChartPanel *panel, const QPoint &globalPos)
{
    QMenu menu(this);
    const bool hasData = !m_result.series.timeSeconds.isEmpty();
    const std::optional<PanelKind> which = panel ? std::optional<PanelKind>(panel->panel()) : std::nullopt;
    QAction *png = menu.addAction(tr("Export This Chart as PNG…"));
    QAction *svg = menu.addAction(tr("Export This Chart as SVG…"));
    png->setEnabled(hasData && which);
    svg->setEnabled(hasData && which);
    QAction *allPng = menu.addAction(tr("Export All Charts as PNG…"));
    QAction *allSvg = menu.addAction(tr("Export All Charts as SVG…"));
    QAction *csvAction = menu.addAction(tr("Export Data as CSV…"));
    for (QAction *a : {allPng, allSvg, csvAction})
        a->setEnabled(hasData);
    menu.addSeparator();
    QAction *reset = menu.addAction(tr("Show the Whole Run"));
    reset->setEnabled(m_fromSeconds > runStartSeconds() || m_toSeconds < runEndSeconds());
    QAction *chosen = menu.exec(globalPos);
    if (chosen == png)
        exportImageDialog(which, false);
    else if (chosen == svg)
        exportImageDialog(which, true);
    else if (chosen == allPng)
        exportImageDialog(std::nullopt, false);
    else if (chosen == allSvg)
        exportImageDialog(std::nullopt, true);
    else if (chosen == csvAction)
        exportCsvDialog();
    else if (chosen == reset)
        resetZoom();
}

void ScalingChartsView::exportImageDialog(std::optional<PanelKind> panel, bool svg)
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastChartExportDirectory"), QDir::homePath()).toString();
    const QString base = QString((m_result.scenario.isEmpty() ? QStringLiteral("simulation") : m_result.scenario)
                                 + QLatin1Char('-') + (panel ? panelFileName(*panel) : QStringLiteral("charts")));
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QDir(dir).filePath(QString(base + suffix)),
                                                      svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastChartExportDirectory"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportImage(path, panel, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

void ScalingChartsView::exportCsvDialog()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastChartExportDirectory"), QDir::homePath()).toString();
    const QString base = m_result.scenario.isEmpty() ? QStringLiteral("simulation") : m_result.scenario;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Simulation Data"), QDir(dir).filePath(QString(base + QStringLiteral(".csv"))),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastChartExportDirectory"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Simulation Data"), error);
}

} // namespace Scaleplan
