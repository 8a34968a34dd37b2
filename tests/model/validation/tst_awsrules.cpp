// Tests of the AWS service rules (model/validation/awsrules.cpp) through Validator::validate.
// Expected values: AWS Lambda API Reference (CreateEventSourceMapping), the AWS::DynamoDB::Table
// provider schema (shared/schemas/cloudformation/aws-dynamodb-table.json: BillingMode enum
// [PAY_PER_REQUEST, PROVISIONED], GlobalSecondaryIndex without BillingMode), ElastiCache and ELB
// user guides, Aurora user guide, and the seed document.

#include "model/validation/validator.h"

#include "seeddesign.h"

#include <QTest>

using namespace Scaleplan;
using namespace Scaleplan::TestSupport;

class TestAwsRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lambdaSqsSeed()
    {
        SeedIds ids;
        const DesignData design = seedDesign(&ids);
        const QList<Diagnostic> found = ofObject(Validator::validate(design), ids.lambda);
        QCOMPARE(found.size(), 2);
        // Sorted by rule id: parallelization-factor < starting-position.
        QCOMPARE(found.at(0).rule, QStringLiteral("aws.lambda.sqs-parallelization-factor"));
        QCOMPARE(found.at(0).field, QStringLiteral("EventSourceMappings[0].ParallelizationFactor"));
        QCOMPARE(found.at(1).rule, QStringLiteral("aws.lambda.sqs-starting-position"));
        QCOMPARE(found.at(1).field, QStringLiteral("EventSourceMappings[0].StartingPosition"));
        QCOMPARE(found.at(1).severity, Severity::Error);
        QCOMPARE(found.at(1).objectPath, QStringLiteral("us-east-1/burst-processor"));
        QCOMPARE(found.at(1).fix, (QList<FieldChange>{FieldChange{ids.lambda, QStringLiteral("EventSourceMappings[0].StartingPosition"), QVariant()}}));
        QVERIFY(found.at(1).message.contains(QLatin1String("Kinesis")));
        QVERIFY(found.at(1).message.contains(QLatin1String("CreateEventSourceMapping")));
    }

    void lambdaSource_data()
    {
        QTest::addColumn<QString>("arn");
        QTest::addColumn<bool>("sqs");
        QTest::newRow("literal sqs arn") << "arn:aws:sqs:us-east-1:123456789012:processing-queue" << true;
        QTest::newRow("gov partition sqs arn") << "arn:aws-us-gov:sqs:us-gov-west-1:123456789012:q" << true;
        QTest::newRow("reference naming SQS") << "${SQSQueue.Arn}" << true;
        QTest::newRow("reference to an SqsQueue object") << "${processing-queue.Arn}" << true;
        QTest::newRow("kinesis stream") << "arn:aws:kinesis:us-east-1:123456789012:stream/clicks" << false;
        QTest::newRow("dynamodb stream reference") << "${OrdersTable.StreamArn}" << false;
    }
    void lambdaSource()
    {
        QFETCH(QString, arn);
        QFETCH(bool, sqs);
        DesignData design;
        const ObjectId region = add(design, ObjectKind::Region, 0, QStringLiteral("us-east-1"), {});
        add(design, ObjectKind::SqsQueue, region, QStringLiteral("processing-queue"), {});
        add(design, ObjectKind::LambdaFunction, region, QStringLiteral("f"),
            {{QStringLiteral("EventSourceMappings"),
              QVariantList{QVariantMap{{QStringLiteral("EventSourceArn"), arn}, {QStringLiteral("StartingPosition"), QStringLiteral("LATEST")}}}}});
        QCOMPARE(ofRule(Validator::validate(design), QStringLiteral("aws.lambda.sqs-starting-position")).size(), sqs ? 1 : 0);
    }

    void dynamoDbSeed()
    {
        SeedIds ids;
        const DesignData design = seedDesign(&ids);
        const QList<Diagnostic> found = ofObject(Validator::validate(design), ids.dynamo);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).rule, QStringLiteral("aws.dynamodb.billing-mode"));
        QCOMPARE(found.at(0).field, QStringLiteral("BillingMode"));
        // ON_DEMAND is the console's name for PAY_PER_REQUEST.
        QCOMPARE(found.at(0).fix, (QList<FieldChange>{FieldChange{ids.dynamo, QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")}}));
        QCOMPARE(found.at(1).rule, QStringLiteral("aws.dynamodb.gsi-billing-mode"));
        QCOMPARE(found.at(1).severity, Severity::Error);
        QCOMPARE(found.at(1).field, QStringLiteral("GlobalSecondaryIndexes[0].BillingMode"));
        QCOMPARE(found.at(1).fix, (QList<FieldChange>{FieldChange{ids.dynamo, QStringLiteral("GlobalSecondaryIndexes[0].BillingMode"), QVariant()}}));
        QVERIFY(found.at(1).message.contains(QLatin1String("GSI1")));
        QCOMPARE(found.at(1).source.line, 168);
    }

    void dynamoDbValidModes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("PAY_PER_REQUEST") << "PAY_PER_REQUEST";
        QTest::newRow("PROVISIONED") << "PROVISIONED";
    }
    void dynamoDbValidModes()
    {
        QFETCH(QString, mode);
        DesignData design;
        add(design, ObjectKind::DynamoDBTable, 0, QStringLiteral("t"), {{QStringLiteral("BillingMode"), mode}});
        QCOMPARE(Validator::validate(design).size(), 0);
    }

    void elastiCache_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<bool>("warning");
        QTest::newRow("seed: NumCacheClusters + AutoScaling")
            << R"J({"Engine": "redis", "NumCacheClusters": 3, "AutoScaling": {"MinCapacity": 3, "MaxCapacity": 10}})J" << true;
        QTest::newRow("cluster mode enabled")
            << R"J({"Engine": "redis", "NumNodeGroups": 3, "ReplicasPerNodeGroup": 1, "AutoScaling": {"MinCapacity": 3, "MaxCapacity": 10}})J" << false;
        QTest::newRow("no auto scaling") << R"J({"Engine": "redis", "NumCacheClusters": 3})J" << false;
    }
    void elastiCache()
    {
        QFETCH(QString, fields);
        QFETCH(bool, warning);
        DesignData design;
        add(design, ObjectKind::ElastiCacheReplicationGroup, 0, QStringLiteral("redis"), json(fields.toUtf8().constData()));
        const QList<Diagnostic> found = ofRule(Validator::validate(design), QStringLiteral("aws.elasticache.autoscaling-mode"));
        QCOMPARE(found.size(), warning ? 1 : 0);
        if (warning) {
            QCOMPARE(found.first().severity, Severity::Warning);
            QCOMPARE(found.first().field, QStringLiteral("AutoScaling"));
            QVERIFY(found.first().message.contains(QLatin1String("cluster mode")));
        }
    }

    void albAccessLogs_data()
    {
        QTest::addColumn<QString>("attributes");
        QTest::addColumn<QString>("field"); // "" = valid
        QTest::newRow("seed: enabled, no bucket")
            << R"J([{"Key": "idle_timeout.timeout_seconds", "Value": "60"}, {"Key": "routing.http2.enabled", "Value": "true"},
                   {"Key": "access_logs.s3.enabled", "Value": "true"}])J"
            << "LoadBalancerAttributes[2].Value";
        QTest::newRow("enabled with bucket")
            << R"J([{"Key": "access_logs.s3.enabled", "Value": "true"}, {"Key": "access_logs.s3.bucket", "Value": "alb-logs"}])J" << "";
        QTest::newRow("disabled") << R"J([{"Key": "access_logs.s3.enabled", "Value": "false"}])J" << "";
        QTest::newRow("enabled, empty bucket")
            << R"J([{"Key": "access_logs.s3.bucket", "Value": ""}, {"Key": "access_logs.s3.enabled", "Value": true}])J"
            << "LoadBalancerAttributes[1].Value";
    }
    void albAccessLogs()
    {
        QFETCH(QString, attributes);
        QFETCH(QString, field);
        DesignData design;
        const QVariantMap fields = json(QByteArray("{\"LoadBalancerAttributes\": " + attributes.toUtf8() + "}").constData());
        add(design, ObjectKind::ApplicationLoadBalancer, 0, QStringLiteral("alb"), fields);
        const QList<Diagnostic> found = ofRule(Validator::validate(design), QStringLiteral("aws.alb.access-logs-bucket"));
        QCOMPARE(found.size(), field.isEmpty() ? 0 : 1);
        if (!field.isEmpty()) {
            QCOMPARE(found.first().field, field);
            QCOMPARE(found.first().severity, Severity::Error);
            QVERIFY(found.first().fix.isEmpty()); // the bucket name cannot be guessed
        }
    }

    void auroraCrossRegion_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<bool>("withGlobalDatabase");
        QTest::addColumn<bool>("warning");
        QTest::addColumn<bool>("fix");
        QTest::newRow("seed: postgresql + global database") << "aurora-postgresql" << true << true << true;
        QTest::newRow("postgresql, no global database") << "aurora-postgresql" << false << true << false;
        QTest::newRow("mysql supports cross-region replicas") << "aurora-mysql" << true << false << false;
    }
    void auroraCrossRegion()
    {
        QFETCH(QString, engine);
        QFETCH(bool, withGlobalDatabase);
        QFETCH(bool, warning);
        QFETCH(bool, fix);
        SeedIds ids;
        DesignData design = seedDesign(&ids);
        design.setField(ids.aurora, QStringLiteral("Engine"), engine);
        if (!withGlobalDatabase)
            design.removeSubtree(ids.globalDatabase);
        const QList<Diagnostic> found = ofRule(Validator::validate(design), QStringLiteral("aws.aurora.cross-region-replica"));
        QCOMPARE(found.size(), warning ? 1 : 0);
        if (!warning)
            return;
        QCOMPARE(found.first().severity, Severity::Warning);
        QCOMPARE(found.first().field, QStringLiteral("ReadReplicas.CrossRegion"));
        QVERIFY(found.first().message.contains(QLatin1String("Global Database")));
        if (fix)
            QCOMPARE(found.first().fix, (QList<FieldChange>{FieldChange{ids.aurora, QStringLiteral("ReadReplicas.CrossRegion"), false}}));
        else
            QVERIFY(found.first().fix.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAwsRules)
#include "tst_awsrules.moc"
