// YAML input "that bites" (issue: the design document). Expected values follow the YAML 1.2.2
// specification (yaml.org/spec/1.2.2): section 10.3.2 core schema tag resolution, 5.2 byte order
// mark, 6.1 indentation spaces (tabs are not indentation), 9.2 streams of several documents, and
// the CloudFormation User Guide's short forms of intrinsic functions.

#include "model/fieldpath.h"
#include "model/io/yamlreader.h"

#include <QtTest>
#include <cmath>

using namespace Scaleplan;

class tst_YamlReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreSchema_data();
    void coreSchema();
    void byteOrderMarkAndCrlf();
    void tabIndentationIsAnError();
    void multiDocument();
    void cloudFormationShortTags();
    void duplicateKeyNamesBothLines();
    void anchorsAndAliasesWork();
    void lineNumbersOffsetByBlockStart();
};

void tst_YamlReader::coreSchema_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("int") << QByteArray("42") << int(QMetaType::Int) << QVariant(42);
    QTest::newRow("negative int") << QByteArray("-7") << int(QMetaType::Int) << QVariant(-7);
    QTest::newRow("octal 0o14 = 12") << QByteArray("0o14") << int(QMetaType::LongLong) << QVariant(qlonglong(12));
    QTest::newRow("hex 0x1F = 31") << QByteArray("0x1F") << int(QMetaType::LongLong) << QVariant(qlonglong(31));
    QTest::newRow("012 is decimal 12 in 1.2") << QByteArray("012") << int(QMetaType::Int) << QVariant(12);
    QTest::newRow("float") << QByteArray("70.0") << int(QMetaType::Double) << QVariant(70.0);
    QTest::newRow("exponent") << QByteArray("1e3") << int(QMetaType::Double) << QVariant(1000.0);
    QTest::newRow("true") << QByteArray("true") << int(QMetaType::Bool) << QVariant(true);
    QTest::newRow("False") << QByteArray("False") << int(QMetaType::Bool) << QVariant(false);
    QTest::newRow("yes stays a string") << QByteArray("yes") << int(QMetaType::QString) << QVariant(QStringLiteral("yes"));
    QTest::newRow("on stays a string") << QByteArray("on") << int(QMetaType::QString) << QVariant(QStringLiteral("on"));
    QTest::newRow("NO stays a string") << QByteArray("NO") << int(QMetaType::QString) << QVariant(QStringLiteral("NO"));
    QTest::newRow("quoted number is a string") << QByteArray("\"100\"") << int(QMetaType::QString) << QVariant(QStringLiteral("100"));
    QTest::newRow("single-quoted true") << QByteArray("'true'") << int(QMetaType::QString) << QVariant(QStringLiteral("true"));
    QTest::newRow("duration") << QByteArray("30s") << int(QMetaType::QString) << QVariant(QStringLiteral("30s"));
    QTest::newRow("null") << QByteArray("~") << int(QMetaType::UnknownType) << QVariant();
    QTest::newRow("!!str tag") << QByteArray("!!str 5") << int(QMetaType::QString) << QVariant(QStringLiteral("5"));
    QTest::newRow("1_000 is a string in 1.2") << QByteArray("1_000") << int(QMetaType::QString) << QVariant(QStringLiteral("1_000"));
}

void tst_YamlReader::coreSchema()
{
    QFETCH(QByteArray, scalar);
    QFETCH(int, type);
    QFETCH(QVariant, value);
    const YamlReadResult r = YamlReader::read("v: " + scalar + "\n", QStringLiteral("t.yaml"));
    QVERIFY(r.ok);
    const QVariant got = r.documents.first().root.toMap().value(QStringLiteral("v"));
    QCOMPARE(got.typeId(), type);
    QCOMPARE(got, value);
}

void tst_YamlReader::byteOrderMarkAndCrlf()
{
    const YamlReadResult r = YamlReader::read("\xEF\xBB\xBFkind: Job\r\nspec:\r\n  parallelism: 10\r\n", QStringLiteral("b.yaml"));
    QVERIFY(r.ok);
    const QVariantMap root = r.documents.first().root.toMap();
    QCOMPARE(root.value(QStringLiteral("kind")).toString(), QStringLiteral("Job")); // no BOM, no \r in the key or value
    QCOMPARE(FieldPath::value(root, QStringLiteral("spec.parallelism")).toInt(), 10);
    QCOMPARE(r.documents.first().lineOf(QStringLiteral("spec.parallelism")), 3);
}

void tst_YamlReader::tabIndentationIsAnError()
{
    const YamlReadResult r = YamlReader::read("spec:\n\tparallelism: 10\n", QStringLiteral("tab.yaml"));
    QVERIFY(!r.ok);
    QCOMPARE(r.diagnostics.first().rule, QStringLiteral("import.yaml-syntax"));
    QCOMPARE(r.diagnostics.first().source.line, 2);
}

void tst_YamlReader::multiDocument()
{
    const YamlReadResult r = YamlReader::read("a: 1\n---\nb: 2\n---\n# only a comment\n---\nc: 3\n", QStringLiteral("m.yaml"));
    QVERIFY(r.ok);
    QCOMPARE(r.documents.size(), 3); // the comment-only document is empty and not counted
    QCOMPARE(r.documents.at(1).line, 3);
    QCOMPARE(r.documents.at(2).root.toMap().value(QStringLiteral("c")).toInt(), 3);
}

void tst_YamlReader::cloudFormationShortTags()
{
    const QByteArray text = "VpcId: !Ref ProductionVpc\nArn: !GetAtt Queue.Arn\nName: !Sub '${AWS::StackName}-x'\n"
                            "Zones: !Select [0, !GetAZs '']\n";
    const YamlReadResult r = YamlReader::read(text, QStringLiteral("cfn.yaml"));
    QVERIFY(r.ok);
    const QVariantMap root = r.documents.first().root.toMap();
    QCOMPARE(root.value(QStringLiteral("VpcId")).toMap(), (QVariantMap{{QStringLiteral("Ref"), QStringLiteral("ProductionVpc")}}));
    QCOMPARE(root.value(QStringLiteral("Arn")).toMap().value(QStringLiteral("Fn::GetAtt")).toList(),
             (QVariantList{QStringLiteral("Queue"), QStringLiteral("Arn")}));
    QCOMPARE(root.value(QStringLiteral("Name")).toMap().value(QStringLiteral("Fn::Sub")).toString(),
             QStringLiteral("${AWS::StackName}-x"));
    const QVariantList select = root.value(QStringLiteral("Zones")).toMap().value(QStringLiteral("Fn::Select")).toList();
    QCOMPARE(select.size(), 2);
    QCOMPARE(select.at(0).toInt(), 0);
    QVERIFY(select.at(1).toMap().contains(QStringLiteral("Fn::GetAZs")));
}

void tst_YamlReader::duplicateKeyNamesBothLines()
{
    const YamlReadResult r = YamlReader::read("spec:\n  minReplicas: 1\n  maxReplicas: 5\n  minReplicas: 3\n", QStringLiteral("d.yaml"));
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().rule, QStringLiteral("import.yaml-duplicate-key"));
    QVERIFY(r.diagnostics.first().message.contains(QStringLiteral("lines 2 and 4")));
    QCOMPARE(r.diagnostics.first().source.line, 4);
}

void tst_YamlReader::anchorsAndAliasesWork()
{
    const YamlReadResult r = YamlReader::read("base: &b {cpu: 100m}\nother: *b\n", QStringLiteral("a.yaml"));
    QVERIFY(r.ok);
    QCOMPARE(FieldPath::value(r.documents.first().root.toMap(), QStringLiteral("other.cpu")).toString(), QStringLiteral("100m"));
}

void tst_YamlReader::lineNumbersOffsetByBlockStart()
{
    // A block whose first line is line 14 of the Markdown document (as the seed's HPA).
    const YamlReadResult r = YamlReader::read("apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nspec:\n  maxReplicas: 50\n",
                                              QStringLiteral("seed.md"), 14);
    QCOMPARE(r.documents.first().line, 14);
    QCOMPARE(r.documents.first().lineOf(QStringLiteral("spec.maxReplicas")), 17);
}

QTEST_GUILESS_MAIN(tst_YamlReader)
#include "tst_yamlreader.moc"
