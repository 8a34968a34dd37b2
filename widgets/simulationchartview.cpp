#include "widgets/simulationchartview.h"

#include "widgets/canvasstyle.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <cmath>

namespace Scaleplan {

namespace {

QLineSeries *makeSeries(const QString &name, const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::FlatCap);
    series->setPen(pen);
    return series;
}

/// Points of a step line: the value holds until the next sample that differs.
QList<QPointF> stepPoints(const QVector<double> &t, const QVector<double> &v)
{
    QList<QPointF> points;
    const int n = int(qMin(t.size(), v.size()));
    for (int i = 0; i < n; ++i) {
        const double minutes = t[i] / 60.0;
        if (i == 0 || i == n - 1) {
            points.append(QPointF(minutes, v[i]));
        } else if (v[i] != v[i - 1]) {
            points.append(QPointF(minutes, v[i - 1]));
            points.append(QPointF(minutes, v[i]));
        }
    }
    return points;
}

/// Points of a smooth line, thinned to at most about `maxPoints`.
QList<QPointF> linePoints(const QVector<double> &t, const QVector<double> &v, int maxPoints = 1500)
{
    QList<QPointF> points;
    const int n = int(qMin(t.size(), v.size()));
    const int stride = qMax(1, n / maxPoints);
    for (int i = 0; i < n; i += stride)
        points.append(QPointF(t[i] / 60.0, v[i]));
    if (n > 0 && (n - 1) % stride != 0)
        points.append(QPointF(t[n - 1] / 60.0, v[n - 1]));
    return points;
}

double maxOf(const QVector<double> &v)
{
    double m = 0;
    for (double x : v)
        m = qMax(m, x);
    return m;
}

/// A "nice" axis maximum at or above `value` (1, 2, 2.5 or 5 times a power of ten).
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

SimulationChartView::SimulationChartView(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeDark);
    chart->setBackgroundBrush(CanvasStyle::backgroundColor());
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() + 0.5);
    chart->legend()->setFont(legendFont);
    chart->legend()->setLabelColor(CanvasStyle::textColor());
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() + 1);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(CanvasStyle::textColor());

    m_desired = makeSeries(tr("Desired"), QColor(0x4f, 0xc3, 0xf7), 3.0);
    m_ready = makeSeries(tr("Ready"), QColor(0xe1, 0xf5, 0xfe), 1.6, Qt::DashLine);
    m_offered = makeSeries(tr("Load req/s"), QColor(0xff, 0xb7, 0x4d), 2.0);
    m_cpu = makeSeries(tr("CPU %"), QColor(0x81, 0xc7, 0x84), 1.6);
    for (QLineSeries *s : {m_offered, m_cpu, m_ready, m_desired})
        chart->addSeries(s);

    auto makeAxis = [this](const QString &title, const QColor &color) {
        auto *axis = new QValueAxis;
        axis->setTitleText(title);
        axis->setTitleBrush(color);
        axis->setLabelsColor(color);
        QFont f = font();
        axis->setLabelsFont(f);
        f.setBold(true);
        axis->setTitleFont(f);
        axis->setGridLineColor(QColor(0x3a, 0x3f, 0x4a));
        axis->setLinePenColor(QColor(0x5a, 0x60, 0x6c));
        axis->setLabelFormat(QStringLiteral("%g"));
        return axis;
    };
    m_time = makeAxis(tr("time (minutes)"), CanvasStyle::dimTextColor());
    m_replicas = makeAxis(tr("replicas"), QColor(0x4f, 0xc3, 0xf7));
    m_rps = makeAxis(tr("requests/s"), QColor(0xff, 0xb7, 0x4d));
    m_cpuAxis = makeAxis(tr("CPU %"), QColor(0x81, 0xc7, 0x84));
    m_rps->setGridLineVisible(false);
    m_cpuAxis->setGridLineVisible(false);

    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_replicas, Qt::AlignLeft);
    chart->addAxis(m_rps, Qt::AlignRight);
    chart->addAxis(m_cpuAxis, Qt::AlignRight);
    for (QLineSeries *s : {m_desired, m_ready}) {
        s->attachAxis(m_time);
        s->attachAxis(m_replicas);
    }
    m_offered->attachAxis(m_time);
    m_offered->attachAxis(m_rps);
    m_cpu->attachAxis(m_time);
    m_cpu->attachAxis(m_cpuAxis);

    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    clear();
}

void SimulationChartView::clear(const QString &message)
{
    m_result = ScenarioResult();
    for (QLineSeries *s : {m_desired, m_ready, m_offered, m_cpu})
        s->clear();
    m_time->setRange(0, 10);
    m_replicas->setRange(0, 10);
    m_rps->setRange(0, 100);
    m_cpuAxis->setRange(0, 100);
    chart()->setTitle(message.isEmpty() ? tr("No simulation yet") : message);
    setToolTip(QString());
}

void SimulationChartView::setResult(const ScenarioResult &result)
{
    clear();
    m_result = result;
    const TimeSeries &s = result.series;
    if (s.timeSeconds.isEmpty()) {
        chart()->setTitle(tr("%1: not simulated").arg(result.scenario));
        setToolTip(result.notes.join(QLatin1Char('\n')));
        return;
    }
    m_desired->replace(stepPoints(s.timeSeconds, s.desiredReplicas));
    m_ready->replace(stepPoints(s.timeSeconds, s.readyReplicas));
    m_offered->replace(linePoints(s.timeSeconds, s.offeredRps));
    m_cpu->replace(linePoints(s.timeSeconds, s.cpuUtilisationPercent));

    m_time->setRange(0, s.timeSeconds.last() / 60.0);
    m_time->setTickCount(7);
    m_time->applyNiceNumbers();
    m_replicas->setRange(0, niceCeiling(qMax(maxOf(s.desiredReplicas), maxOf(s.readyReplicas)) * 1.1));
    m_replicas->applyNiceNumbers();
    m_rps->setRange(0, niceCeiling(maxOf(s.offeredRps) * 1.1));
    m_rps->applyNiceNumbers();
    m_cpuAxis->setRange(0, qMax(100.0, niceCeiling(maxOf(s.cpuUtilisationPercent))));
    m_cpuAxis->applyNiceNumbers();

    chart()->setTitle(tr("%1 → %2").arg(result.scenario, result.workload.isEmpty() ? tr("(no workload)") : result.workload));
    setToolTip(result.notes.join(QLatin1Char('\n')));
}

QString SimulationChartView::summaryText() const
{
    if (m_result.scenario.isEmpty())
        return {};
    if (m_result.series.timeSeconds.isEmpty())
        return m_result.notes.join(QLatin1Char(' '));
    const QLocale locale;
    QString text = tr("Peak %1 replicas, CPU %2 %, p95 latency %3 ms; %4 requests dropped.")
                       .arg(locale.toString(m_result.peakReplicas, 'f', 0),
                            locale.toString(m_result.peakCpuUtilisationPercent, 'f', 0),
                            locale.toString(m_result.peakLatencyP95Ms, 'f', 0),
                            locale.toString(m_result.droppedRequests, 'f', 0));
    if (!m_result.notes.isEmpty())
        text += QLatin1Char(' ') + m_result.notes.join(QLatin1Char(' '));
    return text;
}

} // namespace Scaleplan
