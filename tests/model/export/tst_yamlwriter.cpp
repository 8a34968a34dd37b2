#include "model/export/yamlwriter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Scaleplan;

/**
 * Expected texts are written by hand from the YAML rules they exercise: YAML 1.1 type repository
 * (bool, int, float, null, timestamp, merge, value), YAML 1.2.2 §7.3.3 (plain scalar restrictions),
 * §8.1.1 (block scalar headers), §10.3.2 (core schema). roundTripThroughPyYaml() checks the
 * other direction with an independent parser (PyYAML, a YAML 1.1 parser) when present.
 */
class TestYamlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalar_data();
    void scalar();
    void formatDouble_data();
    void formatDouble();
    void nestedMapsAndLists();
    void listOfMaps();
    void emptyContainersAndNull();
    void nestedListInList();
    void kubernetesKeyOrder();
    void cloudFormationKeyOrder();
    void literalBlocks_data();
    void literalBlocks();
    void literalBlockInsideListOfMaps();
    void multiLineThatCannotBeLiteral();
    void quotedKeys();
    void typedScalars();
    void documents();
    void roundTripThroughPyYaml();
};

void TestYamlWriter::scalar_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // Plain: read back as the same string by YAML 1.1 and 1.2 parsers.
    QTest::newRow("word") << "web-app" << "web-app";
    QTest::newRow("quantity 100m") << "100m" << "100m";
    QTest::newRow("quantity 4Gi") << "4Gi" << "4Gi";
    QTest::newRow("cidr") << "10.0.0.0/16" << "10.0.0.0/16";
    QTest::newRow("instance type") << "m5.large" << "m5.large";
    QTest::newRow("duration") << "30s" << "30s";
    QTest::newRow("url colon not followed by space") << "http://prometheus:9090" << "http://prometheus:9090";
    QTest::newRow("hash without space before") << "a#b" << "a#b";
    QTest::newRow("promql") << "sum(rate(queue_processing_lag_total[2m]))" << "sum(rate(queue_processing_lag_total[2m]))";
    QTest::newRow("braces inside") << "Pod {{ $labels.pod }} is slow" << "Pod {{ $labels.pod }} is slow";
    QTest::newRow("version") << "v1.15.0" << "v1.15.0";
    QTest::newRow("inner space") << "hello world" << "hello world";
    QTest::newRow("non-ascii") << QString::fromUtf8("caf\u00e9 \u2014 ok") << QString::fromUtf8("caf\u00e9 \u2014 ok");
    QTest::newRow("plus alone") << "+" << "+";
    QTest::newRow("hex-like word starting with a letter") << "deadbeef" << "deadbeef";

    // YAML 1.1 booleans (yaml.org/type/bool.html) and 1.2 core booleans, any case.
    QTest::newRow("true") << "true" << "\"true\"";
    QTest::newRow("True") << "True" << "\"True\"";
    QTest::newRow("FALSE") << "FALSE" << "\"FALSE\"";
    QTest::newRow("yes") << "yes" << "\"yes\"";
    QTest::newRow("No") << "No" << "\"No\"";
    QTest::newRow("on") << "on" << "\"on\"";
    QTest::newRow("OFF") << "OFF" << "\"OFF\"";
    QTest::newRow("y") << "y" << "\"y\"";
    QTest::newRow("N") << "N" << "\"N\"";
    QTest::newRow("mixed case yEs") << "yEs" << "\"yEs\"";
    // Nulls.
    QTest::newRow("null") << "null" << "\"null\"";
    QTest::newRow("NULL") << "NULL" << "\"NULL\"";
    QTest::newRow("tilde") << "~" << "\"~\"";
    QTest::newRow("empty") << "" << "\"\"";
    // Numbers: 1.2 int/octal/hex/float, 1.1 octal 012, underscores, sexagesimal, specials.
    QTest::newRow("int") << "100" << "\"100\"";
    QTest::newRow("signed int") << "-5" << "\"-5\"";
    QTest::newRow("plus int") << "+12" << "\"+12\"";
    QTest::newRow("yaml 1.1 octal") << "012" << "\"012\"";
    QTest::newRow("yaml 1.2 octal") << "0o14" << "\"0o14\"";
    QTest::newRow("hex") << "0x1F" << "\"0x1F\"";
    QTest::newRow("binary 1.1") << "0b101" << "\"0b101\"";
    QTest::newRow("float") << "3.14" << "\"3.14\"";
    QTest::newRow("exponent") << "1e3" << "\"1e3\"";
    QTest::newRow("leading dot") << ".5" << "\".5\"";
    QTest::newRow("underscore") << "1_000" << "\"1_000\"";
    QTest::newRow("sexagesimal") << "1:30" << "\"1:30\"";
    QTest::newRow("timestamp") << "2024-01-31" << "\"2024-01-31\"";
    QTest::newRow(".inf") << ".inf" << "\".inf\"";
    QTest::newRow("-.Inf") << "-.Inf" << "\"-.Inf\"";
    QTest::newRow(".NaN") << ".NaN" << "\".NaN\"";
    QTest::newRow("dot alone") << "." << "\".\"";
    // YAML 1.1 merge and value keys.
    QTest::newRow("merge") << "<<" << "\"<<\"";
    QTest::newRow("value") << "=" << "\"=\"";
    // Indicators and comments.
    QTest::newRow("colon space") << "key: value" << "\"key: value\"";
    QTest::newRow("space hash") << "a #comment" << "\"a #comment\"";
    QTest::newRow("ends with colon") << "ends:" << "\"ends:\"";
    QTest::newRow("leading space") << " lead" << "\" lead\"";
    QTest::newRow("trailing space") << "trail " << "\"trail \"";
    QTest::newRow("dash") << "-dash" << "\"-dash\"";
    QTest::newRow("document marker") << "---" << "\"---\"";
    QTest::newRow("question") << "?q" << "\"?q\"";
    QTest::newRow("colon first") << ":c" << "\":c\"";
    QTest::newRow("comma") << ",c" << "\",c\"";
    QTest::newRow("bracket") << "[a]" << "\"[a]\"";
    QTest::newRow("close bracket") << "]a" << "\"]a\"";
    QTest::newRow("brace") << "{a}" << "\"{a}\"";
    QTest::newRow("close brace") << "}a" << "\"}a\"";
    QTest::newRow("hash first") << "#c" << "\"#c\"";
    QTest::newRow("anchor") << "&a" << "\"&a\"";
    QTest::newRow("alias") << "*a" << "\"*a\"";
    QTest::newRow("tag") << "!Ref X" << "\"!Ref X\"";
    QTest::newRow("literal indicator") << "|p" << "\"|p\"";
    QTest::newRow("folded indicator") << ">f" << "\">f\"";
    QTest::newRow("single quote first") << "'s" << "\"'s\"";
    QTest::newRow("double quote first") << "\"d" << "\"\\\"d\"";
    QTest::newRow("percent") << "%p" << "\"%p\"";
    QTest::newRow("at") << "@every 1h" << "\"@every 1h\"";
    QTest::newRow("backtick") << "`b" << "\"`b\"";
    QTest::newRow("backslash escaped when quoted") << "\\d: x" << "\"\\\\d: x\"";
    // Tabs and control characters (YAML 1.2.2 §5.7 escapes).
    QTest::newRow("tab") << "tab\there" << "\"tab\\there\"";
    QTest::newRow("bell") << QStringLiteral("bell\x07") << "\"bell\\x07\"";
    QTest::newRow("escape char") << QStringLiteral("esc\x1b[0m") << "\"esc\\x1B[0m\"";
    QTest::newRow("carriage return") << "a\rb" << "\"a\\rb\"";
    QTest::newRow("nul") << QString(QChar(0)) << "\"\\0\"";
    QTest::newRow("next line U+0085") << QString(QChar(0x85)) << "\"\\x85\"";
    QTest::newRow("line separator U+2028") << QString(QChar(0x2028)) << "\"\\u2028\"";
    QTest::newRow("bom") << QString(QChar(0xFEFF)) + "x" << "\"\\uFEFFx\"";
}

void TestYamlWriter::scalar()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(YamlWriter::scalar(text), expected);
    // As a map value the same rules apply.
    QCOMPARE(YamlWriter::toYaml(QVariantMap{{QStringLiteral("k"), text}}), QString("k: " + expected + "\n"));
}

void TestYamlWriter::formatDouble_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    // Shortest round-trip digits as Python's repr() prints them, with '.' kept so YAML 1.1 reads
    // a float; an exponent gets a sign and a '.' in the mantissa (PyYAML's float regex).
    QTest::newRow("70.0 stays float") << 70.0 << "70.0";
    QTest::newRow("zero") << 0.0 << "0.0";
    QTest::newRow("half") << 0.5 << "0.5";
    QTest::newRow("0.1 shortest") << 0.1 << "0.1";
    QTest::newRow("negative") << -2.25 << "-2.25";
    QTest::newRow("third") << 1.0 / 3.0 << "0.3333333333333333";
    QTest::newRow("1e20") << 1e20 << "1.0e+20";
    QTest::newRow("2.5e-10") << 2.5e-10 << "2.5e-10";
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << ".inf";
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << "-.inf";
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << ".nan";
}

void TestYamlWriter::formatDouble()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(YamlWriter::formatDouble(value), expected);
    QCOMPARE(YamlWriter::toYaml(QVariantMap{{QStringLiteral("v"), value}}), QString("v: " + expected + "\n"));
    if (std::isfinite(value))
        QCOMPARE(expected.toDouble(), value); // round trip
}

void TestYamlWriter::nestedMapsAndLists()
{
    const QVariantMap value{
        {QStringLiteral("b"), QVariantMap{{QStringLiteral("y"), 1},
                                          {QStringLiteral("x"), QVariantList{1, QStringLiteral("two"), true}}}},
        {QStringLiteral("a"), QStringLiteral("text")},
    };
    const QString expected = QStringLiteral("a: text\n"
                                            "b:\n"
                                            "  x:\n"
                                            "  - 1\n"
                                            "  - two\n"
                                            "  - true\n"
                                            "  \"y\": 1\n"); // key y is a YAML 1.1 bool: quoted
    QCOMPARE(YamlWriter::toYaml(value), expected);
}

void TestYamlWriter::listOfMaps()
{
    const QVariantMap value{
        {QStringLiteral("policies"),
         QVariantList{QVariantMap{{QStringLiteral("type"), QStringLiteral("Percent")},
                                  {QStringLiteral("value"), 10},
                                  {QStringLiteral("periodSeconds"), 60}},
                      QVariantMap{{QStringLiteral("type"), QStringLiteral("Pods")},
                                  {QStringLiteral("value"), 4},
                                  {QStringLiteral("nested"), QVariantMap{{QStringLiteral("deep"), QVariantList{QStringLiteral("x")}}}}}}},
    };
    const QString expected = QStringLiteral("policies:\n"
                                            "- periodSeconds: 60\n"
                                            "  type: Percent\n"
                                            "  value: 10\n"
                                            "- nested:\n"
                                            "    deep:\n"
                                            "    - x\n"
                                            "  type: Pods\n"
                                            "  value: 4\n");
    QCOMPARE(YamlWriter::toYaml(value), expected);
}

void TestYamlWriter::emptyContainersAndNull()
{
    const QVariantMap value{{QStringLiteral("a"), QVariantMap()},
                            {QStringLiteral("b"), QVariantList()},
                            {QStringLiteral("c"), QVariant()},
                            {QStringLiteral("d"), QVariantList{QVariantMap(), QVariantList()}}};
    QCOMPARE(YamlWriter::toYaml(value), QStringLiteral("a: {}\nb: []\nc: null\nd:\n- {}\n- []\n"));
    QCOMPARE(YamlWriter::toYaml(QVariantMap()), QStringLiteral("{}\n"));
}

void TestYamlWriter::nestedListInList()
{
    const QVariantList value{QVariantList{1, 2}, QVariantList{}, QVariantList{QVariantMap{{QStringLiteral("k"), QStringLiteral("v")}}}};
    QCOMPARE(YamlWriter::toYaml(value), QStringLiteral("- - 1\n"
                                                       "  - 2\n"
                                                       "- []\n"
                                                       "- - k: v\n"));
}

void TestYamlWriter::kubernetesKeyOrder()
{
    const QVariantMap value{
        {QStringLiteral("spec"), QVariantMap{{QStringLiteral("replicas"), 1}}},
        {QStringLiteral("data"), QVariantMap{{QStringLiteral("k"), QStringLiteral("v")}}},
        {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
        {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("name"), QStringLiteral("cfg")},
                                                 {QStringLiteral("labels"), QVariantMap{{QStringLiteral("app"), QStringLiteral("x")}}}}},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
    };
    // apiVersion, kind, metadata first; then sorted (data, spec); inside metadata sorted.
    QCOMPARE(YamlWriter::toYaml(value), QStringLiteral("apiVersion: v1\n"
                                                       "kind: ConfigMap\n"
                                                       "metadata:\n"
                                                       "  labels:\n"
                                                       "    app: x\n"
                                                       "  name: cfg\n"
                                                       "data:\n"
                                                       "  k: v\n"
                                                       "spec:\n"
                                                       "  replicas: 1\n"));
}

void TestYamlWriter::cloudFormationKeyOrder()
{
    const QVariantMap resource{{QStringLiteral("Properties"), QVariantMap{{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")}}},
                               {QStringLiteral("DependsOn"), QStringLiteral("Other")},
                               {QStringLiteral("Type"), QStringLiteral("AWS::EC2::VPC")}};
    const QVariantMap value{
        {QStringLiteral("Outputs"), QVariantMap{{QStringLiteral("VpcId"), QVariantMap{{QStringLiteral("Value"), QVariantMap{{QStringLiteral("Ref"), QStringLiteral("Vpc")}}}}}}},
        {QStringLiteral("Resources"), QVariantMap{{QStringLiteral("Vpc"), resource}}},
        {QStringLiteral("Description"), QStringLiteral("Network")},
        {QStringLiteral("AWSTemplateFormatVersion"), QStringLiteral("2010-09-09")},
    };
    // CloudFormation User Guide "Template anatomy" section order; Type first in a resource;
    // the version date is quoted (YAML 1.1 timestamp).
    QCOMPARE(YamlWriter::toYaml(value), QStringLiteral("AWSTemplateFormatVersion: \"2010-09-09\"\n"
                                                       "Description: Network\n"
                                                       "Resources:\n"
                                                       "  Vpc:\n"
                                                       "    Type: AWS::EC2::VPC\n"
                                                       "    DependsOn: Other\n"
                                                       "    Properties:\n"
                                                       "      CidrBlock: 10.0.0.0/16\n"
                                                       "Outputs:\n"
                                                       "  VpcId:\n"
                                                       "    Value:\n"
                                                       "      Ref: Vpc\n"));
}

void TestYamlWriter::literalBlocks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // YAML 1.2.2 §8.1.1.2 chomping: clip `|` keeps one final break, strip `|-` none, keep `|+` all.
    QTest::newRow("clip") << "line1\nline2\n" << "script: |\n  line1\n  line2\n";
    QTest::newRow("strip") << "line1\nline2" << "script: |-\n  line1\n  line2\n";
    QTest::newRow("keep") << "a\n\n" << "script: |+\n  a\n\n";
    QTest::newRow("empty line inside") << "a\n\nb\n" << "script: |\n  a\n\n  b\n";
    // §8.1.1.1: a first line starting with a space needs an indentation indicator.
    QTest::newRow("indentation indicator") << "  indented\nx\n" << "script: |2\n    indented\n  x\n";
    QTest::newRow("indicator and strip") << " a\nb" << "script: |2-\n   a\n  b\n";
    QTest::newRow("special content stays literal") << "key: value\n# not a comment\n- item\n"
                                                    << "script: |\n  key: value\n  # not a comment\n  - item\n";
    QTest::newRow("tab inside a line") << "a\tb\nc\n" << "script: |\n  a\tb\n  c\n";
}

void TestYamlWriter::literalBlocks()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(YamlWriter::toYaml(QVariantMap{{QStringLiteral("script"), text}}), expected);
}

void TestYamlWriter::literalBlockInsideListOfMaps()
{
    const QVariantMap value{
        {QStringLiteral("items"),
         QVariantList{QStringLiteral("one\ntwo\n"),
                      QVariantMap{{QStringLiteral("userData"), QStringLiteral("#!/bin/bash\necho hi\n")}}}},
    };
    QCOMPARE(YamlWriter::toYaml(value), QStringLiteral("items:\n"
                                                       "- |\n"
                                                       "  one\n"
                                                       "  two\n"
                                                       "- userData: |\n"
                                                       "    #!/bin/bash\n"
                                                       "    echo hi\n"));
}

void TestYamlWriter::multiLineThatCannotBeLiteral()
{
    // A whitespace-only line or a CR cannot be expressed exactly in a literal block: double quotes.
    QCOMPARE(YamlWriter::toYaml(QVariantMap{{QStringLiteral("k"), QStringLiteral("a\n  \nb")}}),
             QStringLiteral("k: \"a\\n  \\nb\"\n"));
    QCOMPARE(YamlWriter::toYaml(QVariantMap{{QStringLiteral("k"), QStringLiteral("a\r\nb\r\n")}}),
             QStringLiteral("k: \"a\\r\\nb\\r\\n\"\n"));
    QCOMPARE(YamlWriter::toYaml(QVariantMap{{QStringLiteral("k"), QStringLiteral("\n")}}), QStringLiteral("k: \"\\n\"\n"));
    QCOMPARE(YamlWriter::toYaml(QVariantMap{{QStringLiteral("k"), QStringLiteral("bell\x07\nx")}}),
             QStringLiteral("k: \"bell\\x07\\nx\"\n"));
}

void TestYamlWriter::quotedKeys()
{
    const QVariantMap value{{QStringLiteral("on"), 1},
                            {QStringLiteral("yes"), 2},
                            {QStringLiteral("kubernetes.io/role/elb"), QStringLiteral("1")},
                            {QStringLiteral("a: b"), 3}};
    QCOMPARE(YamlWriter::toYaml(value), QStringLiteral("\"a: b\": 3\n"
                                                       "kubernetes.io/role/elb: \"1\"\n"
                                                       "\"on\": 1\n"
                                                       "\"yes\": 2\n"));
}

void TestYamlWriter::typedScalars()
{
    const QVariantMap value{{QStringLiteral("b"), false},
                            {QStringLiteral("i"), -7},
                            {QStringLiteral("l"), qlonglong(9007199254740993LL)},
                            {QStringLiteral("u"), quint64(18446744073709551615ULL)},
                            {QStringLiteral("d"), 70.0},
                            {QStringLiteral("s"), QStringLiteral("70")},
                            {QStringLiteral("sl"), QStringList{QStringLiteral("a"), QStringLiteral("no")}},
                            {QStringLiteral("h"), QVariantHash{{QStringLiteral("z"), 1}, {QStringLiteral("a"), 2}}}};
    QCOMPARE(YamlWriter::toYaml(value), QStringLiteral("b: false\n"
                                                       "d: 70.0\n"
                                                       "h:\n"
                                                       "  a: 2\n"
                                                       "  z: 1\n"
                                                       "i: -7\n"
                                                       "l: 9007199254740993\n"
                                                       "s: \"70\"\n"
                                                       "sl:\n"
                                                       "- a\n"
                                                       "- \"no\"\n"
                                                       "u: 18446744073709551615\n"));
    // Top-level scalars.
    QCOMPARE(YamlWriter::toYaml(QStringLiteral("yes")), QStringLiteral("\"yes\"\n"));
    QCOMPARE(YamlWriter::toYaml(QStringLiteral("a\nb\n")), QStringLiteral("|\n  a\n  b\n"));
}

void TestYamlWriter::documents()
{
    QCOMPARE(YamlWriter::toYamlDocuments({}), QString());
    QCOMPARE(YamlWriter::toYamlDocuments({QVariantMap{{QStringLiteral("a"), 1}}}), QStringLiteral("a: 1\n"));
    QCOMPARE(YamlWriter::toYamlDocuments({QVariantMap{{QStringLiteral("a"), 1}}, QVariantMap{{QStringLiteral("b"), 2}}}),
             QStringLiteral("a: 1\n---\nb: 2\n"));
    // A kept trailing empty line stays inside its document.
    QCOMPARE(YamlWriter::toYamlDocuments({QVariantMap{{QStringLiteral("a"), QStringLiteral("x\n\n")}},
                                          QVariantMap{{QStringLiteral("b"), 2}}}),
             QStringLiteral("a: |+\n  x\n\n---\nb: 2\n"));
}

void TestYamlWriter::roundTripThroughPyYaml()
{
    // Every tricky string of scalar_data() plus multi-line ones, written as one map and read
    // back by PyYAML (yaml.safe_load, YAML 1.1 resolvers); the result must be the same strings.
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo(python).isExecutable())
        QSKIP("/usr/bin/python3 not available");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import yaml")});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        QSKIP("PyYAML not available");

    const QStringList texts = {
        "web-app", "100m", "10.0.0.0/16", "http://prometheus:9090", "a#b", "true", "True", "FALSE", "yes", "No",
        "on", "OFF", "y", "N", "null", "NULL", "~", "", "100", "-5", "+12", "012", "0o14", "0x1F", "0b101", "3.14",
        "1e3", ".5", "1_000", "1:30", "2024-01-31", ".inf", "-.Inf", ".NaN", ".", "<<", "=", "key: value",
        "a #comment", "ends:", " lead", "trail ", "-dash", "---", "...", "?q", ":c", ",c", "[a]", "{a}", "#c", "&a",
        "*a", "!Ref X", "|p", ">f", "'s", "\"d", "%p", "@every 1h", "`b", "\\d: x", "tab\there", "bell\x07",
        "a\rb", "line1\nline2\n", "line1\nline2", "a\n\n", "a\n\nb\n", "  indented\nx\n", " a\nb", "a\n  \nb",
        "a\r\nb\r\n", "\n", "key: value\n# c\n- item\n", "a\tb\nc\n", "#!/bin/bash\necho \"x = 1\" >> /etc/f\n",
        QString::fromUtf8("caf\u00e9"), QString(QChar(0x85)), QString(QChar(0x2028)),
    };
    QVariantMap map;
    QVariantList list;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        map.insert(QStringLiteral("k%1").arg(i, 3, 10, QLatin1Char('0')), texts.at(i));
        list.append(texts.at(i));
    }
    map.insert(QStringLiteral("list"), list);
    map.insert(QStringLiteral("keys"), QVariantMap{{QStringLiteral("on"), 1}, {QStringLiteral("no"), 2}, {QStringLiteral("012"), 3}});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("in.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(YamlWriter::toYaml(map).toUtf8());
    file.close();

    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import sys, json, yaml\n"
                                          "print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8'))))\n"),
                           file.fileName()});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
    const QJsonObject read = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QJsonValue value = read.value(QStringLiteral("k%1").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY2(value.isString(), qPrintable(QStringLiteral("k%1 (%2) not read as a string").arg(i).arg(texts.at(i))));
        QCOMPARE(value.toString(), texts.at(i));
        QCOMPARE(read.value(QStringLiteral("list")).toArray().at(i).toString(), texts.at(i));
    }
    const QJsonObject keys = read.value(QStringLiteral("keys")).toObject();
    QCOMPARE(keys.value(QStringLiteral("on")).toInt(), 1);
    QCOMPARE(keys.value(QStringLiteral("no")).toInt(), 2);
    QCOMPARE(keys.value(QStringLiteral("012")).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
