// Benchmark of the design file formats: prints figures, not a pass/fail test.
// A generated design with 10,000 objects (fixed seed; fields shaped like the seed document's
// manifests and AWS blocks) is saved and opened as a .scaleplan project (ProjectFile) and written
// and parsed as design YAML (DesignYaml). Each step runs 5 times; the median is printed, and the
// ratio of opening the project to parsing the YAML form (issue targets: save <= 200 ms,
// open <= 200 ms, design-as-code export <= 300 ms).
// The peak memory of opening alone is measured in a child process (this binary with
// `--load-only FILE`), which prints its peak RSS (VmHWM, else getrusage ru_maxrss) before and after
// the load (issue target: <= 150 MB for the CLI opening the design).

#include "model/io/designyaml.h"
#include "model/io/projectfile.h"
#include "model/io/recoverystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <vector>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace Scaleplan;

namespace {

/// Peak resident set size in KiB. getrusage(2)'s ru_maxrss survives execve (a child started by a
/// big parent reports the parent's size), so prefer VmHWM of /proc/self/status (proc(5)), the
/// high-water mark of this process image; fall back to ru_maxrss elsewhere.
long maxRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // Linux: kibibytes
}

DesignObject makeObject(ObjectKind kind, const QString &name, ObjectId parent, const QVariantMap &fields)
{
    DesignObject o;
    o.kind = kind;
    o.name = name;
    o.parentId = parent;
    o.fields = fields;
    o.source = SourceLocation{QStringLiteral("scalability-design.md"), int(parent % 700) + 1, 1};
    return o;
}

QVariantMap manifest(const QString &kind, const QString &apiVersion, const QString &name, const QVariantMap &spec)
{
    return QVariantMap{{QStringLiteral("apiVersion"), apiVersion},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("metadata"),
                        QVariantMap{{QStringLiteral("name"), name},
                                    {QStringLiteral("namespace"), QStringLiteral("production")},
                                    {QStringLiteral("labels"), QVariantMap{{QStringLiteral("app"), name},
                                                                           {QStringLiteral("tier"), QStringLiteral("backend")}}}}},
                       {QStringLiteral("spec"), spec}};
}

QVariantMap hpaSpec(const QString &target, int minReplicas, int maxReplicas, int cpu)
{
    return QVariantMap{
        {QStringLiteral("scaleTargetRef"), QVariantMap{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                                       {QStringLiteral("kind"), QStringLiteral("Deployment")},
                                                       {QStringLiteral("name"), target}}},
        {QStringLiteral("minReplicas"), minReplicas},
        {QStringLiteral("maxReplicas"), maxReplicas},
        {QStringLiteral("metrics"),
         QVariantList{QVariantMap{{QStringLiteral("type"), QStringLiteral("Resource")},
                                  {QStringLiteral("resource"),
                                   QVariantMap{{QStringLiteral("name"), QStringLiteral("cpu")},
                                               {QStringLiteral("target"), QVariantMap{{QStringLiteral("type"), QStringLiteral("Utilization")},
                                                                                      {QStringLiteral("averageUtilization"), cpu}}}}}},
                      QVariantMap{{QStringLiteral("type"), QStringLiteral("Pods")},
                                  {QStringLiteral("pods"),
                                   QVariantMap{{QStringLiteral("metric"), QVariantMap{{QStringLiteral("name"), QStringLiteral("http_requests_per_second")}}},
                                               {QStringLiteral("target"), QVariantMap{{QStringLiteral("type"), QStringLiteral("AverageValue")},
                                                                                      {QStringLiteral("averageValue"), QStringLiteral("1000")}}}}}}}},
        {QStringLiteral("behavior"),
         QVariantMap{{QStringLiteral("scaleUp"),
                      QVariantMap{{QStringLiteral("stabilizationWindowSeconds"), 60},
                                  {QStringLiteral("selectPolicy"), QStringLiteral("Max")},
                                  {QStringLiteral("policies"),
                                   QVariantList{QVariantMap{{QStringLiteral("type"), QStringLiteral("Percent")},
                                                            {QStringLiteral("value"), 100},
                                                            {QStringLiteral("periodSeconds"), 15}}}}}},
                     {QStringLiteral("scaleDown"),
                      QVariantMap{{QStringLiteral("stabilizationWindowSeconds"), 300},
                                  {QStringLiteral("policies"),
                                   QVariantList{QVariantMap{{QStringLiteral("type"), QStringLiteral("Percent")},
                                                            {QStringLiteral("value"), 10},
                                                            {QStringLiteral("periodSeconds"), 60}}}}}}}},
    };
}

QVariantMap deploymentSpec(const QString &name, int replicas, int cpuMillicores)
{
    return QVariantMap{
        {QStringLiteral("replicas"), replicas},
        {QStringLiteral("selector"), QVariantMap{{QStringLiteral("matchLabels"), QVariantMap{{QStringLiteral("app"), name}}}}},
        {QStringLiteral("template"),
         QVariantMap{{QStringLiteral("metadata"), QVariantMap{{QStringLiteral("labels"), QVariantMap{{QStringLiteral("app"), name}}}}},
                     {QStringLiteral("spec"),
                      QVariantMap{{QStringLiteral("containers"),
                                   QVariantList{QVariantMap{
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("image"), QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com/%1:1.4.2").arg(name)},
                                       {QStringLiteral("resources"),
                                        QVariantMap{{QStringLiteral("requests"), QVariantMap{{QStringLiteral("cpu"), QStringLiteral("%1m").arg(cpuMillicores)},
                                                                                             {QStringLiteral("memory"), QStringLiteral("512Mi")}}},
                                                    {QStringLiteral("limits"), QVariantMap{{QStringLiteral("cpu"), QStringLiteral("%1m").arg(cpuMillicores * 2)},
                                                                                           {QStringLiteral("memory"), QStringLiteral("1Gi")}}}}},
                                       {QStringLiteral("env"), QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("LOG_LEVEL")},
                                                                                        {QStringLiteral("value"), QStringLiteral("info")}}}},
                                   }}}}}}},
    };
}

/// 10,000 objects: 4 regions, each a VPC with 3 zones of 3 subnets, an EKS cluster holding
/// Deployment + HPA + ScaledObject triples and NodePools, plus Aurora/ElastiCache/DynamoDB/SQS/
/// Lambda objects, until the count is reached.
DesignData generateDesign(int count)
{
    std::mt19937 rng(20261201u);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    DesignData d;
    d.name = QStringLiteral("Generated design (%1 objects)").arg(count);
    d.sourceFile = QStringLiteral("scalability-design.md");
    const QStringList regions{QStringLiteral("us-east-1"), QStringLiteral("us-west-2"), QStringLiteral("eu-west-1"),
                              QStringLiteral("ap-southeast-1")};
    QList<ObjectId> clusters, vpcs, regionIds;
    for (int r = 0; r < regions.size(); ++r) {
        const QString region = regions.at(r);
        const ObjectId rid = d.insert(makeObject(ObjectKind::Region, region, 0,
                                                 {{QStringLiteral("RegionName"), region},
                                                  {QStringLiteral("Role"), r == 0 ? QStringLiteral("primary") : QStringLiteral("secondary")}}));
        regionIds << rid;
        const ObjectId vpc = d.insert(makeObject(ObjectKind::Vpc, QStringLiteral("production-vpc"), rid,
                                                 {{QStringLiteral("CidrBlock"), QStringLiteral("10.%1.0.0/16").arg(r)},
                                                  {QStringLiteral("EnableDnsHostnames"), true},
                                                  {QStringLiteral("EnableDnsSupport"), true},
                                                  {QStringLiteral("AvailabilityZoneCount"), 3}}));
        vpcs << vpc;
        for (int z = 0; z < 3; ++z) {
            const QString zone = region + QChar(u'a' + z);
            const ObjectId az = d.insert(makeObject(ObjectKind::AvailabilityZone, zone, vpc, {{QStringLiteral("AvailabilityZone"), zone}}));
            const QStringList tiers{QStringLiteral("public"), QStringLiteral("private"), QStringLiteral("database")};
            for (int t = 0; t < 3; ++t) {
                d.insert(makeObject(ObjectKind::Subnet, tiers.at(t) + QLatin1Char('-') + QChar(u'a' + z), az,
                                    {{QStringLiteral("CidrBlock"), QStringLiteral("10.%1.%2.0/20").arg(r).arg((z * 3 + t) * 16)},
                                     {QStringLiteral("Tier"), tiers.at(t)}}));
            }
        }
        clusters << d.insert(makeObject(ObjectKind::EksCluster, QStringLiteral("production-eks-%1").arg(region), vpc,
                                        {{QStringLiteral("Version"), QStringLiteral("1.29")},
                                         {QStringLiteral("KubernetesNetworkConfig"),
                                          QVariantMap{{QStringLiteral("IpFamily"), QStringLiteral("ipv4")},
                                                      {QStringLiteral("ServiceIpv4Cidr"), QStringLiteral("172.20.0.0/16")}}}}));
    }
    int n = 0;
    while (d.size() < count) {
        const int r = n % int(clusters.size());
        const ObjectId cluster = clusters.at(r);
        const QString app = QStringLiteral("service-%1").arg(n);
        switch (n % 10) {
        case 0:
            d.insert(makeObject(ObjectKind::AuroraCluster, QStringLiteral("aurora-%1").arg(n), vpcs.at(r),
                                {{QStringLiteral("Engine"), QStringLiteral("aurora-postgresql")},
                                 {QStringLiteral("AutoScaling"), QVariantMap{{QStringLiteral("MinCapacity"), 2},
                                                                             {QStringLiteral("MaxCapacity"), uniform(4, 16)},
                                                                             {QStringLiteral("TargetCPU"), 70.0},
                                                                             {QStringLiteral("ScaleInCooldown"), 300},
                                                                             {QStringLiteral("ScaleOutCooldown"), 60}}}}));
            break;
        case 1:
            d.insert(makeObject(ObjectKind::SqsQueue, QStringLiteral("queue-%1").arg(n), regionIds.at(r),
                                {{QStringLiteral("QueueName"), QStringLiteral("queue-%1").arg(n)},
                                 {QStringLiteral("QueueUrl"), QStringLiteral("https://sqs.%1.amazonaws.com/123456789012/queue-%2").arg(regions.at(r)).arg(n)}}));
            break;
        case 2:
            d.insert(makeObject(ObjectKind::NodePool, QStringLiteral("pool-%1").arg(n), cluster,
                                manifest(QStringLiteral("NodePool"), QStringLiteral("karpenter.sh/v1"), QStringLiteral("pool-%1").arg(n),
                                         {{QStringLiteral("limits"), QVariantMap{{QStringLiteral("cpu"), 1000}, {QStringLiteral("memory"), QStringLiteral("1000Gi")}}},
                                          {QStringLiteral("disruption"), QVariantMap{{QStringLiteral("consolidationPolicy"), QStringLiteral("WhenEmptyOrUnderutilized")},
                                                                                     {QStringLiteral("consolidateAfter"), QStringLiteral("30s")}}}})));
            break;
        default: {
            // A Deployment with its HPA, and every third one a KEDA ScaledObject as well.
            d.insert(makeObject(ObjectKind::Deployment, app, cluster,
                                manifest(QStringLiteral("Deployment"), QStringLiteral("apps/v1"), app,
                                         deploymentSpec(app, uniform(2, 10), 250 * uniform(1, 8)))));
            d.insert(makeObject(ObjectKind::HorizontalPodAutoscaler, app + QStringLiteral("-hpa"), cluster,
                                manifest(QStringLiteral("HorizontalPodAutoscaler"), QStringLiteral("autoscaling/v2"),
                                         app + QStringLiteral("-hpa"), hpaSpec(app, uniform(2, 5), uniform(10, 100), uniform(50, 80)))));
            if (n % 3 == 0) {
                d.insert(makeObject(ObjectKind::ScaledObject, app + QStringLiteral("-scaler"), cluster,
                                    manifest(QStringLiteral("ScaledObject"), QStringLiteral("keda.sh/v1alpha1"), app + QStringLiteral("-scaler"),
                                             {{QStringLiteral("minReplicaCount"), 1},
                                              {QStringLiteral("maxReplicaCount"), 100},
                                              {QStringLiteral("cooldownPeriod"), 300},
                                              {QStringLiteral("triggers"),
                                               QVariantList{QVariantMap{{QStringLiteral("type"), QStringLiteral("aws-sqs-queue")},
                                                                        {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("queueLength"), QStringLiteral("10")},
                                                                                                                 {QStringLiteral("awsRegion"), regions.at(r)}}}}}}})));
            }
        }
        }
        ++n;
    }
    while (d.size() > count) // the last step may add one object too many
        d.removeSubtree(d.preorder().last());
    return d;
}

/// Median of `runs` timings of `step`, in milliseconds.
double medianMs(int runs, const std::function<void()> &step)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--load-only")) {
        const long before = maxRssKiB();
        QString error;
        const auto design = ProjectFile::load(args.at(2), &error);
        const long after = maxRssKiB();
        std::printf("%ld %ld %d\n", before, after, design ? int(design->size()) : -1);
        return design ? 0 : 1;
    }

    const int count = 10000;
    const DesignData design = generateDesign(count);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.scaleplan"));
    QString error;
    const int runs = 5;

    const double saveMs = medianMs(runs, [&] {
        if (!ProjectFile::save(design, path, &error))
            std::printf("save failed: %s\n", qPrintable(error));
    });
    if (const QString keep = qEnvironmentVariable("SCALEPLAN_BENCH_PROJECT"); !keep.isEmpty()) // for profiling
        QFile::copy(path, keep);
    // Results are kept until after the timing so that freeing the previous run's design is not
    // counted as part of the next load.
    std::vector<std::optional<DesignData>> loads;
    loads.reserve(runs);
    const double loadMs = medianMs(runs, [&] { loads.push_back(ProjectFile::load(path, &error)); });
    std::optional<DesignData> loaded = loads.back();
    loads.clear();
    QByteArray yaml;
    const double writeMs = medianMs(runs, [&] { yaml = DesignYaml::write(design); });
    if (const QString keep = qEnvironmentVariable("SCALEPLAN_BENCH_YAML"); !keep.isEmpty()) { // for profiling
        QFile out(keep);
        if (out.open(QIODevice::WriteOnly))
            out.write(yaml);
    }
    std::vector<DesignYamlReadResult> reads;
    reads.reserve(runs);
    // SCALEPLAN_BENCH_SKIP_READ=1 leaves the (slow) YAML parse out, for profiling the rest.
    const bool skipRead = qEnvironmentVariableIntValue("SCALEPLAN_BENCH_SKIP_READ") != 0;
    const double readMs = skipRead ? 0.0 : medianMs(runs, [&] { reads.push_back(DesignYaml::read(yaml, QStringLiteral("bench.yaml"))); });
    if (skipRead)
        reads.push_back(DesignYamlReadResult{});
    DesignYamlReadResult parsed = reads.back();
    reads.clear();

    // Autosave of one changed object: the incremental recovery file (RecoveryStore::writeChanges).
    double autosaveMs = 0;
    {
        RecoveryStore store(dir.filePath(QStringLiteral("bench.recovery")));
        DesignData edited = design;
        if (!store.writeAll(edited, &error))
            std::printf("recovery writeAll failed: %s\n", qPrintable(error));
        const QList<ObjectId> ids = edited.preorder();
        int round = 0;
        autosaveMs = medianMs(21, [&] {
            const ObjectId id = ids.at((round * 7919) % ids.size());
            edited.setName(id, QStringLiteral("renamed-%1").arg(++round));
            if (!store.writeChanges(edited, {id}, &error))
                std::printf("recovery writeChanges failed: %s\n", qPrintable(error));
        });
    }
    std::printf("design: %d objects; project file %lld bytes; design YAML %lld bytes\n", design.size(),
                qint64(QFileInfo(path).size()), qint64(yaml.size()));
    std::printf("ProjectFile::save   %8.1f ms (median of %d)\n", saveMs, runs);
    std::printf("ProjectFile::load   %8.1f ms\n", loadMs);
    std::printf("autosave, 1 changed object (RecoveryStore::writeChanges) %6.2f ms (median of 21)\n", autosaveMs);
    std::printf("DesignYaml::write   %8.1f ms\n", writeMs);
    std::printf("DesignYaml::read    %8.1f ms\n", readMs);
    std::printf("open (.scaleplan) vs parse (design YAML): %.2fx (%.1f ms vs %.1f ms)\n", readMs > 0 ? loadMs / readMs : 0.0,
                loadMs, readMs);
    const bool loadOk = loaded && *loaded == design;
    const bool yamlOk = parsed.ok && parsed.design == design;
    std::printf("round trips equal: project %s, YAML %s\n", loadOk ? "yes" : "NO", yamlOk ? "yes" : "NO");

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--load-only"), path});
    if (child.waitForFinished(60000) && child.exitCode() == 0) {
        const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
        if (parts.size() == 3) {
            std::printf("peak RSS of a process opening the project: %.1f MB (%.1f MB before the load; %s objects)\n",
                        parts.at(1).toDouble() / 1024.0, parts.at(0).toDouble() / 1024.0, parts.at(2).constData());
        }
    } else {
        std::printf("peak RSS measurement failed: %s\n", qPrintable(child.errorString()));
    }
    return (loadOk && yamlOk) ? 0 : 1;
}
