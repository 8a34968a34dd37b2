// Tests of ReferenceDesign (the bundled seed, fixed and completed) as the simulator sees it: the
// whole design runs in one time line (Simulator, simulator.h). Expected shares come from the
// completion step's stated assumptions (connectionbuilder.h).

#include "model/io/referencedesign.h"
#include "model/sim/simulator.h"

#include <QtTest>
#include <cmath>

using namespace Scaleplan;

class tst_ReferenceDesign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void simulatedWhole();
};

void tst_ReferenceDesign::simulatedWhole()
{
    // The reference design's peak-load: every Deployment of the design is simulated, and the load
    // follows the design's `calls` edges in the same step (RequestShare from the completion step:
    // user-service 0.5, processing-queue 0.05, dynamodb-table 0.2 of web-app's served requests).
    const DesignData d = ReferenceDesign::load();
    const ObjectId scenarioId = d.findByName(ObjectKind::LoadScenario, QStringLiteral("peak-load"));
    const ScenarioResult r = Simulator::runScenario(d, scenarioId);
    QVERIFY2(!r.series.timeSeconds.isEmpty(), qPrintable(r.notes.join(QLatin1Char('\n'))));
    QStringList names;
    for (const ObjectResult &o : r.objects)
        names.append(o.name);
    for (const char *name : {"web-app", "user-service", "queue-processor", "jenkins-controller", "jenkins-agent-pool",
                             "processing-queue", "burst-processor", "redis-cluster-primary", "aurora-cluster-primary",
                             "dynamodb-table"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QCOMPARE(r.objects.first().name, QStringLiteral("web-app"));
    const ObjectResult *user = r.objectResult(d.findByName(ObjectKind::Deployment, QStringLiteral("user-service")));
    const ObjectResult *queue = r.objectResult(d.findByName(ObjectKind::SqsQueue, QStringLiteral("processing-queue")));
    const ObjectResult *table = r.objectResult(d.findByName(ObjectKind::DynamoDBTable, QStringLiteral("dynamodb-table")));
    QVERIFY(user && queue && table);
    QCOMPARE(user->sampleStride, 1);
    for (int i : {60, 600, 1200}) {
        QVERIFY(qFuzzyCompare(user->series.offeredRps[i], 0.5 * r.series.servedRps[i]));
        QVERIFY(qFuzzyCompare(queue->series.offeredRps[i], 0.05 * r.series.servedRps[i]));
        QVERIFY(qFuzzyCompare(table->series.offeredRps[i], 0.2 * r.series.servedRps[i]));
    }
    // The KEDA workloads keep their minimum: queue-processor (min 1) and the Jenkins agents (min 2,
    // Prometheus triggers not modelled).
    QCOMPARE(r.objectResult(d.findByName(ObjectKind::Deployment, QStringLiteral("jenkins-agent-pool")))->peakReplicas, 2.0);
    // The NodePool's price is shared out by the pods' CPU requests: the shares add up to it.
    double shares = 0;
    for (const ObjectResult &o : r.objects) {
        if (o.kind == ObjectKind::Deployment)
            shares += o.costUsd;
    }
    QVERIFY(std::abs(shares - r.costBreakdownUsd.value(QStringLiteral("nodes"))) < 1e-9);
    double total = 0;
    for (double v : r.costBreakdownUsd)
        total += v;
    QVERIFY(std::abs(total - r.totalCostUsd) < 1e-9);
}

QTEST_GUILESS_MAIN(tst_ReferenceDesign)
#include "tst_referencedesign.moc"
