// Tests of AddressPlanDock on the bundled reference design (the seed's "VPC Design for Scale":
// production-vpc 10.0.0.0/16 with public/private/database subnets in three zones): which VPC it
// shows, the table and its CSV (first usable = network + 4, last = broadcast - 1, usable =
// 2^(32-p) - 5: Amazon VPC User Guide, "Subnet CIDR blocks"), clicks on the map, and the maps
// following the design through undo. With SCALEPLAN_GRAB_DIR set it also saves pictures of the
// three tabs there (for looking at them, not checked).

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "model/io/referencedesign.h"
#include "ui/addressplandock.h"
#include "ui/subnetplannerdialog.h"
#include "widgets/cidrmap/cidrblockmodel.h"
#include "widgets/cidrmap/cidrlinearmap.h"
#include "widgets/cidrmap/hilbertmap.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Scaleplan;

class TestAddressPlanDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheFirstVpc();
    void tableAndCsv();
    void clickOnTheMapSelects();
    void followsEdits();
    void grabPictures();

private:
    Design *m_design = nullptr;
    DesignEditor *m_editor = nullptr;
    AddressPlanDock *m_dock = nullptr;
};

void TestAddressPlanDock::init()
{
    m_design = new Design;
    m_editor = new DesignEditor(m_design);
    m_editor->replaceDesign(ReferenceDesign::load());
    m_dock = new AddressPlanDock(m_design, m_editor);
    m_dock->resize(520, 460);
}

void TestAddressPlanDock::cleanup()
{
    delete m_dock;
    delete m_editor;
    delete m_design;
}

void TestAddressPlanDock::showsTheFirstVpc()
{
    const DesignData &data = m_design->data();
    const ObjectId vpc = data.findByName(ObjectKind::Vpc, QStringLiteral("production-vpc"));
    QVERIFY(vpc != 0);
    QCOMPARE(m_dock->vpcId(), data.objectsOfKind(ObjectKind::Vpc).first());
    m_dock->showVpc(vpc);
    QCOMPARE(m_dock->vpcId(), vpc);
    QCOMPARE(m_dock->linearMap()->content().root().toString(), QStringLiteral("10.0.0.0/16"));
    // The seed's VPC design: three zones × public, private, database.
    QCOMPARE(m_dock->linearMap()->content().spans().size(), 9);
    QCOMPARE(m_dock->hilbertMap()->content().spans().size(), 9);
    QCOMPARE(m_dock->linearMap()->content().availabilityZones().size(), 3);
    // Not a VPC: the first VPC again.
    m_dock->showVpc(0);
    QCOMPARE(m_dock->vpcId(), data.objectsOfKind(ObjectKind::Vpc).first());
}

void TestAddressPlanDock::tableAndCsv()
{
    QAbstractItemModelTester tester(m_dock->blockModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ObjectId vpc = m_design->data().findByName(ObjectKind::Vpc, QStringLiteral("production-vpc"));
    m_dock->showVpc(vpc);
    QCOMPARE(m_dock->blockModel()->rowCount(), 9);
    const int oneVpc = m_dock->blockModel()->rowCount();
    m_dock->allVpcsCheck()->setChecked(true);
    QVERIFY(m_dock->blockModel()->rowCount() > oneVpc);
    m_dock->allVpcsCheck()->setChecked(false);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.csv"));
    QString error;
    QVERIFY2(m_dock->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    QCOMPARE(lines[0], QStringLiteral("subnet,cidr,tier,availability_zone,vpc,first_usable,last_usable,usable_addresses,"
                                      "used_by,pod_ip_demand,utilisation_percent"));
    // Sorted by CIDR as the table is: private-a 10.0.0.0/18 first (16,384 - 5 = 16,379 usable,
    // 10.0.0.4 to 10.0.63.254).
    QVERIFY2(lines[1].startsWith(QLatin1String("private-a,10.0.0.0/18,private,us-east-1a,production-vpc,10.0.0.4,10.0.63.254,16379,")),
             qPrintable(lines[1]));
    // public-a 10.0.192.0/21: 2,048 - 5 = 2,043, 10.0.192.4 to 10.0.199.254.
    bool found = false;
    for (const QString &line : lines)
        found = found || line.startsWith(QLatin1String("public-a,10.0.192.0/21,public,us-east-1a,production-vpc,10.0.192.4,10.0.199.254,2043,"));
    QVERIFY(found);
    // The EKS cluster's NodePool puts a pod-IP demand on the private subnets only.
    const CidrBlockModel *model = m_dock->blockModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        const bool isPrivate = model->rows()[r].tier == QLatin1String("private");
        QCOMPARE(model->rows()[r].podIpDemand.has_value(), isPrivate);
        if (isPrivate)
            QVERIFY(model->utilisationPercent(r).value() > 0);
    }
    QVERIFY(!m_dock->exportCsv(dir.filePath(QStringLiteral("missing/dir/plan.csv")), &error));
    QVERIFY(error.contains(QLatin1String("plan.csv")));
}

void TestAddressPlanDock::clickOnTheMapSelects()
{
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock));
    QSignalSpy spy(m_dock, &AddressPlanDock::objectClicked);
    CidrLinearMap *map = m_dock->linearMap();
    const int index = 0;
    const QRectF r = map->spanRect(index);
    QVERIFY(!r.isEmpty());
    QTest::mouseClick(map, Qt::LeftButton, {}, r.center().toPoint());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<ObjectId>(), map->content().spans()[index].id);
}

void TestAddressPlanDock::followsEdits()
{
    const DesignData &data = m_design->data();
    const ObjectId subnet = data.findByName(ObjectKind::Subnet, QStringLiteral("public-a"));
    m_dock->showVpc(data.enclosing(subnet, ObjectKind::Vpc));
    m_editor->setField(subnet, QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/24"));
    // 10.0.0.0/24 lies inside private-a 10.0.0.0/18: both overlap now.
    const CidrMapContent &content = m_dock->linearMap()->content();
    int publicIndex = -1;
    for (int i = 0; i < content.spans().size(); ++i)
        publicIndex = content.spans()[i].id == subnet ? i : publicIndex;
    QVERIFY(publicIndex >= 0);
    QVERIFY(m_dock->linearMap()->content().isOverlapping(publicIndex));
    m_editor->undoStack()->undo();
    QVERIFY(!m_dock->linearMap()->content().isOverlapping(publicIndex));
    // Zooming one map zooms the other.
    m_dock->linearMap()->zoomTo(*Cidr::parse(QStringLiteral("10.0.192.0/18")));
    QCOMPARE(m_dock->hilbertMap()->viewBlock().toString(), QStringLiteral("10.0.192.0/18"));
}

void TestAddressPlanDock::grabPictures()
{
    const QString dir = qEnvironmentVariable("SCALEPLAN_GRAB_DIR");
    if (dir.isEmpty())
        QSKIP("SCALEPLAN_GRAB_DIR not set");
    m_dock->resize(560, 520);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock));
    for (int tab = 0; tab < m_dock->tabs()->count(); ++tab) {
        m_dock->tabs()->setCurrentIndex(tab);
        QTest::qWait(20);
        m_dock->grab().save(QStringLiteral("%1/addressplan-%2.png").arg(dir).arg(tab));
    }
    m_dock->tabs()->setCurrentIndex(1);
    m_dock->hilbertMap()->zoomTo(*Cidr::parse(QStringLiteral("10.0.192.0/18")));
    m_dock->grab().save(QStringLiteral("%1/addressplan-zoomed.png").arg(dir));
    SubnetPlannerDialog dialog(m_editor, m_dock->vpcId());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.grab().save(QStringLiteral("%1/subnetplanner.png").arg(dir));
}

QTEST_MAIN(TestAddressPlanDock)
#include "tst_addressplandock.moc"
