#include "ui/metricreplaypanel.h"

#include "model/design.h"
#include "model/quantity.h"
#include "model/sim/hpaspec.h"
#include "model/sim/kedacontroller.h"
#include "widgets/canvasstyle.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
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

QStandardItem *numberItem(double value, int decimals = 0)
{
    auto *item = new QStandardItem;
    item->setData(decimals == 0 ? QVariant(qlonglong(std::llround(value))) : QVariant(value), Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *textItem(const QString &text)
{
    return new QStandardItem(text);
}

} // namespace

MetricReplayPanel::MetricReplayPanel(Design *design, QWidget *parent)
    : QWidget(parent)
    , m_design(design)
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *row = new QHBoxLayout;
    auto *autoscalerLabel = new QLabel(tr("&Autoscaler:"), this);
    m_autoscalerCombo = new QComboBox(this);
    m_autoscalerCombo->setObjectName(QStringLiteral("replayAutoscalerCombo"));
    m_autoscalerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    autoscalerLabel->setBuddy(m_autoscalerCombo);
    auto *replicasLabel = new QLabel(tr("&Start replicas:"), this);
    m_replicasSpin = new QSpinBox(this);
    m_replicasSpin->setObjectName(QStringLiteral("replayReplicasSpin"));
    m_replicasSpin->setRange(-1, 10000);
    m_replicasSpin->setValue(-1);
    m_replicasSpin->setSpecialValueText(tr("auto"));
    m_replicasSpin->setToolTip(tr("Replicas before the first sync; \"auto\" takes the target Deployment's spec.replicas, "
                                  "else the pods of the first sample."));
    replicasLabel->setBuddy(m_replicasSpin);
    auto *openButton = new QPushButton(tr("Open CSV…"), this);
    openButton->setObjectName(QStringLiteral("replayOpenButton"));
    row->addWidget(autoscalerLabel);
    row->addWidget(m_autoscalerCombo);
    row->addSpacing(8);
    row->addWidget(replicasLabel);
    row->addWidget(m_replicasSpin);
    row->addStretch(1);
    row->addWidget(openButton);
    layout->addLayout(row);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setText(tr("Drop a metrics CSV here (time_s,pod,metric,value with optional ready, started_s, request; "
                            "one sample per row, as a Prometheus export gives) or use Open CSV…"));
    layout->addWidget(m_fileLabel);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("replayStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new QStandardItemModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("replayTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeDark);
    chart->setBackgroundBrush(CanvasStyle::backgroundColor());
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 0, 8, 0));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setLabelColor(CanvasStyle::textColor());
    m_desired = makeSeries(tr("Raw desired"), QColor(0xff, 0xb7, 0x4d), 1.4, Qt::DotLine);
    m_current = makeSeries(tr("Current"), QColor(0xe1, 0xf5, 0xfe), 1.4);
    m_final = makeSeries(tr("Final"), QColor(0x4f, 0xc3, 0xf7), 2.6);
    for (QLineSeries *s : {m_desired, m_current, m_final})
        chart->addSeries(s);
    auto makeAxis = [this](const QString &title) {
        auto *axis = new QValueAxis;
        axis->setTitleText(title);
        axis->setTitleBrush(CanvasStyle::dimTextColor());
        axis->setLabelsColor(CanvasStyle::dimTextColor());
        axis->setGridLineColor(QColor(0x33, 0x38, 0x42));
        axis->setLinePenColor(QColor(0x5a, 0x60, 0x6c));
        axis->setLabelFormat(QStringLiteral("%g"));
        QFont f = font();
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
        return axis;
    };
    m_timeAxis = makeAxis(tr("time (s)"));
    m_replicasAxis = makeAxis(tr("replicas"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_replicasAxis, Qt::AlignLeft);
    for (QLineSeries *s : {m_desired, m_current, m_final}) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_replicasAxis);
    }
    m_chartView = new QChartView(chart, splitter);
    m_chartView->setObjectName(QStringLiteral("replayChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(160);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(openButton, &QPushButton::clicked, this, &MetricReplayPanel::openDialog);
    connect(m_autoscalerCombo, &QComboBox::currentIndexChanged, this, [this](int) { replay(); });
    connect(m_replicasSpin, &QSpinBox::valueChanged, this, [this](int) { replay(); });
    if (m_design) {
        connect(m_design, &Design::changed, this, [this] {
            refreshAutoscalers();
            replay();
        });
    }
    refreshAutoscalers();
    replay();
}

void MetricReplayPanel::refreshAutoscalers()
{
    const ObjectId current = autoscaler();
    const QSignalBlocker blocker(m_autoscalerCombo);
    m_autoscalerCombo->clear();
    if (m_design) {
        const DesignData &data = m_design->data();
        for (ObjectId id : data.preorder()) {
            const DesignObject *object = data.object(id);
            if (object->kind == ObjectKind::HorizontalPodAutoscaler || object->kind == ObjectKind::ScaledObject)
                m_autoscalerCombo->addItem(QString(object->name + QStringLiteral(" (") + kindName(object->kind) + QLatin1Char(')')),
                                           QVariant::fromValue(id));
        }
    }
    const int index = m_autoscalerCombo->findData(QVariant::fromValue(current));
    m_autoscalerCombo->setCurrentIndex(index >= 0 ? index : (m_autoscalerCombo->count() > 0 ? 0 : -1));
    m_autoscalerCombo->setEnabled(m_autoscalerCombo->count() > 0);
}

void MetricReplayPanel::setAutoscaler(ObjectId id)
{
    const int index = m_autoscalerCombo->findData(QVariant::fromValue(id));
    if (index >= 0 && index != m_autoscalerCombo->currentIndex())
        m_autoscalerCombo->setCurrentIndex(index); // replays through currentIndexChanged
}

ObjectId MetricReplayPanel::autoscaler() const
{
    return m_autoscalerCombo->currentData().value<ObjectId>();
}

bool MetricReplayPanel::loadCsvFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        m_status->setText(m_error);
        if (error)
            *error = m_error;
        return false;
    }
    return setCsv(file.readAll(), path, error);
}

bool MetricReplayPanel::setCsv(const QByteArray &text, const QString &fileName, QString *error)
{
    MetricCsvError csvError;
    const std::optional<QList<MetricSample>> samples = MetricReplay::parseCsv(text, fileName, &csvError);
    m_fileName = fileName;
    if (!samples) {
        m_samples.clear();
        m_haveSamples = false;
        m_result = ReplayResult();
        m_error = csvError.toString();
        fillTable();
        fillChart();
        m_status->setText(QString(QStringLiteral("<span style=\"color:#ef5350\">") + m_error.toHtmlEscaped()
                                  + QStringLiteral("</span>")));
        if (error)
            *error = m_error;
        return false;
    }
    m_samples = *samples;
    m_haveSamples = true;
    m_fileLabel->setText(tr("Metrics: %1 (%n sample(s)). Drop another CSV to replace it.", nullptr, int(m_samples.size()))
                             .arg(QDir::toNativeSeparators(fileName)));
    replay();
    return true;
}

void MetricReplayPanel::replay()
{
    m_result = ReplayResult();
    m_error.clear();
    const ObjectId id = autoscaler();
    const DesignObject *object = (m_design && id != 0) ? m_design->data().object(id) : nullptr;
    if (!object) {
        m_error = m_autoscalerCombo->count() == 0 ? tr("The design has no HorizontalPodAutoscaler or ScaledObject to replay.")
                                                  : tr("Choose an autoscaler.");
    } else if (!m_haveSamples) {
        m_error = tr("No metrics loaded yet.");
    } else {
        ReplayOptions options;
        options.initialReplicas = m_replicasSpin->value();
        QStringList errors;
        std::optional<HpaSpec> hpa;
        std::optional<KedaSpec> keda;
        if (object->kind == ObjectKind::ScaledObject)
            keda = KedaSpec::fromObject(*object, &errors);
        else
            hpa = HpaSpec::fromObject(*object, &errors);
        const QString target = hpa ? hpa->scaleTargetName : (keda ? keda->scaleTargetName : QString());
        const DesignData &data = m_design->data();
        const ObjectId deploymentId = target.isEmpty() ? 0 : data.findByName(ObjectKind::Deployment, target);
        if (const DesignObject *deployment = data.object(deploymentId)) {
            if (options.initialReplicas < 0) {
                const QVariant replicas = deployment->field(QStringLiteral("spec.replicas"));
                options.initialReplicas = replicas.isValid() ? std::max(0, replicas.toInt()) : 1;
            }
            // Each resource's own request (cores for cpu, bytes for memory).
            const QString base = QStringLiteral("spec.template.spec.containers[0].resources.requests.");
            for (const QString &resource : {QStringLiteral("cpu"), QStringLiteral("memory")}) {
                if (const auto request = Quantity::parse(deployment->field(QString(base + resource))); request && *request > 0)
                    options.requestByResource.insert(resource, *request);
            }
        }
        if (hpa)
            m_result = MetricReplay::replayHpa(*hpa, m_samples, options);
        else if (keda)
            m_result = MetricReplay::replayKeda(*keda, m_samples, options);
        else
            m_error = tr("%1 cannot be replayed: %2").arg(object->name, errors.join(QStringLiteral("; ")));
    }
    fillTable();
    fillChart();
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
    } else {
        QString text = tr("%1 %2 → %3: %n decision(s).", nullptr, int(m_result.steps.size()))
                           .arg(m_result.kind, m_result.name, m_result.scaleTargetName);
        if (!m_result.notes.isEmpty())
            text += QLatin1Char(' ') + m_result.notes.join(QLatin1Char(' '));
        m_status->setText(text.toHtmlEscaped());
    }
    Q_EMIT replayed();
}

QString MetricReplayPanel::statusText() const
{
    return m_error.isEmpty() ? m_status->text() : m_error;
}

void MetricReplayPanel::fillTable()
{
    m_model->clear();
    const bool keda = m_result.kind == QLatin1String("ScaledObject");
    QStringList headers{tr("Time (s)")};
    if (keda)
        headers << tr("Source") << tr("Active");
    headers << tr("Current") << tr("Ready");
    for (const QString &label : std::as_const(m_result.metricLabels))
        headers << tr("Raw: %1").arg(label);
    headers << tr("Desired") << tr("Stabilised") << tr("After policies") << tr("Final") << tr("Limited by");
    m_model->setHorizontalHeaderLabels(headers);
    for (const ReplayStep &s : std::as_const(m_result.steps)) {
        QList<QStandardItem *> row;
        row << numberItem(s.timeSeconds, s.timeSeconds == std::floor(s.timeSeconds) ? 0 : 3);
        if (keda) {
            row << textItem(s.source);
            row << textItem(s.source == QLatin1String("keda") ? (s.active ? tr("yes") : tr("no")) : QStringLiteral("–"));
        }
        row << numberItem(s.currentReplicas) << numberItem(s.readyPods);
        for (int i = 0; i < m_result.metricLabels.size(); ++i) {
            const int v = i < s.metricReplicas.size() ? s.metricReplicas[i] : -1;
            row << (v < 0 ? textItem(QStringLiteral("–")) : numberItem(v));
        }
        row << numberItem(s.desiredReplicas) << numberItem(s.stabilizedReplicas) << numberItem(s.policyReplicas)
            << numberItem(s.finalReplicas);
        QStandardItem *limited = textItem(s.metricsAvailable || s.limitedBy == QLatin1String("scaling-disabled") ? s.limitedBy : tr("no metrics"));
        if (s.finalReplicas != s.currentReplicas) {
            QFont bold = m_table->font();
            bold.setBold(true);
            row[row.size() - 1]->setFont(bold);
        }
        row << limited;
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
}

void MetricReplayPanel::fillChart()
{
    QList<QPointF> current, final, desired;
    double maxReplicas = 1, maxTime = 1;
    // Step lines: the replica count holds until the next decision.
    for (const ReplayStep &s : std::as_const(m_result.steps)) {
        if (!current.isEmpty())
            current.append(QPointF(s.timeSeconds, current.last().y()));
        current.append(QPointF(s.timeSeconds, s.currentReplicas));
        if (!final.isEmpty())
            final.append(QPointF(s.timeSeconds, final.last().y()));
        final.append(QPointF(s.timeSeconds, s.finalReplicas));
        if (s.source != QLatin1String("keda") && s.metricsAvailable)
            desired.append(QPointF(s.timeSeconds, s.desiredReplicas));
        maxReplicas = std::max({maxReplicas, double(s.currentReplicas), double(s.finalReplicas), double(s.desiredReplicas)});
        maxTime = std::max(maxTime, s.timeSeconds);
    }
    m_current->replace(current);
    m_final->replace(final);
    m_desired->replace(desired);
    const double first = m_result.steps.isEmpty() ? 0 : m_result.steps.first().timeSeconds;
    m_timeAxis->setRange(first, std::max(maxTime, first + 1));
    m_replicasAxis->setRange(0, std::ceil(maxReplicas * 1.15) + 1);
    m_replicasAxis->applyNiceNumbers();
    m_chartView->chart()->setTitle(m_result.steps.isEmpty() ? QString() : tr("%1: replicas per decision").arg(m_result.name));
}

void MetricReplayPanel::openDialog()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastReplayDirectory"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Metrics CSV"), dir, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastReplayDirectory"), QFileInfo(path).absolutePath());
    loadCsvFile(path);
}

void MetricReplayPanel::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile())
        event->acceptProposedAction();
    else if (mime->hasText())
        event->acceptProposedAction();
}

void MetricReplayPanel::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        loadCsvFile(mime->urls().first().toLocalFile());
        event->acceptProposedAction();
    } else if (mime->hasText()) {
        setCsv(mime->text().toUtf8(), tr("dropped text"));
        event->acceptProposedAction();
    }
}

} // namespace Scaleplan
