// Tests of the design-as-code YAML form (model/io/designyaml.h, format in model/io/DESIGN-YAML.md):
// exact round trips on the reference design and on 200 random designs, scalar types, and errors
// that name line and column.

#include "model/io/designyaml.h"
#include "model/io/referencedesign.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace Scaleplan;

namespace {

/// Type-aware deep equality: QVariant's operator== compares numbers by value (70 == 70.0), so a
/// float that came back as an int would pass it. Here int and qlonglong are one class, double
/// another, and maps/lists are compared element by element.
bool strictlyEqual(const QVariant &a, const QVariant &b, QString *where, const QString &path = QString())
{
    auto typeClass = [](const QVariant &v) {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            return 1;
        case QMetaType::Double:
            return 2;
        case QMetaType::Bool:
            return 3;
        case QMetaType::QString:
            return 4;
        case QMetaType::QVariantMap:
            return 5;
        case QMetaType::QVariantList:
            return 6;
        case QMetaType::UnknownType:
            return 0;
        default:
            return 100 + v.typeId();
        }
    };
    const int ca = typeClass(a);
    if (ca != typeClass(b)) {
        *where = path + QStringLiteral(": type %1 vs %2").arg(a.typeName() ? a.typeName() : "null", b.typeName() ? b.typeName() : "null");
        return false;
    }
    if (ca == 5) {
        const QVariantMap ma = a.toMap(), mb = b.toMap();
        if (ma.keys() != mb.keys()) {
            *where = path + QStringLiteral(": keys differ");
            return false;
        }
        for (auto it = ma.cbegin(); it != ma.cend(); ++it) {
            if (!strictlyEqual(it.value(), mb.value(it.key()), where, path + QLatin1Char('.') + it.key()))
                return false;
        }
        return true;
    }
    if (ca == 6) {
        const QVariantList la = a.toList(), lb = b.toList();
        if (la.size() != lb.size()) {
            *where = path + QStringLiteral(": list sizes differ");
            return false;
        }
        for (int i = 0; i < la.size(); ++i) {
            if (!strictlyEqual(la.at(i), lb.at(i), where, path + QStringLiteral("[%1]").arg(i)))
                return false;
        }
        return true;
    }
    if (ca == 2) {
        const double x = a.toDouble(), y = b.toDouble();
        if (x == y && std::signbit(x) == std::signbit(y))
            return true;
        *where = path + QStringLiteral(": %1 vs %2").arg(x, 0, 'g', 17).arg(y, 0, 'g', 17);
        return false;
    }
    if (a == b)
        return true;
    *where = path + QStringLiteral(": '%1' vs '%2'").arg(a.toString(), b.toString());
    return false;
}

/// Everything the round trip must keep, beyond DesignData::operator== (which compares field values
/// numerically): field types, nextId, the import diagnostics with their fixes.
bool designsIdentical(const DesignData &a, const DesignData &b, QString *why)
{
    if (!(a == b)) {
        *why = QStringLiteral("DesignData::operator== is false");
        return false;
    }
    if (a.nextId() != b.nextId()) {
        *why = QStringLiteral("nextId %1 vs %2").arg(a.nextId()).arg(b.nextId());
        return false;
    }
    if (a.sourceFile != b.sourceFile) {
        *why = QStringLiteral("sourceFile differs");
        return false;
    }
    for (ObjectId id : a.preorder()) {
        QString where;
        if (!strictlyEqual(a.object(id)->fields, b.object(id)->fields, &where)) {
            *why = QStringLiteral("object %1 fields%2").arg(id).arg(where);
            return false;
        }
    }
    if (a.importDiagnostics.size() != b.importDiagnostics.size()) {
        *why = QStringLiteral("import diagnostics count %1 vs %2").arg(a.importDiagnostics.size()).arg(b.importDiagnostics.size());
        return false;
    }
    for (int i = 0; i < a.importDiagnostics.size(); ++i) {
        const Diagnostic &x = a.importDiagnostics.at(i), &y = b.importDiagnostics.at(i);
        if (!(x == y)) {
            *why = QStringLiteral("import diagnostic %1 differs ('%2' vs '%3')").arg(i).arg(x.message, y.message);
            return false;
        }
        for (int j = 0; j < x.fix.size(); ++j) {
            QString where;
            if (!strictlyEqual(x.fix.at(j).value, y.fix.at(j).value, &where)) {
                *why = QStringLiteral("import diagnostic %1 fix %2 value%3").arg(i).arg(j).arg(where);
                return false;
            }
        }
    }
    return true;
}

/// Generator of random designs: nasty names and strings, every scalar type, nested trees, random
/// sibling order, retired ids, import diagnostics with fixes.
class RandomDesigns
{
public:
    explicit RandomDesigns(unsigned seed)
        : m_rng(seed)
    {
    }

    DesignData next()
    {
        DesignData d;
        d.name = text();
        if (coin(0.5))
            d.sourceFile = pick(m_strings);
        QList<ObjectId> containers;
        const int count = uniform(0, 30);
        for (int i = 0; i < count; ++i) {
            DesignObject o;
            const QList<ObjectKind> kinds = allObjectKinds();
            o.kind = kinds.at(uniform(0, int(kinds.size()) - 1));
            o.parentId = (containers.isEmpty() || coin(0.25)) ? 0 : containers.at(uniform(0, int(containers.size()) - 1));
            o.name = text();
            o.fields = map(0);
            if (coin(0.5))
                o.source = SourceLocation{pick(m_strings), uniform(0, 5000), uniform(0, 120)};
            const int siblings = int(d.children(o.parentId).size());
            const ObjectId id = d.insert(o, coin(0.3) ? uniform(0, siblings) : -1);
            if (isContainerKind(o.kind))
                containers.append(id);
            if (coin(0.05)) { // retire an id (removed leaf): ids in the file have gaps
                DesignObject leaf;
                leaf.kind = ObjectKind::ConfigMap;
                leaf.parentId = o.parentId;
                d.removeSubtree(d.insert(leaf));
            }
        }
        if (coin(0.2))
            d.reserveIdsBelow(d.nextId() + ObjectId(uniform(1, 1000)));
        const int diagnostics = uniform(0, 3);
        for (int i = 0; i < diagnostics; ++i) {
            Diagnostic diag;
            diag.severity = Severity(uniform(0, 2));
            diag.rule = QStringLiteral("import.rule-%1").arg(i);
            diag.objectId = coin(0.5) ? ObjectId(uniform(1, 40)) : 0;
            diag.objectPath = coin(0.5) ? text() : QString();
            diag.field = coin(0.5) ? QStringLiteral("spec.metrics[0].resource") : QString();
            diag.message = text();
            if (coin(0.5))
                diag.source = SourceLocation{pick(m_strings), uniform(1, 900), uniform(0, 40)};
            if (coin(0.4)) {
                diag.fixDescription = text();
                diag.fix.append(FieldChange{ObjectId(uniform(1, 40)), QStringLiteral("AutoScaling.MinCapacity"), value(2)});
                diag.fix.append(FieldChange{ObjectId(uniform(1, 40)), QStringLiteral("Removed"), QVariant()});
            }
            d.importDiagnostics.append(diag);
        }
        return d;
    }

private:
    std::mt19937 m_rng;

    // Strings another parser reads as something else, YAML indicators, whitespace at the ends,
    // unicode (two-byte, three-byte and four-byte UTF-8), CloudFormation-looking text.
    const QStringList m_strings{
        QStringLiteral("plain"), QStringLiteral("yes"), QStringLiteral("No"), QStringLiteral("on"), QStringLiteral("OFF"),
        QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("False"), QStringLiteral("null"), QStringLiteral("~"),
        QStringLiteral("1.0"), QStringLiteral("70"), QStringLiteral("012"), QStringLiteral("0o14"), QStringLiteral("0x1F"),
        QStringLiteral("1e3"), QStringLiteral("-.inf"), QStringLiteral(".nan"), QStringLiteral("1_000"), QStringLiteral("1:30"),
        QStringLiteral("2024-01-31"), QStringLiteral(""), QStringLiteral(" leading space"), QStringLiteral("trailing space "),
        QStringLiteral("  two leading"), QStringLiteral("key: value"), QStringLiteral("ends with colon:"),
        QStringLiteral("has # hash"), QStringLiteral("#comment"), QStringLiteral("- dash"), QStringLiteral("-"),
        QStringLiteral("? question"), QStringLiteral("[bracket]"), QStringLiteral("{brace}"), QStringLiteral("& amp"),
        QStringLiteral("*star"), QStringLiteral("!Ref Foo"), QStringLiteral("!GetAtt A.B"), QStringLiteral("|pipe"),
        QStringLiteral(">fold"), QStringLiteral("'single'"), QStringLiteral("\"double\""), QStringLiteral("say \"hi\""),
        QStringLiteral("it's"), QStringLiteral("%percent"), QStringLiteral("@at"), QStringLiteral("`tick`"),
        QStringLiteral("back\\slash"), QStringLiteral("tab\there"), QStringLiteral("<<"), QStringLiteral("="),
        QStringLiteral("10.0.0.0/16"), QStringLiteral("us-east-1/production-vpc"), QStringLiteral("arn:aws:sqs:us-east-1:123:q"),
        QStringLiteral("${AWS::Region}"), QStringLiteral("Fn::GetAtt"), QString::fromUtf8("ünïcödé"),
        QString::fromUtf8("日本語"), QString::fromUtf8("rocket 🚀"), QString::fromUtf8("nbsp\u00a0inside"),
        QString::fromUtf8("line\u2028sep"), QStringLiteral("bell\x07"), QString::fromUtf8("nul\0x", 5), QStringLiteral("cr\rlf"),
    };
    // Multi-line strings: literal blocks with clip/strip/keep chomping, an indentation indicator,
    // empty lines, and those a literal block cannot hold (whitespace-only line, CR).
    const QStringList m_multiline{
        QStringLiteral("a\nb"), QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n\n"), QStringLiteral("a\n\n\nb"),
        QStringLiteral("  indented first\nsecond\n"), QStringLiteral("\n starts empty then space"),
        QStringLiteral("\tstarts with tab\nx"), QStringLiteral("x\n  \ny"), QStringLiteral("windows\r\nline"),
        QStringLiteral("groups:\n- name: x\n  rules: []\n"), QStringLiteral("# not a comment\nkey: \"v\"\n"),
        QStringLiteral("\n"), QStringLiteral("\n\n"), QStringLiteral("trailing spaces  \nnext "),
    };
    const QList<double> m_doubles{70.0, 0.1, 1e-7, -0.5, 0.0, 1e20, -1e-300, 3.141592653589793, 2.5e-5, 100.0, 1.5,
                                  123456789.125, std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    const QStringList m_keys{
        QStringLiteral("CidrBlock"), QStringLiteral("minReplicas"), QStringLiteral("yes"), QStringLiteral("1"),
        QStringLiteral("a.b"), QStringLiteral("node.kubernetes.io/instance-type"), QStringLiteral("key: colon"),
        QStringLiteral("Ref"), QStringLiteral("Fn::GetAtt"), QStringLiteral("~"), QStringLiteral(" spaced"),
        QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"), QStringLiteral("Type"),
        QStringLiteral("Properties"), QStringLiteral("Resources"), QString::fromUtf8("ключ"), QStringLiteral("null"),
        QStringLiteral("-dash"), QStringLiteral("[x]"),
    };

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool coin(double p) { return std::bernoulli_distribution(p)(m_rng); }
    template<typename T>
    T pick(const QList<T> &list) { return list.at(uniform(0, int(list.size()) - 1)); }

    QString text()
    {
        switch (uniform(0, 3)) {
        case 0:
            return pick(m_strings) + pick(m_strings);
        case 1:
            return QStringLiteral("obj-%1").arg(uniform(0, 99999));
        default:
            return pick(m_strings);
        }
    }

    QVariant scalar()
    {
        switch (uniform(0, 9)) {
        case 0:
            return uniform(-1000, 1000);
        case 1:
            return QVariant(qlonglong(uniform(-1000, 1000)) * (qlonglong(1) << uniform(20, 52)));
        case 2:
            return pick(m_doubles);
        case 3:
            return std::uniform_real_distribution<double>(-1e6, 1e6)(m_rng);
        case 4:
            return coin(0.5);
        case 5:
            return QVariant();
        case 6:
            return pick(m_multiline);
        case 7:
            return coin(0.5) ? QVariant(std::numeric_limits<int>::min()) : QVariant(std::numeric_limits<qlonglong>::max());
        default:
            return text();
        }
    }

    QVariant value(int depth)
    {
        const int r = uniform(0, 9);
        if (depth >= 4 || r < 6)
            return scalar();
        if (r == 6)
            return map(depth + 1);
        if (r == 7) { // CloudFormation intrinsic functions in their long (map) form
            return coin(0.5) ? QVariant(QVariantMap{{QStringLiteral("Ref"), text()}})
                             : QVariant(QVariantMap{{QStringLiteral("Fn::GetAtt"), QVariantList{text(), QStringLiteral("Arn")}}});
        }
        QVariantList list;
        const int n = uniform(0, 4);
        for (int i = 0; i < n; ++i)
            list.append(value(depth + 1));
        return list;
    }

    QVariantMap map(int depth)
    {
        QVariantMap m;
        const int n = uniform(0, depth == 0 ? 8 : 4);
        for (int i = 0; i < n; ++i)
            m.insert(coin(0.7) ? pick(m_keys) : text(), value(depth + 1));
        return m;
    }
};

DesignObject makeObject(ObjectKind kind, const QString &name, const QVariantMap &fields, ObjectId parent = 0)
{
    DesignObject o;
    o.kind = kind;
    o.name = name;
    o.fields = fields;
    o.parentId = parent;
    return o;
}

} // namespace

class tst_DesignYaml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void referenceRoundTrip();
    void referenceText();
    void scalarText_data();
    void scalarText();
    void randomDesignsRoundTrip();
    void handWrittenFile();
    void readerWarningsKept();
    void errors_data();
    void errors();
    void looksLikeDesignYaml_data();
    void looksLikeDesignYaml();
};

void tst_DesignYaml::referenceRoundTrip()
{
    const DesignData reference = ReferenceDesign::load();
    QVERIFY(reference.size() > 50);
    const QByteArray text = DesignYaml::write(reference);
    const DesignYamlReadResult back = DesignYaml::read(text, QStringLiteral("reference.yaml"));
    QVERIFY2(back.ok, qPrintable(back.errorText()));
    QString why;
    QVERIFY2(designsIdentical(reference, back.design, &why), qPrintable(why));
    // file -> design -> file: identical bytes.
    QCOMPARE(DesignYaml::write(back.design), text);
    // Deterministic: writing the same design twice gives the same bytes.
    QCOMPARE(DesignYaml::write(reference), text);
}

void tst_DesignYaml::referenceText()
{
    // Values the seed document states (resources/reference/scalability-design.md): the HPA's CPU
    // target `averageUtilization: 70` (line 31) is an integer; the VPC's "10.0.0.0/8" (line 496)
    // is corrected to a /16 in the reference design (its Info diagnostic says so).
    const QString text = QString::fromUtf8(DesignYaml::write(ReferenceDesign::load()));
    QVERIFY(text.startsWith(QStringLiteral("scaleplan: design/v1\nname: Scalability Design (reference)\n"
                                           "sourceFile: scalability-design.md\nnextId: ")));
    QVERIFY(text.contains(QStringLiteral("\nobjects:\n- id: 1\n  kind: Region\n")));
    QVERIFY(text.contains(QStringLiteral("averageUtilization: 70\n")));
    QVERIFY(!text.contains(QStringLiteral("averageUtilization: 70.0")));
    QVERIFY(text.contains(QStringLiteral("CidrBlock: 10.0.0.0/16\n")));
    QVERIFY(text.contains(QStringLiteral("\nimportDiagnostics:\n- severity: ")));
    QVERIFY(text.endsWith(QLatin1Char('\n')));
}

void tst_DesignYaml::scalarText_data()
{
    // Expected text by hand from the YAML 1.2.2 spec: plain scalars that the core schema (§10.3.2)
    // would read as float/int/bool/null must be quoted to stay strings; floats keep a '.'
    // (YAML 1.1 float regexp needs it); line breaks make a literal block (§8.1.2) whose content
    // is indented two more than the key (fields at 4 under an object item, so the value at 6).
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected"); // the lines after "    x:"
    QTest::newRow("float 70.0") << QVariant(70.0) << " 70.0\n";
    QTest::newRow("float 0.1") << QVariant(0.1) << " 0.1\n";
    QTest::newRow("float 1e-7") << QVariant(1e-7) << " 1.0e-07\n";
    QTest::newRow("float -0.5") << QVariant(-0.5) << " -0.5\n";
    QTest::newRow("int 70") << QVariant(70) << " 70\n";
    QTest::newRow("int 2^40") << QVariant(qlonglong(1099511627776)) << " 1099511627776\n";
    QTest::newRow("bool") << QVariant(false) << " false\n";
    QTest::newRow("null") << QVariant() << " null\n";
    QTest::newRow("string yes") << QVariant(QStringLiteral("yes")) << " \"yes\"\n";
    QTest::newRow("string 1.0") << QVariant(QStringLiteral("1.0")) << " \"1.0\"\n";
    QTest::newRow("string ~") << QVariant(QStringLiteral("~")) << " \"~\"\n";
    QTest::newRow("string leading space") << QVariant(QStringLiteral(" x")) << " \" x\"\n";
    QTest::newRow("string with quote") << QVariant(QStringLiteral("say \"hi\"")) << " say \"hi\"\n";
    QTest::newRow("multi-line") << QVariant(QStringLiteral("a\nb\n")) << " |\n      a\n      b\n";
    QTest::newRow("multi-line no final break") << QVariant(QStringLiteral("a\nb")) << " |-\n      a\n      b\n";
    QTest::newRow("Ref") << QVariant(QVariantMap{{QStringLiteral("Ref"), QStringLiteral("Vpc")}}) << "\n      Ref: Vpc\n";
    QTest::newRow("GetAtt") << QVariant(QVariantMap{{QStringLiteral("Fn::GetAtt"), QVariantList{QStringLiteral("Alb"), QStringLiteral("DNSName")}}})
                            << "\n      Fn::GetAtt:\n      - Alb\n      - DNSName\n";
}

void tst_DesignYaml::scalarText()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    DesignData d;
    d.insert(makeObject(ObjectKind::ConfigMap, QStringLiteral("c"), QVariantMap{{QStringLiteral("x"), value}}));
    const QString text = QString::fromUtf8(DesignYaml::write(d));
    const QString needle = QStringLiteral("  fields:\n    x:") + expected;
    QVERIFY2(text.contains(needle), qPrintable(text));
    const DesignYamlReadResult back = DesignYaml::read(text.toUtf8(), QStringLiteral("t.yaml"));
    QVERIFY2(back.ok, qPrintable(back.errorText()));
    QString where;
    QVERIFY2(strictlyEqual(back.design.object(1)->fields.value(QStringLiteral("x")), value, &where), qPrintable(where));
}

void tst_DesignYaml::randomDesignsRoundTrip()
{
    RandomDesigns generator(20261201u); // fixed seed: failures reproduce
    int objects = 0;
    QByteArray allText;
    for (int i = 0; i < 200; ++i) {
        const DesignData design = generator.next();
        objects += design.size();
        const QByteArray text = DesignYaml::write(design);
        const DesignYamlReadResult back = DesignYaml::read(text, QStringLiteral("random.yaml"));
        QVERIFY2(back.ok, qPrintable(QStringLiteral("design %1: %2\n%3").arg(i).arg(back.errorText(), QString::fromUtf8(text))));
        QString why;
        QVERIFY2(designsIdentical(design, back.design, &why),
                 qPrintable(QStringLiteral("design %1: %2\n%3").arg(i).arg(why, QString::fromUtf8(text))));
        allText += text;
        const QByteArray again = DesignYaml::write(back.design);
        QVERIFY2(again == text, qPrintable(QStringLiteral("design %1: rewrite differs").arg(i)));
    }
    QVERIFY(objects > 2000); // the generator really produced designs (about 15 objects each)
    // ... and the written text exercised the cases that bite: literal blocks with keep/strip
    // chomping and an indentation indicator, quoted look-alikes, floats in exponent form, the
    // CloudFormation long forms, retired ids.
    for (const char *needle : {": |\n", ": |-\n", ": |+\n", ": |2-\n", ": \"yes\"\n", ": \"1.0\"\n", ": \"~\"\n",
                               ": 70.0\n", ": 1.0e-07\n", ": -0.5\n", "Fn::GetAtt:\n", "Ref: ", ": .inf\n", "\"<<\""})
        QVERIFY2(allText.contains(needle), needle);
}

void tst_DesignYaml::handWrittenFile()
{
    // Written by hand as a user would: comments, flow style, key order of their choosing, a
    // CloudFormation short tag (the reader turns !Ref into its long form).
    const QByteArray text = "# my design\n"
                            "scaleplan: design/v1\n"
                            "objects:\n"
                            "  - kind: Region\n"
                            "    id: 4\n"
                            "    name: us-east-1\n"
                            "    children:\n"
                            "      - {id: 9, kind: Vpc, name: vpc, fields: {CidrBlock: 10.0.0.0/16, Count: 3, Ratio: 0.5}}\n"
                            "  - id: 2\n"
                            "    kind: Route53RecordSet\n"
                            "    name: api\n"
                            "    fields:\n"
                            "      HealthCheckId: !Ref Check\n"
                            "name: hand\n";
    const DesignYamlReadResult r = DesignYaml::read(text, QStringLiteral("hand.yaml"));
    QVERIFY2(r.ok, qPrintable(r.errorText()));
    QCOMPARE(r.design.name, QStringLiteral("hand"));
    QCOMPARE(r.design.children(0), (QList<ObjectId>{4, 2}));
    QCOMPARE(r.design.children(4), QList<ObjectId>{9});
    QCOMPARE(r.design.object(9)->field(QStringLiteral("Count")).typeId(), int(QMetaType::Int));
    QCOMPARE(r.design.object(9)->field(QStringLiteral("Ratio")).typeId(), int(QMetaType::Double));
    QCOMPARE(r.design.object(2)->field(QStringLiteral("HealthCheckId")),
             QVariant(QVariantMap{{QStringLiteral("Ref"), QStringLiteral("Check")}}));
    QCOMPARE(r.design.nextId(), ObjectId(10)); // no nextId written: one past the largest id
}

void tst_DesignYaml::readerWarningsKept()
{
    // A hand-edited file with `defaultMode: 0644`: YAML 1.2 reads decimal 644, kubectl/PyYAML
    // (YAML 1.1) octal 420 — the reader warns (import.yaml-octal-like) and the warning must reach
    // the user like any import diagnostic, naming line 8 (the line of the value).
    const QByteArray text = "scaleplan: design/v1\n"
                            "objects:\n"
                            "  - id: 1\n"
                            "    kind: ConfigMap\n"
                            "    name: settings\n"
                            "    fields:\n"
                            "      data: {}\n"
                            "      defaultMode: 0644\n";
    const DesignYamlReadResult r = DesignYaml::read(text, QStringLiteral("hand.yaml"));
    QVERIFY2(r.ok, qPrintable(r.errorText()));
    QCOMPARE(r.design.object(1)->field(QStringLiteral("defaultMode")), QVariant(644));
    QCOMPARE(r.design.importDiagnostics.size(), 1);
    const Diagnostic &d = r.design.importDiagnostics.first();
    QCOMPARE(d.rule, QStringLiteral("import.yaml-octal-like"));
    QCOMPARE(d.severity, Severity::Warning);
    QCOMPARE(d.source.file, QStringLiteral("hand.yaml"));
    QCOMPARE(d.source.line, 8);
    // Written back, the value is plain 644 and the warning is recorded once, not twice.
    const DesignYamlReadResult again = DesignYaml::read(DesignYaml::write(r.design), QStringLiteral("hand.yaml"));
    QVERIFY2(again.ok, qPrintable(again.errorText()));
    QCOMPARE(again.design.importDiagnostics.size(), 1);
}

void tst_DesignYaml::errors_data()
{
    // Lines and columns counted by hand in each text (1-based).
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray head = "scaleplan: design/v1\nname: t\nobjects:\n";
    QTest::newRow("newer format") << QByteArray("scaleplan: design/v2\nname: t\n") << "design-yaml.header" << 1 << 12
                                  << "unsupported design format 'design/v2'";
    QTest::newRow("another file's header") << QByteArray("scaleplan: something\n") << "design-yaml.header" << 1 << 12
                                           << "not a Scaleplan design file";
    QTest::newRow("no header") << QByteArray("\nname: t\nobjects: []\n") << "design-yaml.header" << 2 << 1
                               << "the key 'scaleplan: design/v1' is missing";
    QTest::newRow("a Kubernetes manifest") << QByteArray("apiVersion: v1\nkind: ConfigMap\n") << "design-yaml.header" << 1 << 1
                                           << "not a Scaleplan design file";
    QTest::newRow("unknown kind") << head + "- id: 1\n  kind: Frobnicator\n  name: a\n" << "design-yaml.kind" << 5 << 9
                                  << "unknown kind 'Frobnicator'";
    QTest::newRow("duplicate id") << head + "- id: 1\n  kind: Region\n  name: a\n- id: 1\n  kind: Region\n  name: b\n"
                                  << "design-yaml.duplicate-id" << 7 << 3 << "duplicate object id 1 (first used at line 4)";
    QTest::newRow("duplicate id in a subtree")
        << head + "- id: 1\n  kind: Region\n  name: a\n  children:\n  - id: 1\n    kind: Vpc\n    name: v\n"
        << "design-yaml.duplicate-id" << 8 << 5 << "duplicate object id 1 (first used at line 4)";
    QTest::newRow("child of a non-container")
        << head + "- id: 1\n  kind: Deployment\n  name: api\n  children:\n  - id: 2\n    kind: Deployment\n    name: w\n"
        << "design-yaml.not-a-container" << 7 << 3 << "object 1 ('api') is a Deployment, which cannot hold children";
    QTest::newRow("missing id") << head + "- kind: Region\n  name: a\n" << "design-yaml.id" << 4 << 3 << "object without 'id'";
    QTest::newRow("id not a number") << head + "- id: abc\n  kind: Region\n" << "design-yaml.id" << 4 << 3
                                     << "'id' must be a positive integer, not abc";
    QTest::newRow("id quoted") << head + "- id: '1'\n  kind: Region\n" << "design-yaml.id" << 4 << 3
                               << "not the string \"1\" (write it without quotes)";
    QTest::newRow("unknown key") << head + "- id: 1\n  kind: Region\n  colour: red\n" << "design-yaml.unknown-key" << 6 << 3
                                 << "unknown key 'colour'";
    QTest::newRow("fields not a map") << head + "- id: 1\n  kind: Region\n  fields: [1]\n" << "design-yaml.type" << 6 << 3
                                      << "'fields' must be a mapping, not a list";
    QTest::newRow("unquoted number as name") << head + "- id: 1\n  kind: Region\n  name: 1.0\n" << "design-yaml.type" << 6 << 3
                                             << "'name' must be a string, not a float (quote it)";
    QTest::newRow("duplicate key (YAML)") << head + "- id: 1\n  kind: Region\n  kind: Vpc\n" << "import.yaml-duplicate-key" << 6 << 3
                                          << "duplicate key 'kind' at lines 5 and 6";
    QTest::newRow("two documents") << QByteArray("scaleplan: design/v1\n---\nscaleplan: design/v1\n") << "design-yaml.documents" << 3
                                   << 1 << "one YAML document";
    QTest::newRow("YAML syntax") << head + "- id: [1\n" << "import.yaml-syntax" << 5 << 0 << "invalid YAML";
}

void tst_DesignYaml::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const DesignYamlReadResult r = DesignYaml::read(text, QStringLiteral("bad.yaml"));
    QVERIFY(!r.ok);
    QVERIFY(!r.errors.isEmpty());
    const Diagnostic &e = r.errors.first();
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QCOMPARE(e.rule, rule);
    QCOMPARE(e.source.file, QStringLiteral("bad.yaml"));
    QCOMPARE(e.source.line, line);
    if (column > 0)
        QCOMPARE(e.source.column, column);
    QVERIFY(r.errorText().startsWith(QStringLiteral("bad.yaml:%1:").arg(line)));
    QVERIFY(r.design.isEmpty());
}

void tst_DesignYaml::looksLikeDesignYaml_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("expected");
    QTest::newRow("written file") << QByteArray("scaleplan: design/v1\nname: x\n") << true;
    QTest::newRow("BOM, comment, directive, marker") << QByteArray("\xEF\xBB\xBF# c\n%YAML 1.2\n---\nscaleplan: design/v9\n") << true;
    QTest::newRow("Kubernetes manifest") << QByteArray("apiVersion: v1\nkind: ConfigMap\n") << false;
    QTest::newRow("Markdown") << QByteArray("# Design\n\nscaleplan: design/v1\n") << true; // a comment line to YAML
    QTest::newRow("Markdown heading text") << QByteArray("Scalability Design\n==\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_DesignYaml::looksLikeDesignYaml()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, expected);
    QCOMPARE(DesignYaml::looksLikeDesignYaml(head), expected);
}

QTEST_GUILESS_MAIN(tst_DesignYaml)
#include "tst_designyaml.moc"
