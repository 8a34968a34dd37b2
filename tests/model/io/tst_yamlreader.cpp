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
    void octalLikeWarns_data();
    void octalLikeWarns();
    void forbiddenCharacters_data();
    void forbiddenCharacters();
    void printableTextIsAccepted();
    void deepNestingRefusedBeforeParsing_data();
    void deepNestingRefusedBeforeParsing();
    void nestingWithinTheLimitIsRead();
    void aliasBombRefusedQuickly();
    void yaml12OctalWarns();
    void tabIndentationNamesTheTab_data();
    void tabIndentationNamesTheTab();
    void unknownTagWarns();
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

void tst_YamlReader::octalLikeWarns_data()
{
    // YAML 1.2 core schema (10.3.2): `0644` is decimal 644; YAML 1.1 (yaml.org/type/int.html,
    // `0[0-7_]+` is base 8), which kubectl and PyYAML follow, reads octal. Hand calculations:
    // 0644 = 6*64 + 4*8 + 4 = 420; 0755 = 7*64 + 5*8 + 5 = 493; 010 = 8.
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("yaml11"); // empty: no warning
    QTest::newRow("0644") << QByteArray("0644") << QVariant(644) << QStringLiteral("420");
    QTest::newRow("0755") << QByteArray("0755") << QVariant(755) << QStringLiteral("493");
    QTest::newRow("010") << QByteArray("010") << QVariant(10) << QStringLiteral("8");
    QTest::newRow("0 alone") << QByteArray("0") << QVariant(0) << QString();
    QTest::newRow("07 means 7 in both") << QByteArray("07") << QVariant(7) << QString();
    QTest::newRow("644") << QByteArray("644") << QVariant(644) << QString();
    QTest::newRow("double-quoted") << QByteArray("\"0644\"") << QVariant(QStringLiteral("0644")) << QString();
    QTest::newRow("single-quoted") << QByteArray("'0644'") << QVariant(QStringLiteral("0644")) << QString();
    QTest::newRow("0x1F = 31") << QByteArray("0x1F") << QVariant(qlonglong(31)) << QString();
    QTest::newRow("089 is not octal") << QByteArray("089") << QVariant(89) << QString();
}

void tst_YamlReader::octalLikeWarns()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QVariant, value);
    QFETCH(QString, yaml11);
    const YamlReadResult r = YamlReader::read("kind: ConfigMap\ndefaultMode: " + scalar + "\n", QStringLiteral("o.yaml"));
    QVERIFY(r.ok);
    QCOMPARE(r.documents.first().root.toMap().value(QStringLiteral("defaultMode")), value);
    if (yaml11.isEmpty()) {
        QVERIFY(r.diagnostics.isEmpty());
        return;
    }
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.first();
    QCOMPARE(d.severity, Severity::Warning);
    QCOMPARE(d.rule, QStringLiteral("import.yaml-octal-like"));
    QCOMPARE(d.source.file, QStringLiteral("o.yaml"));
    QCOMPARE(d.source.line, 2);
    QCOMPARE(d.source.column, 14); // after "defaultMode: "
    QVERIFY2(d.message.contains(QStringLiteral("octal = ") + yaml11), qPrintable(d.message));
    QVERIFY2(d.message.contains(QStringLiteral("write ") + yaml11 + QStringLiteral(" for the octal value")), qPrintable(d.message));
}

void tst_YamlReader::yaml12OctalWarns()
{
    // `0o17` is 1*8 + 7 = 15 in YAML 1.2 (core schema, 10.3.2); YAML 1.1 has no 0o form
    // (yaml.org/type/int.html), so kubectl and PyYAML read the string "0o17".
    const YamlReadResult r = YamlReader::read("kind: ConfigMap\ndefaultMode: 0o17\n", QStringLiteral("o.yaml"));
    QVERIFY(r.ok);
    QCOMPARE(r.documents.first().root.toMap().value(QStringLiteral("defaultMode")), QVariant(qlonglong(15)));
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().rule, QStringLiteral("import.yaml-octal-like"));
    QVERIFY2(r.diagnostics.first().message.contains(QStringLiteral("the string \"0o17\"; write 15")),
             qPrintable(r.diagnostics.first().message));
    // 0x1F is hexadecimal 31 in both YAML versions: no warning.
    QVERIFY(YamlReader::read("n: 0x1F\n", QStringLiteral("h.yaml")).diagnostics.isEmpty());
}

void tst_YamlReader::forbiddenCharacters_data()
{
    // YAML 1.2.2 section 5.1 (printable characters: tab, LF, CR, 0x20-0x7E, NEL, 0xA0-...) and
    // 5.2 (UTF-8); UTF-8 well-formedness after RFC 3629 section 4. Columns count characters from 1.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");
    QTest::newRow("NUL then b") << QByteArray("a: x\0b\n", 7) << 1 << 1 << 5 << "NUL";
    QTest::newRow("NUL in a fenced block at line 10") << QByteArray("a: 1\nb: \0\n", 10) << 10 << 11 << 4 << "NUL";
    QTest::newRow("backspace in quotes") << QByteArray("a: 1\nb: \"x\bz\"\n") << 1 << 2 << 6 << "backspace";
    QTest::newRow("ESC colour code") << QByteArray("k: \x1b[31m\n") << 1 << 1 << 4 << "ESC";
    QTest::newRow("form feed") << QByteArray("a: 1\n\f\nb: 2\n") << 1 << 2 << 1 << "form feed";
    QTest::newRow("DEL") << QByteArray("a: x\x7f\n") << 1 << 1 << 5 << "DEL";
    QTest::newRow("Latin-1 e-acute") << QByteArray("name: caf\xe9\n") << 1 << 1 << 10 << "invalid UTF-8 (byte 0xE9";
    QTest::newRow("after a two-byte character") << QByteArray("a: \xc3\xa9\xff\n") << 1 << 1 << 5 << "0xFF";
    QTest::newRow("truncated euro sign") << QByteArray("a: \xe2\x82") << 1 << 1 << 4 << "invalid UTF-8";
    QTest::newRow("overlong slash") << QByteArray("a: \xc0\xaf\n") << 1 << 1 << 4 << "invalid UTF-8";
    QTest::newRow("UTF-16 surrogate") << QByteArray("a: \xed\xa0\x80\n") << 1 << 1 << 4 << "invalid UTF-8";
    QTest::newRow("C1 control U+0080") << QByteArray("a: \xc2\x80\n") << 1 << 1 << 4 << "U+0080";
    QTest::newRow("U+FFFF") << QByteArray("a: \xef\xbf\xbf\n") << 1 << 1 << 4 << "U+FFFF";
}

void tst_YamlReader::forbiddenCharacters()
{
    QFETCH(QByteArray, text);
    QFETCH(int, firstLine);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    const YamlReadResult r = YamlReader::read(text, QStringLiteral("c.yaml"), firstLine);
    QVERIFY(!r.ok);
    QVERIFY(r.documents.isEmpty());
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.first();
    QCOMPARE(d.rule, QStringLiteral("import.yaml-encoding"));
    QCOMPARE(d.source.line, line);
    QCOMPARE(d.source.column, column);
    QVERIFY2(d.message.contains(says), qPrintable(d.message));
}

void tst_YamlReader::printableTextIsAccepted()
{
    // Tab, CRLF, two-, three- and four-byte UTF-8 are all printable (YAML 1.2.2 section 5.1);
    // UTF-16 with a byte order mark is a YAML encoding too (section 5.2).
    const YamlReadResult r = YamlReader::read("a: \"x\ty\"\r\nb: h\xc3\xa9llo \xe2\x98\x83 \xf0\x9f\x98\x80\n", QStringLiteral("p.yaml"));
    QVERIFY(r.ok);
    QVERIFY(r.diagnostics.isEmpty());
    const QVariantMap root = r.documents.first().root.toMap();
    QCOMPARE(root.value(QStringLiteral("a")).toString(), QStringLiteral("x\ty"));
    QCOMPARE(root.value(QStringLiteral("b")).toString(), QString::fromUtf8("h\xc3\xa9llo \xe2\x98\x83 \xf0\x9f\x98\x80"));
    QByteArray utf16("\xff\xfe", 2);
    for (const char c : QByteArray("kind: Job\n"))
        utf16 += QByteArray(1, c) + QByteArray(1, '\0'); // UTF-16LE
    const YamlReadResult r16 = YamlReader::read(utf16, QStringLiteral("u16.yaml"));
    QVERIFY(r16.ok);
    QCOMPARE(r16.documents.first().root.toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("Job"));
}

void tst_YamlReader::deepNestingRefusedBeforeParsing_data()
{
    // The depth limit is YamlReader::kMaxDepth = 100 levels below the root (root at depth 0).
    // Hand calculations of where it is crossed:
    //  - `a: [[[...`: the mapping is depth 0, the k-th `[` depth k; the 101st `[` is at column 3 + 101.
    //  - `[[[...` at the top: the k-th `[` is depth k - 1; the 102nd, column 102.
    //  - `k0:` / ` k1:` / `  k2:` ...: line i (1-based) opens the mapping at depth i - 1; line 102
    //    (101 spaces, column 102) opens depth 101.
    //  - `- - - ...`: the k-th `- ` opens the sequence at depth k - 1 at column 2k - 1; the 102nd
    //    (depth 101) is at column 203.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("5,000 flow levels") << QByteArray("a: " + QByteArray(5000, '[') + QByteArray(5000, ']') + "\n") << 1 << 104;
    QTest::newRow("100,000 flow levels") << QByteArray("a: " + QByteArray(100000, '[') + QByteArray(100000, ']') + "\n") << 1 << 104;
    QTest::newRow("5,000 flow mappings at the top")
        << QByteArray(QByteArray("{a: ").repeated(5000) + "1" + QByteArray(5000, '}') + "\n") << 1 << 4 * 101 + 1;
    QTest::newRow("top-level flow") << QByteArray(QByteArray(5000, '[') + QByteArray(5000, ']') + "\n") << 1 << 102;
    QByteArray block;
    for (int i = 0; i < 3000; ++i)
        block += QByteArray(i, ' ') + "k" + QByteArray::number(i) + ":\n";
    QTest::newRow("3,000 block levels") << block << 102 << 102;
    QTest::newRow("3,000 compact sequences") << QByteArray(QByteArray("- ").repeated(3000) + "x\n") << 1 << 203;
    // Brackets inside quotes and comments, and in plain scalars, open nothing; then a real one.
    QTest::newRow("quoted brackets do not count")
        << QByteArray("a: '[[[' # [[[\nb: \"{{\\\"[[\"\nc: x[[[\nd: " + QByteArray(200, '[') + QByteArray(200, ']') + "\n")
        << 4 << 104;
}

void tst_YamlReader::deepNestingRefusedBeforeParsing()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QElapsedTimer timer;
    timer.start();
    const YamlReadResult r = YamlReader::read(text, QStringLiteral("deep.yaml"));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!r.ok);
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.first();
    QCOMPARE(d.rule, QStringLiteral("import.yaml-depth"));
    QVERIFY2(d.message.contains(QStringLiteral("deeper than 100 levels")), qPrintable(d.message));
    QCOMPARE(d.source.line, line);
    QCOMPARE(d.source.column, column);
}

void tst_YamlReader::nestingWithinTheLimitIsRead()
{
    // Scalars at depth 100 (the limit itself), as flow and as block, with brackets in quoted
    // scalars, comments and block scalars that open nothing. `a: [[...` with 99 brackets puts the
    // quoted scalar at depth 100; 99 block lines k0..k98 put `text` in the mapping at depth 99 and
    // its block scalar at depth 100.
    const QByteArray flow = "a: " + QByteArray(99, '[') + "'[[[' # [[[" + "\n" + QByteArray(99, ']') + "\n";
    const YamlReadResult r = YamlReader::read(flow, QStringLiteral("ok.yaml"));
    QVERIFY2(r.ok, qPrintable(r.diagnostics.value(0).message));
    QByteArray block;
    for (int i = 0; i < 99; ++i)
        block += QByteArray(i, ' ') + "k" + QByteArray::number(i) + ":\n";
    block += QByteArray(99, ' ') + "text: |\n" + QByteArray(100, ' ') + "[[[[\n" + QByteArray(130, ' ') + "- - - deep text\n";
    const YamlReadResult rb = YamlReader::read(block, QStringLiteral("ok.yaml"));
    QVERIFY2(rb.ok, qPrintable(rb.diagnostics.value(0).message));
    QVERIFY(rb.diagnostics.isEmpty());
}

void tst_YamlReader::aliasBombRefusedQuickly()
{
    // 10 levels of 9 aliases: a0 has 1 + 9 nodes, a(i) = 1 + 9 * a(i-1): 10, 91, 820, 7381, 66430,
    // 597871, 5380840 (> kMaxNodes = 2,000,000 at a6). Refusing it used to take ~9 s and ~400 MB.
    QByteArray text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= 9; ++i) {
        text += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 9; ++j)
            text += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
        text += "]\n";
    }
    QElapsedTimer timer;
    timer.start();
    const YamlReadResult r = YamlReader::read(text, QStringLiteral("bomb.yaml"));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!r.ok);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().rule, QStringLiteral("import.yaml-size"));
    QCOMPARE(r.diagnostics.first().source.line, 1);

    // Five levels: 1 + 10 + 91 + 820 + 7381 + 66430 = 74,733 nodes, under the limit: expanded.
    QByteArray small = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= 4; ++i) {
        small += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 9; ++j)
            small += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
        small += "]\n";
    }
    const YamlReadResult ok = YamlReader::read(small, QStringLiteral("small.yaml"));
    QVERIFY(ok.ok);

    // Few nodes, long text: one 1 MiB string aliased 200 times is 200 MiB once expanded, more than
    // kMaxExpandedBytes (128 MiB): refused before it is expanded; 100 aliases (100 MiB) are read.
    auto longBomb = [](int aliases) {
        QByteArray t = "s: &s \"" + QByteArray(1024 * 1024, 'x') + "\"\nk:\n";
        for (int i = 0; i < aliases; ++i)
            t += "- *s\n";
        return t;
    };
    const YamlReadResult bytes = YamlReader::read(longBomb(200), QStringLiteral("long.yaml"));
    QVERIFY(!bytes.ok);
    QCOMPARE(bytes.diagnostics.first().rule, QStringLiteral("import.yaml-size"));
    QVERIFY(bytes.diagnostics.first().message.contains(QLatin1String("128 MiB")));
    QVERIFY(YamlReader::read(longBomb(100), QStringLiteral("long.yaml")).ok);
    const QVariantList a4 = ok.documents.first().root.toMap().value(QStringLiteral("a4")).toList();
    QCOMPARE(a4.size(), 9);
    QCOMPARE(a4.at(8).toList().at(8).toList().at(8).toList().at(8).toList().at(8).toString(), QStringLiteral("x"));
}

void tst_YamlReader::tabIndentationNamesTheTab_data()
{
    // YAML 1.2.2 section 6.1: "tab characters must not be used in indentation".
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("tab before a key") << QByteArray("spec:\n\tparallelism: 10\n") << 2 << 1;
    QTest::newRow("tab in a container list") << QByteArray("spec:\n  template:\n    containers:\n    - name: a\n\t  image: x\n    - name: b\n")
                                             << 5 << 1;
    QTest::newRow("tab before a sequence entry") << QByteArray("items:\n  - a\n\t- b\n  - c\n") << 3 << 1;
    QTest::newRow("tab after spaces") << QByteArray("items:\n  - a\n  \t- b\n") << 3 << 3;
    // The `- ` of a block sequence entry is part of the indentation of the compact mapping after
    // it (YAML 1.2.2 section 8.2.1): "-<tab>d: 3" indents the mapping with a tab.
    QTest::newRow("tab after a sequence dash") << QByteArray("a:\n  - b: 1\n    c: 2\n  -\td: 3\n") << 4 << 4;
}

void tst_YamlReader::tabIndentationNamesTheTab()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const YamlReadResult r = YamlReader::read(text, QStringLiteral("tab.yaml"));
    QVERIFY(!r.ok);
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.first();
    QCOMPARE(d.rule, QStringLiteral("import.yaml-syntax"));
    QVERIFY2(d.message.contains(QStringLiteral("tab character in indentation (YAML 1.2 §6.1 forbids tabs for indentation)")),
             qPrintable(d.message));
    QCOMPARE(d.source.line, line);
    QCOMPARE(d.source.column, column);

    // A syntax error with a tab that is not indentation says nothing about tabs.
    const YamlReadResult other = YamlReader::read("a: [1,\tb\n", QStringLiteral("t.yaml"));
    QVERIFY(!other.ok);
    QVERIFY(!other.diagnostics.first().message.contains(QStringLiteral("tab")));
}

void tst_YamlReader::unknownTagWarns()
{
    // CloudFormation User Guide, "Intrinsic function reference": short forms !Ref, !Transform, ...;
    // anything else is unknown to Scaleplan.
    const YamlReadResult r = YamlReader::read("a: !Custom foo\nb: !Ref X\nc: !!str 1\nd: !Transform {Name: M}\n"
                                              "e: !Other [1, 2]\n",
                                              QStringLiteral("tag.yaml"));
    QVERIFY(r.ok);
    const QVariantMap root = r.documents.first().root.toMap();
    QCOMPARE(root.value(QStringLiteral("a")).toString(), QStringLiteral("foo"));
    QCOMPARE(root.value(QStringLiteral("b")).toMap(), (QVariantMap{{QStringLiteral("Ref"), QStringLiteral("X")}}));
    QCOMPARE(root.value(QStringLiteral("c")).toString(), QStringLiteral("1"));
    QCOMPARE(root.value(QStringLiteral("d")).toMap().value(QStringLiteral("Fn::Transform")).toMap().value(QStringLiteral("Name")),
             QVariant(QStringLiteral("M")));
    QCOMPARE(root.value(QStringLiteral("e")).toList().size(), 2);
    QCOMPARE(r.diagnostics.size(), 2);
    const QList<QPair<QString, int>> expected{{QStringLiteral("!Custom"), 1}, {QStringLiteral("!Other"), 5}};
    for (int i = 0; i < 2; ++i) {
        const Diagnostic &d = r.diagnostics.at(i);
        QCOMPARE(d.severity, Severity::Warning);
        QCOMPARE(d.rule, QStringLiteral("import.yaml-unknown-tag"));
        QCOMPARE(d.source.line, expected.at(i).second);
        QCOMPARE(d.source.column, 4);
        QVERIFY(d.message.contains(QStringLiteral("'%1'").arg(expected.at(i).first)));
        QVERIFY(d.message.contains(QStringLiteral("plain value")));
    }
}

QTEST_GUILESS_MAIN(tst_YamlReader)
#include "tst_yamlreader.moc"
