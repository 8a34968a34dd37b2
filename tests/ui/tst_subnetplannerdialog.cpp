// Tests of SubnetPlannerDialog: the initial values read from the VPC, the plan it previews, and
// that "Apply plan" is one undo step that undo reverts exactly.
//
// Hand calculation of the plan used below (SubnetPlanner: largest tier first, zones side by side,
// each block at the lowest free aligned address, then the next block of the tier's size kept free):
// VPC 10.0.0.0/16, zones us-east-1a, us-east-1b, tiers public /24 and private /20.
//   private /20 (4,096 addresses): a = 10.0.0.0/20, b = 10.0.16.0/20, kept free 10.0.32.0/20;
//   public /24 (256 addresses): the first free /24 is 10.0.48.0 (after 10.0.47.255), so
//   a = 10.0.48.0/24, b = 10.0.49.0/24, kept free 10.0.50.0/24.
// Usable: /20 = 4,096 - 5 = 4,091; /24 = 256 - 5 = 251 (Amazon VPC User Guide, "Subnet CIDR blocks").

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "ui/subnetplannerdialog.h"
#include "widgets/cidrmap/cidrlinearmap.h"
#include "widgets/cidrmap/hilbertmap.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Scaleplan;

class TestSubnetPlannerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void initialValuesFromTheVpc();
    void previewShowsThePlan();
    void applyIsOneUndoStep();
    void applyThroughTheButton();
    void impossiblePlanDisablesApply();

private:
    Design *m_design = nullptr;
    DesignEditor *m_editor = nullptr;
    ObjectId m_vpc = 0;
    ObjectId m_zoneA = 0;
    ObjectId m_publicA = 0;
};

void TestSubnetPlannerDialog::init()
{
    m_design = new Design;
    m_editor = new DesignEditor(m_design);
    DesignData data;
    auto add = [&data](ObjectKind kind, ObjectId parent, const QString &name, QVariantMap fields) {
        DesignObject o;
        o.kind = kind;
        o.parentId = parent;
        o.name = name;
        o.fields = fields;
        return data.insert(o);
    };
    const ObjectId region = add(ObjectKind::Region, 0, QStringLiteral("us-east-1"), {{QStringLiteral("RegionName"), QStringLiteral("us-east-1")}});
    m_vpc = add(ObjectKind::Vpc, region, QStringLiteral("production-vpc"), {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")}});
    m_zoneA = add(ObjectKind::AvailabilityZone, m_vpc, QStringLiteral("us-east-1a"), {{QStringLiteral("AvailabilityZone"), QStringLiteral("us-east-1a")}});
    m_publicA = add(ObjectKind::Subnet, m_zoneA, QStringLiteral("public-a"),
                    {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/24")}, {QStringLiteral("Tier"), QStringLiteral("public")}});
    m_editor->replaceDesign(data);
}

void TestSubnetPlannerDialog::cleanup()
{
    delete m_editor;
    delete m_design;
    m_editor = nullptr;
    m_design = nullptr;
}

void TestSubnetPlannerDialog::initialValuesFromTheVpc()
{
    SubnetPlannerDialog dialog(m_editor, m_vpc);
    QCOMPARE(dialog.vpcBlockText(), QStringLiteral("10.0.0.0/16"));
    QCOMPARE(dialog.availabilityZones(), QStringList{QStringLiteral("us-east-1a")});
    const QList<SubnetPlanner::Tier> tiers = dialog.tiers();
    QCOMPARE(tiers.size(), 1);
    QCOMPARE(tiers[0].name, QStringLiteral("public"));
    QCOMPARE(tiers[0].prefixLength, 24);
    QVERIFY(dialog.windowTitle().contains(QLatin1String("production-vpc")));
}

void TestSubnetPlannerDialog::previewShowsThePlan()
{
    SubnetPlannerDialog dialog(m_editor, m_vpc);
    dialog.setAvailabilityZones({QStringLiteral("us-east-1a"), QStringLiteral("us-east-1b")});
    dialog.setTiers({{QStringLiteral("public"), 24, 0}, {QStringLiteral("private"), 20, 0}});
    QVERIFY2(dialog.plan().ok, qPrintable(dialog.statusText()));
    const QList<SubnetPlannerDialog::Change> changes = dialog.changes();
    QCOMPARE(changes.size(), 4);
    QStringList planned;
    for (const auto &c : changes)
        planned << QStringLiteral("%1 %2 %3").arg(c.tier, c.availabilityZone, c.block.toString());
    planned.sort();
    QCOMPARE(planned, QStringList({"private us-east-1a 10.0.0.0/20", "private us-east-1b 10.0.16.0/20",
                                   "public us-east-1a 10.0.48.0/24", "public us-east-1b 10.0.49.0/24"}));
    for (const auto &c : changes) {
        if (c.tier == QLatin1String("public") && c.availabilityZone == QLatin1String("us-east-1a")) {
            QCOMPARE(c.subnetId, m_publicA);
            QCOMPARE(c.previousBlock, QStringLiteral("10.0.0.0/24"));
        } else {
            QCOMPARE(c.subnetId, ObjectId(0));
        }
        QCOMPARE(c.zoneId, c.availabilityZone == QLatin1String("us-east-1a") ? m_zoneA : ObjectId(0));
    }
    // Both maps preview the plan: 4 spans in the VPC block; the existing subnet keeps its id.
    QCOMPARE(dialog.linearMap()->content().root().toString(), QStringLiteral("10.0.0.0/16"));
    QCOMPARE(dialog.linearMap()->content().spans().size(), 4);
    QCOMPARE(dialog.hilbertMap()->content().spans().size(), 4);
    QCOMPARE(dialog.changesTable()->rowCount(), 4);
    // Free after the plan: 65,536 - 2 × 4,096 - 2 × 256 = 56,832 = 86.7 %.
    QVERIFY2(dialog.statusText().contains(QLatin1String("86.7")), qPrintable(dialog.statusText()));
    // Nothing was changed by previewing.
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void TestSubnetPlannerDialog::applyIsOneUndoStep()
{
    const DesignData before = m_design->snapshot();
    SubnetPlannerDialog dialog(m_editor, m_vpc);
    dialog.setAvailabilityZones({QStringLiteral("us-east-1a"), QStringLiteral("us-east-1b")});
    dialog.setTiers({{QStringLiteral("public"), 24, 0}, {QStringLiteral("private"), 0, 4000}}); // 4,000 hosts -> /20 (4,091 usable)
    QVERIFY(dialog.apply());
    QCOMPARE(m_editor->undoStack()->count(), 1);

    const DesignData &after = m_design->data();
    QCOMPARE(after.object(m_publicA)->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.0.48.0/24"));
    const ObjectId zoneB = after.findByName(ObjectKind::AvailabilityZone, QStringLiteral("us-east-1b"));
    QVERIFY(zoneB != 0);
    QCOMPARE(after.object(zoneB)->parentId, m_vpc);
    QCOMPARE(after.object(zoneB)->field(QStringLiteral("AvailabilityZone")).toString(), QStringLiteral("us-east-1b"));
    const ObjectId privateA = after.findByName(ObjectKind::Subnet, QStringLiteral("private-a"));
    const ObjectId privateB = after.findByName(ObjectKind::Subnet, QStringLiteral("private-b"));
    const ObjectId publicB = after.findByName(ObjectKind::Subnet, QStringLiteral("public-b"));
    QVERIFY(privateA && privateB && publicB);
    QCOMPARE(after.object(privateA)->parentId, m_zoneA);
    QCOMPARE(after.object(privateA)->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.0.0.0/20"));
    QCOMPARE(after.object(privateB)->parentId, zoneB);
    QCOMPARE(after.object(privateB)->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.0.16.0/20"));
    QCOMPARE(after.object(publicB)->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.0.49.0/24"));
    QCOMPARE(after.object(publicB)->field(QStringLiteral("Tier")).toString(), QStringLiteral("public"));
    QCOMPARE(after.object(publicB)->field(QStringLiteral("MapPublicIpOnLaunch")).toBool(), true);
    QCOMPARE(after.object(privateB)->field(QStringLiteral("MapPublicIpOnLaunch")).isValid(), false);

    m_editor->undoStack()->undo();
    QVERIFY(m_design->data() == before);
    QCOMPARE(m_editor->undoStack()->index(), 0);
    m_editor->undoStack()->redo();
    QCOMPARE(m_design->data().object(m_publicA)->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.0.48.0/24"));
    QCOMPARE(m_design->data().objectsOfKind(ObjectKind::Subnet).size(), 4);
}

void TestSubnetPlannerDialog::applyThroughTheButton()
{
    SubnetPlannerDialog dialog(m_editor, m_vpc);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Type a VPC block change into the field: the VPC's CidrBlock is part of the same step.
    auto *blockEdit = dialog.findChild<QLineEdit *>(QStringLiteral("vpcBlockEdit"));
    QVERIFY(blockEdit);
    blockEdit->selectAll();
    QTest::keyClicks(blockEdit, QStringLiteral("10.8.0.0/20"));
    // One public /24 in us-east-1a: the first /24 of 10.8.0.0/20.
    QCOMPARE(dialog.changes().size(), 1);
    QCOMPARE(dialog.changes()[0].block.toString(), QStringLiteral("10.8.0.0/24"));
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QPushButton *apply = box->button(QDialogButtonBox::Ok);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_design->data().object(m_vpc)->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.8.0.0/20"));
    QCOMPARE(m_design->data().object(m_publicA)->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.8.0.0/24"));
    m_editor->undoStack()->undo();
    QCOMPARE(m_design->data().object(m_vpc)->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.0.0.0/16"));
    QCOMPARE(m_design->data().object(m_publicA)->field(QStringLiteral("CidrBlock")).toString(), QStringLiteral("10.0.0.0/24"));
}

void TestSubnetPlannerDialog::impossiblePlanDisablesApply()
{
    SubnetPlannerDialog dialog(m_editor, m_vpc);
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    // Three /17s in two zones need 6 × 32,768 addresses: more than the /16's 65,536.
    dialog.setAvailabilityZones({QStringLiteral("us-east-1a"), QStringLiteral("us-east-1b")});
    dialog.setTiers({{QStringLiteral("a"), 17, 0}, {QStringLiteral("b"), 17, 0}, {QStringLiteral("c"), 17, 0}});
    QVERIFY(!dialog.plan().ok);
    QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!dialog.statusText().isEmpty());
    QVERIFY(!dialog.apply());
    // A block with host bits set: the parse error and its suggestion are shown.
    dialog.setTiers({{QStringLiteral("public"), 24, 0}});
    dialog.setVpcBlock(QStringLiteral("10.0.0.1/16"));
    QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY2(dialog.statusText().contains(QLatin1String("10.0.0.0/16")), qPrintable(dialog.statusText()));
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

QTEST_MAIN(TestSubnetPlannerDialog)
#include "tst_subnetplannerdialog.moc"
