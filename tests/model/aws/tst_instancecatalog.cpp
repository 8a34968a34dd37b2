// InstanceCatalog against the AWS facts kept in shared/data/aws (see its SOURCES.md): the
// hand-typed catalogue must agree with instance-types.csv (vCPU, memory, ENIs, IPv4 per ENI,
// architecture), on-demand-prices-us-east-1.csv (EC2 rows) and the VPC CNI's eni-max-pods.txt.
// Those files are the oracle only; the catalogue was not generated from them.

#include "model/aws/instancecatalog.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace Scaleplan;

namespace {

QString sharedFile(const QString &name)
{
    return QStringLiteral(SCALEPLAN_SHARED_DIR "/data/aws/") + name;
}

/// Splits one CSV line (RFC 4180 quoting, no embedded newlines).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

/// Rows of a CSV file as header -> value maps; empty when the file is absent.
QList<QHash<QString, QString>> readCsv(const QString &path)
{
    QList<QHash<QString, QString>> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList header = csvFields(QString::fromUtf8(file.readLine()).trimmed());
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList values = csvFields(line);
        QHash<QString, QString> row;
        for (int i = 0; i < header.size() && i < values.size(); ++i)
            row.insert(header.at(i), values.at(i));
        rows << row;
    }
    return rows;
}

} // namespace

class TestInstanceCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueBasics()
    {
        QVERIFY(!InstanceCatalog::all().isEmpty());
        QCOMPARE(InstanceCatalog::catalogueDate(), QStringLiteral("2026-08"));
        QVERIFY(InstanceCatalog::find(u"m5.large"));
        QCOMPARE(InstanceCatalog::find(u"m5.large")->name, QStringLiteral("m5.large"));
        QVERIFY(!InstanceCatalog::find(u"t3.4xlarge")); // the T3 family stops at 2xlarge
        QVERIFY(!InstanceCatalog::find(u"M5.LARGE"));
        QVERIFY(!InstanceCatalog::find(u""));
        QStringList names;
        for (const InstanceType &t : InstanceCatalog::all())
            names << t.name;
        names.removeDuplicates();
        QCOMPARE(names.size(), InstanceCatalog::all().size());
    }

    void againstInstanceTypesCsv()
    {
        const auto rows = readCsv(sharedFile(QStringLiteral("instance-types.csv")));
        if (rows.isEmpty())
            QSKIP("shared/data/aws/instance-types.csv not available");
        QCOMPARE(rows.size(), 52); // SOURCES.md: 52 rows
        for (const auto &row : rows) {
            const QString name = row.value(QStringLiteral("instance_type"));
            const InstanceType *type = InstanceCatalog::find(name);
            QVERIFY2(type, qPrintable(QStringLiteral("%1 missing from the catalogue").arg(name)));
            QCOMPARE(type->vcpu, row.value(QStringLiteral("vcpu")).toInt());
            QCOMPARE(type->memoryGiB, row.value(QStringLiteral("memory_gib")).toDouble());
            QCOMPARE(type->maxEnis, row.value(QStringLiteral("max_enis")).toInt());
            QCOMPARE(type->ipv4PerEni, row.value(QStringLiteral("ipv4_per_eni")).toInt());
            QCOMPARE(type->architecture, row.value(QStringLiteral("architecture")));
        }
    }

    void againstOnDemandPrices()
    {
        const auto rows = readCsv(sharedFile(QStringLiteral("on-demand-prices-us-east-1.csv")));
        if (rows.isEmpty())
            QSKIP("shared/data/aws/on-demand-prices-us-east-1.csv not available");
        int compared = 0;
        for (const auto &row : rows) {
            if (row.value(QStringLiteral("service")) != QLatin1String("ec2") || row.value(QStringLiteral("usd_per_hour")).isEmpty())
                continue;
            const QString name = row.value(QStringLiteral("instance_type"));
            const InstanceType *type = InstanceCatalog::find(name);
            QVERIFY2(type, qPrintable(name));
            const double expected = row.value(QStringLiteral("usd_per_hour")).toDouble();
            QVERIFY2(qAbs(type->onDemandUsdPerHour - expected) < 5e-7,
                     qPrintable(QStringLiteral("%1: catalogue %2, price list %3").arg(name).arg(type->onDemandUsdPerHour).arg(expected)));
            ++compared;
        }
        QCOMPARE(compared, 52); // SOURCES.md: 52 EC2 rows priced
    }

    void againstEniMaxPods()
    {
        QFile file(sharedFile(QStringLiteral("eni-max-pods.txt")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            QSKIP("shared/data/aws/eni-max-pods.txt not available");
        QHash<QString, int> maxPods;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() == 2)
                maxPods.insert(parts.at(0), parts.at(1).toInt());
        }
        QCOMPARE(maxPods.size(), 1391); // SOURCES.md: 1391 instance rows
        for (const InstanceType &type : InstanceCatalog::all()) {
            QVERIFY2(maxPods.contains(type.name), qPrintable(type.name));
            QCOMPARE(InstanceCatalog::maxPods(type, false), maxPods.value(type.name));
        }
    }

    void prefixDelegationMaxPods_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("expected");
        // Hand calculation, ENIs x ((IPs - 1) x 16) + 2, capped (EKS User Guide, cni-increase-ip-addresses):
        // m5.large: 3 x (9 x 16) + 2 = 434 -> cap 110 (2 vCPU < 30)
        QTest::newRow("m5.large") << "m5.large" << 110;
        // t3.small: 3 x (3 x 16) + 2 = 146 -> 110
        QTest::newRow("t3.small") << "t3.small" << 110;
        // m5.4xlarge: 8 x (29 x 16) + 2 = 3714 -> 110 (16 vCPU)
        QTest::newRow("m5.4xlarge") << "m5.4xlarge" << 110;
    }
    void prefixDelegationMaxPods()
    {
        QFETCH(QString, name);
        QFETCH(int, expected);
        const InstanceType *type = InstanceCatalog::find(name);
        QVERIFY(type);
        QCOMPARE(InstanceCatalog::maxPods(*type, true), expected);
    }

    void prefixDelegationCapAt30Vcpu()
    {
        // Synthetic types around the cap boundary (the guide: fewer than 30 vCPUs -> 110, else 250).
        InstanceType small{QStringLiteral("x.small"), 29, 64, 8, 30, 1.0, QStringLiteral("amd64")};
        InstanceType big{QStringLiteral("x.big"), 30, 64, 8, 30, 1.0, QStringLiteral("amd64")};
        QCOMPARE(InstanceCatalog::maxPods(small, true), 110);
        QCOMPARE(InstanceCatalog::maxPods(big, true), 250);
        // Tiny type below the cap: 1 ENI x ((2 - 1) x 16) + 2 = 18.
        InstanceType tiny{QStringLiteral("x.tiny"), 1, 1, 1, 2, 0.01, QStringLiteral("amd64")};
        QCOMPARE(InstanceCatalog::maxPods(tiny, true), 18);
        // Without prefix delegation: 1 x (2 - 1) + 2 = 3.
        QCOMPARE(InstanceCatalog::maxPods(tiny, false), 3);
    }

    void againstDerivationCheck()
    {
        const auto rows = readCsv(sharedFile(QStringLiteral("max-pods-derivation-check.csv")));
        if (rows.isEmpty())
            QSKIP("shared/data/aws/max-pods-derivation-check.csv not available");
        for (const auto &row : rows) {
            const InstanceType *type = InstanceCatalog::find(row.value(QStringLiteral("instance_type")));
            QVERIFY(type);
            QCOMPARE(InstanceCatalog::maxPods(*type, true), row.value(QStringLiteral("prefix_delegation_recommended")).toInt());
        }
    }
};

QTEST_GUILESS_MAIN(TestInstanceCatalog)
#include "tst_instancecatalog.moc"
