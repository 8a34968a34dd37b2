#pragma once

#include "model/designobject.h"
#include "model/sim/metricreplay.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QValueAxis;

namespace Scaleplan {

class Design;

/**
 * The GUI face of `scaleplan-cli replay`: a recorded metric timeline (the long CSV of a
 * Prometheus export, `time_s,pod,metric,value[,ready][,started_s][,request]`, see
 * MetricReplay::parseCsv) replayed through one HorizontalPodAutoscaler or KEDA ScaledObject of
 * the open design exactly as it is written there (MetricReplay::replayHpa / replayKeda).
 *
 * The CSV comes from a drop on the panel or the "Open CSV…" button; the autoscaler from the
 * combo (or setAutoscaler(), which the main window calls when an HPA or ScaledObject is
 * selected). The replay re-runs whenever the design changes, so editing the HPA's behavior in
 * Properties shows its effect on the same recording at once.
 *
 * Shown: the decision table (time, source and activity for KEDA, current replicas, ready pods,
 * each metric's raw proposal, desired, after stabilisation, after the policies, final and the
 * rule that limited it) and a chart of the current and final replicas and the raw desired count.
 *
 * Starting replicas: the spin box, or "auto" = the target Deployment's spec.replicas in the design
 * (else the pods of the first sample). Utilization targets use the CSV's `request` column, else
 * the Deployment's first container's resources.requests.cpu.
 */
class MetricReplayPanel : public QWidget
{
    Q_OBJECT
public:
    /// Table columns before the per-metric ones (KEDA adds Source and Active after Time).
    enum Column { TimeColumn = 0 };

    explicit MetricReplayPanel(Design *design, QWidget *parent = nullptr);

    /// Selects the autoscaler (an HPA or ScaledObject id; others are ignored) and replays.
    void setAutoscaler(ObjectId id);
    ObjectId autoscaler() const;

    /// Reads and replays a CSV file. False with *error (also shown in the panel) when the file
    /// cannot be read or parsed.
    bool loadCsvFile(const QString &path, QString *error = nullptr);
    /// Parses `text` (named `fileName` in messages) and replays it. False with *error.
    bool setCsv(const QByteArray &text, const QString &fileName, QString *error = nullptr);

    ReplayResult result() const { return m_result; }
    QStandardItemModel *decisionModel() const { return m_model; }
    QTableView *decisionTable() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    /// The one-line status: what was replayed, or why not.
    QString statusText() const;

Q_SIGNALS:
    void replayed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refreshAutoscalers();
    void replay();
    void fillTable();
    void fillChart();
    void openDialog();

    Design *m_design = nullptr;
    QComboBox *m_autoscalerCombo = nullptr;
    QSpinBox *m_replicasSpin = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_status = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    QLineSeries *m_current = nullptr;
    QLineSeries *m_final = nullptr;
    QLineSeries *m_desired = nullptr;
    QValueAxis *m_timeAxis = nullptr;
    QValueAxis *m_replicasAxis = nullptr;

    QString m_fileName;
    QList<MetricSample> m_samples;
    bool m_haveSamples = false;
    ReplayResult m_result;
    QString m_error;
};

} // namespace Scaleplan
