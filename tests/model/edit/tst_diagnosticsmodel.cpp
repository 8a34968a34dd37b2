// Tests of DiagnosticsModel: columns and roles of a diagnostic row, and setDiagnostics() changing
// only the rows that differ (QSignalSpy on rowsInserted/rowsRemoved, QAbstractItemModelTester
// attached throughout). Expected texts are written by hand from the diagnostics built below.

#include "model/diagnostic.h"
#include "model/edit/diagnosticsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Scaleplan;

namespace {
Diagnostic makeDiagnostic(Severity severity, const QString &rule, ObjectId id, const QString &message, int line = 0)
{
    Diagnostic d;
    d.severity = severity;
    d.rule = rule;
    d.objectId = id;
    d.objectPath = QStringLiteral("us-east-1/production-vpc");
    d.message = message;
    d.source = SourceLocation{QStringLiteral("seed.md"), line, line > 0 ? 3 : 0};
    return d;
}
} // namespace

class TestDiagnosticsModel : public QObject
{
    Q_OBJECT

private:
    DiagnosticsModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QList<Diagnostic> m_three;

    QStringList rules() const
    {
        QStringList out;
        for (int row = 0; row < m_model->rowCount(); ++row)
            out.append(m_model->index(row, DiagnosticsModel::RuleColumn).data().toString());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_model = new DiagnosticsModel(this);
        m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_three = {makeDiagnostic(Severity::Error, QStringLiteral("aws.vpc.cidr-size"), 2, QStringLiteral("VPC too small"), 12),
                   makeDiagnostic(Severity::Warning, QStringLiteral("k8s.hpa.min-max"), 9, QStringLiteral("min equals max")),
                   makeDiagnostic(Severity::Info, QStringLiteral("fix.k8s.hpa.min-max"), 9, QStringLiteral("Corrected"), 40)};
    }

    void cleanup()
    {
        delete m_tester;
        delete m_model;
    }

    void columnsAndRoles()
    {
        Diagnostic withFix = m_three.at(0);
        withFix.fix = {FieldChange{2, QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")}};
        withFix.fixDescription = QStringLiteral("widen the VPC to /16");
        m_model->setDiagnostics({withFix, m_three.at(1)});
        QCOMPARE(m_model->columnCount(), 5);
        QCOMPARE(m_model->rowCount(), 2);
        const QStringList headers{"Severity", "Rule", "Object", "Message", "Source"};
        for (int c = 0; c < 5; ++c)
            QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), headers.at(c));
        auto cell = [this](int row, int column, int role = Qt::DisplayRole) { return m_model->index(row, column).data(role); };
        QCOMPARE(cell(0, 0).toString(), QStringLiteral("error"));
        QCOMPARE(cell(0, 1).toString(), QStringLiteral("aws.vpc.cidr-size"));
        QCOMPARE(cell(0, 2).toString(), QStringLiteral("us-east-1/production-vpc"));
        QCOMPARE(cell(0, 3).toString(), QStringLiteral("VPC too small"));
        QCOMPARE(cell(0, 4).toString(), QStringLiteral("seed.md:12:3"));
        QCOMPARE(cell(1, 0).toString(), QStringLiteral("warning"));
        QCOMPARE(cell(1, 4).toString(), QStringLiteral("seed.md")); // line unknown
        QCOMPARE(cell(0, 2, Qt::ToolTipRole).toString(),
                 QStringLiteral("VPC too small\nseed.md:12:3\nFix: widen the VPC to /16"));
        QCOMPARE(cell(1, 0, Qt::ToolTipRole).toString(), QStringLiteral("min equals max\nseed.md"));
        QCOMPARE(cell(1, 3, DiagnosticsModel::SeverityRole).toInt(), int(Severity::Warning));
        QCOMPARE(cell(1, 3, DiagnosticsModel::ObjectIdRole).toULongLong(), 9ull);
        QVERIFY(!cell(0, 0, Qt::ForegroundRole).isValid()); // views colour by SeverityRole
        QVERIFY(!cell(0, 0, Qt::DecorationRole).isValid());
        QCOMPARE(m_model->diagnosticAt(0), withFix);
    }

    void setDiagnostics_changesOnlyDifferingRows_data()
    {
        QTest::addColumn<QList<int>>("before"); // indices into m_three (3 = a fourth, new diagnostic)
        QTest::addColumn<QList<int>>("after");
        QTest::addColumn<int>("removedFirst"); // -1 = no rowsRemoved
        QTest::addColumn<int>("removedLast");
        QTest::addColumn<int>("insertedFirst"); // -1 = no rowsInserted
        QTest::addColumn<int>("insertedLast");
        QTest::newRow("fill empty") << QList<int>{} << QList<int>{0, 1, 2} << -1 << -1 << 0 << 2;
        QTest::newRow("clear") << QList<int>{0, 1, 2} << QList<int>{} << 0 << 2 << -1 << -1;
        QTest::newRow("same list") << QList<int>{0, 1, 2} << QList<int>{0, 1, 2} << -1 << -1 << -1 << -1;
        QTest::newRow("middle replaced") << QList<int>{0, 1, 2} << QList<int>{0, 3, 2} << 1 << 1 << 1 << 1;
        QTest::newRow("middle gone") << QList<int>{0, 1, 2} << QList<int>{0, 2} << 1 << 1 << -1 << -1;
        QTest::newRow("appended") << QList<int>{0, 1} << QList<int>{0, 1, 2, 3} << -1 << -1 << 2 << 3;
        QTest::newRow("head gone") << QList<int>{0, 1, 2} << QList<int>{1, 2} << 0 << 0 << -1 << -1;
    }

    void setDiagnostics_changesOnlyDifferingRows()
    {
        QFETCH(QList<int>, before);
        QFETCH(QList<int>, after);
        QFETCH(int, removedFirst);
        QFETCH(int, removedLast);
        QFETCH(int, insertedFirst);
        QFETCH(int, insertedLast);
        const QList<Diagnostic> pool = m_three
            + QList<Diagnostic>{makeDiagnostic(Severity::Error, QStringLiteral("aws.subnet.overlap"), 5, QStringLiteral("overlap"))};
        auto listOf = [&pool](const QList<int> &indices) {
            QList<Diagnostic> out;
            for (int i : indices)
                out.append(pool.at(i));
            return out;
        };
        m_model->setDiagnostics(listOf(before));
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        m_model->setDiagnostics(listOf(after));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), removedFirst < 0 ? 0 : 1);
        if (removedFirst >= 0) {
            QCOMPARE(removed.at(0).at(1).toInt(), removedFirst);
            QCOMPARE(removed.at(0).at(2).toInt(), removedLast);
        }
        QCOMPARE(inserted.count(), insertedFirst < 0 ? 0 : 1);
        if (insertedFirst >= 0) {
            QCOMPARE(inserted.at(0).at(1).toInt(), insertedFirst);
            QCOMPARE(inserted.at(0).at(2).toInt(), insertedLast);
        }
        QStringList expectedRules;
        for (int i : after)
            expectedRules.append(pool.at(i).rule);
        QCOMPARE(rules(), expectedRules);
        QCOMPARE(m_model->diagnostics(), listOf(after));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
