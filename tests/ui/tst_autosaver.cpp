// Autosaver: unsaved work reaches a recovery file after the interval (RecoveryStore::recover
// gives back exactly the design being edited, also after incremental writes that shift sibling
// rows), a save or an undo back to the saved state deletes it, and a recovery file whose owner
// process is gone is found at the next start and restored as a modified, unsaved design.
// Recovery file names: SHA-1 values computed with Python's hashlib (quoted beside the case).

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "model/io/projectfile.h"
#include "model/io/recoverystore.h"
#include "model/io/referencedesign.h"
#include "ui/autosaver.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QAbstractButton>
#include <QMessageBox>
#include <QTimer>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Scaleplan;

class TestAutosaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void recoveryBaseName_data();
    void recoveryBaseName();
    void autosaveAfterIntervalEqualsDesign();
    void incrementalWritesFollowEveryKindOfEdit();
    void undoBackToCleanDeletesRecoveryFile();
    void mainWindowSaveDeletesRecoveryFile();
    void orphanOfDeadProcessIsOfferedAndRestored();
    void offerRecoveryAsksRestoreDiscardLater();

private:
    static DesignData smallDesign();
    static qint64 deadPid();
    static void verifyRecoveryEquals(const QString &path, const DesignData &expected);
    /// Writes a recovery file + sidecar as a crashed process `pid` would leave for `project`.
    static QString writeOrphan(const QString &project, qint64 pid, const DesignData &design);
};

void TestAutosaver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ScaleplanTest"));
    QApplication::setApplicationName(QStringLiteral("tst_autosaver"));
}

void TestAutosaver::init()
{
    QDir(Autosaver::recoveryDirectory()).removeRecursively();
}

DesignData TestAutosaver::smallDesign()
{
    // us-east-1 > vpc > {a, b, c} (three subnets, so a removal shifts the rows of the later ones).
    DesignData data;
    data.name = QStringLiteral("small");
    DesignObject region{0, ObjectKind::Region, 0, QStringLiteral("us-east-1"), {}, {}, {}};
    const ObjectId r = data.insert(region);
    DesignObject vpc{0, ObjectKind::Vpc, r, QStringLiteral("vpc"), {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/16")}}, {}, {}};
    const ObjectId v = data.insert(vpc);
    const QStringList subnets{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (int i = 0; i < subnets.size(); ++i) {
        DesignObject subnet{0, ObjectKind::Subnet, v, subnets[i],
                            {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.%1.0/24").arg(i)}}, {}, {}};
        data.insert(subnet);
    }
    return data;
}

qint64 TestAutosaver::deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid; // reaped by QProcess: no process with this id exists any more
}

void TestAutosaver::verifyRecoveryEquals(const QString &path, const DesignData &expected)
{
    QString error;
    const std::optional<DesignData> recovered = RecoveryStore::recover(path, &error);
    QVERIFY2(recovered, qPrintable(error));
    QCOMPARE(recovered->preorder(), expected.preorder());
    for (ObjectId id : expected.preorder())
        QCOMPARE(*recovered->object(id), *expected.object(id));
    QVERIFY(*recovered == expected);
}

void TestAutosaver::recoveryBaseName_data()
{
    QTest::addColumn<QString>("documentPath");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("expected");
    QTest::newRow("untitled") << QString() << qint64(4242) << QStringLiteral("untitled-4242");
    // python3 -c "import hashlib; print(hashlib.sha1(b'/tmp/x/My Design.scaleplan').hexdigest()[:12])"
    // → 09eabb765ed9; the space becomes '_'.
    QTest::newRow("saved project") << QStringLiteral("/tmp/x/My Design.scaleplan") << qint64(4242)
                                   << QStringLiteral("My_Design-09eabb765ed9");
}

void TestAutosaver::recoveryBaseName()
{
    QFETCH(QString, documentPath);
    QFETCH(qint64, pid);
    QFETCH(QString, expected);
    QCOMPARE(Autosaver::recoveryBaseName(documentPath, pid), expected);
}

void TestAutosaver::autosaveAfterIntervalEqualsDesign()
{
    Design design;
    DesignEditor editor(&design);
    editor.replaceDesign(smallDesign());
    Autosaver autosaver(&design, editor.undoStack());
    autosaver.setIntervalMilliseconds(50);
    QSignalSpy saved(&autosaver, &Autosaver::autosaved);

    // Clean: nothing to recover, nothing written however long we wait.
    QTest::qWait(200);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!QFile::exists(autosaver.recoveryFilePath()));

    const ObjectId vpc = design.data().findByName(ObjectKind::Vpc, QStringLiteral("vpc"));
    editor.setField(vpc, QStringLiteral("CidrBlock"), QStringLiteral("10.1.0.0/16"));
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 1, 2000);
    QCOMPARE(autosaver.recoveryFilePath(),
             QDir(Autosaver::recoveryDirectory())
                 .filePath(QStringLiteral("untitled-%1.scaleplan-recovery").arg(QCoreApplication::applicationPid())));
    QVERIFY(QFile::exists(autosaver.recoveryFilePath()));
    verifyRecoveryEquals(autosaver.recoveryFilePath(), design.data());
    // The field really is the edited one (not only "equal to something").
    QString error;
    QCOMPARE(RecoveryStore::recover(autosaver.recoveryFilePath(), &error)->object(vpc)->field(QStringLiteral("CidrBlock")),
             QVariant(QStringLiteral("10.1.0.0/16")));

    // The sidecar names this process as the owner: not an orphan while we run.
    QFile sidecar(autosaver.sidecarFilePath());
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(sidecar.readAll()).object().value(QStringLiteral("pid")).toInteger(),
             QCoreApplication::applicationPid());
    QVERIFY(Autosaver::orphanedRecoveries().isEmpty());

    // Nothing changed since: no further write.
    const int writes = int(saved.count());
    QTest::qWait(200);
    QCOMPARE(int(saved.count()), writes);
}

void TestAutosaver::incrementalWritesFollowEveryKindOfEdit()
{
    Design design;
    DesignEditor editor(&design);
    editor.replaceDesign(smallDesign());
    Autosaver autosaver(&design, editor.undoStack());
    autosaver.setIntervalSeconds(0); // driven by autosaveNow() here
    const DesignData &data = design.data();
    const ObjectId region = data.findByName(ObjectKind::Region, QStringLiteral("us-east-1"));
    const ObjectId vpc = data.findByName(ObjectKind::Vpc, QStringLiteral("vpc"));
    const ObjectId a = data.findByName(ObjectKind::Subnet, QStringLiteral("a"));
    const ObjectId b = data.findByName(ObjectKind::Subnet, QStringLiteral("b"));
    const ObjectId c = data.findByName(ObjectKind::Subnet, QStringLiteral("c"));

    editor.rename(c, QStringLiteral("c-renamed")); // first write: the whole design
    QVERIFY(autosaver.autosaveNow());
    verifyRecoveryEquals(autosaver.recoveryFilePath(), data);

    editor.removeObjects({a}); // b and c move up one row
    QVERIFY(autosaver.autosaveNow());
    verifyRecoveryEquals(autosaver.recoveryFilePath(), data);
    QCOMPARE(data.rowOf(c), 1);

    DesignObject d{0, ObjectKind::Subnet, vpc, QStringLiteral("d"), {{QStringLiteral("CidrBlock"), QStringLiteral("10.0.9.0/24")}}, {}, {}};
    editor.addObject(d, 0); // inserted first: b and c move down
    QVERIFY(autosaver.autosaveNow());
    verifyRecoveryEquals(autosaver.recoveryFilePath(), data);

    editor.reparent(b, region, 0); // out of the VPC, before it in the region
    QVERIFY(autosaver.autosaveNow());
    verifyRecoveryEquals(autosaver.recoveryFilePath(), data);

    editor.undoStack()->undo(); // move back
    editor.undoStack()->undo(); // d gone again
    editor.undoStack()->undo(); // a back at row 0 with its id
    QVERIFY(autosaver.autosaveNow());
    verifyRecoveryEquals(autosaver.recoveryFilePath(), data);
    QCOMPARE(data.children(vpc), (QList<ObjectId>{a, b, c}));
}

void TestAutosaver::undoBackToCleanDeletesRecoveryFile()
{
    Design design;
    DesignEditor editor(&design);
    editor.replaceDesign(smallDesign());
    editor.undoStack()->setClean();
    Autosaver autosaver(&design, editor.undoStack());
    autosaver.setIntervalSeconds(0);
    const ObjectId vpc = design.data().findByName(ObjectKind::Vpc, QStringLiteral("vpc"));
    editor.setField(vpc, QStringLiteral("CidrBlock"), QStringLiteral("10.2.0.0/16"));
    QVERIFY(autosaver.autosaveNow());
    QVERIFY(QFile::exists(autosaver.recoveryFilePath()));
    QVERIFY(QFile::exists(autosaver.sidecarFilePath()));
    editor.undoStack()->undo(); // back to the saved state: nothing to recover
    QVERIFY(!QFile::exists(autosaver.recoveryFilePath()));
    QVERIFY(!QFile::exists(autosaver.sidecarFilePath()));
    // Redo makes it dirty again; the next autosave writes the whole design anew.
    editor.undoStack()->redo();
    QVERIFY(autosaver.autosaveNow());
    verifyRecoveryEquals(autosaver.recoveryFilePath(), design.data());
}

void TestAutosaver::mainWindowSaveDeletesRecoveryFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("reference.scaleplan"));
    MainWindow window;
    window.setInteractive(false);
    window.setDesign(ReferenceDesign::load());
    QVERIFY(window.saveTo(project));
    window.autosaver()->setIntervalMilliseconds(100);
    // python3: hashlib.sha1(<absolute path>) — the name must carry the document, not the pid.
    QVERIFY(window.autosaver()->recoveryFilePath().contains(QStringLiteral("/reference-")));
    QVERIFY(!window.autosaver()->recoveryFilePath().contains(QString::number(QCoreApplication::applicationPid())));

    const ObjectId hpa = window.design()->data().findByName(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"));
    QVERIFY(hpa != 0);
    window.editor()->setField(hpa, QStringLiteral("spec.maxReplicas"), 60);
    QVERIFY(window.isWindowModified());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(window.autosaver()->recoveryFilePath()), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(window.autosaver()->hasRecoveryFile(), 3000);
    verifyRecoveryEquals(window.autosaver()->recoveryFilePath(), window.design()->data());

    QVERIFY(window.saveTo(project));
    QVERIFY(!QFile::exists(window.autosaver()->recoveryFilePath()));
    QVERIFY(!QFile::exists(window.autosaver()->sidecarFilePath()));
    QTest::qWait(300); // clean now: the timer writes nothing
    QVERIFY(!QFile::exists(window.autosaver()->recoveryFilePath()));
}

void TestAutosaver::orphanOfDeadProcessIsOfferedAndRestored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("crashed.scaleplan"));
    DesignData unsaved = smallDesign();
    unsaved.setField(unsaved.findByName(ObjectKind::Subnet, QStringLiteral("b")), QStringLiteral("CidrBlock"),
                     QStringLiteral("10.0.77.0/24"));

    // What a crashed session leaves: a recovery file and a sidecar naming a process that is gone.
    const qint64 pid = deadPid();
    QVERIFY(pid > 0);
    QVERIFY(!Autosaver::isProcessRunning(pid));
    QVERIFY(Autosaver::isProcessRunning(QCoreApplication::applicationPid()));
    QVERIFY(QDir().mkpath(Autosaver::recoveryDirectory()));
    const QString base = QDir(Autosaver::recoveryDirectory()).filePath(Autosaver::recoveryBaseName(project, pid));
    {
        RecoveryStore store(base + QStringLiteral(".scaleplan-recovery"));
        QString error;
        QVERIFY2(store.writeAll(unsaved, &error), qPrintable(error));
    }
    QFile sidecar(base + QStringLiteral(".json"));
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(QJsonDocument(QJsonObject{{QStringLiteral("pid"), pid},
                                            {QStringLiteral("documentPath"), project},
                                            {QStringLiteral("designName"), QStringLiteral("small")},
                                            {QStringLiteral("savedUtc"), QStringLiteral("2026-12-01T10:00:00Z")}})
                      .toJson());
    sidecar.close();
    // A second one owned by this (running) process is not an orphan.
    QFile::copy(base + QStringLiteral(".scaleplan-recovery"),
                QDir(Autosaver::recoveryDirectory()).filePath(QStringLiteral("live.scaleplan-recovery")));
    QFile live(QDir(Autosaver::recoveryDirectory()).filePath(QStringLiteral("live.json")));
    QVERIFY(live.open(QIODevice::WriteOnly));
    live.write(QJsonDocument(QJsonObject{{QStringLiteral("pid"), QCoreApplication::applicationPid()}}).toJson());
    live.close();

    const QList<RecoveryCandidate> orphans = Autosaver::orphanedRecoveries();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().pid, pid);
    QCOMPARE(orphans.first().documentPath, project);
    QCOMPARE(orphans.first().savedUtc, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));

    MainWindow window;
    window.setInteractive(false);
    window.setDesign(ReferenceDesign::load());
    QVERIFY(window.restoreRecovery(orphans.first()));
    QVERIFY(window.design()->data() == unsaved);
    QVERIFY(window.isWindowModified());
    QVERIFY(!window.editor()->undoStack()->isClean());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("crashed[*]")));
    // This session took the work over: its own recovery file holds it, under the project's name.
    QCOMPARE(window.autosaver()->recoveryFilePath(), QString(base + QStringLiteral(".scaleplan-recovery")));
    verifyRecoveryEquals(window.autosaver()->recoveryFilePath(), unsaved);
    QVERIFY(Autosaver::orphanedRecoveries().isEmpty());

    // Saving writes it to the original project and ends the recovery.
    QVERIFY(window.saveTo(project));
    QVERIFY(!QFile::exists(window.autosaver()->recoveryFilePath()));
    QString error;
    QVERIFY(*ProjectFile::load(project, &error) == unsaved);
}

QString TestAutosaver::writeOrphan(const QString &project, qint64 pid, const DesignData &design)
{
    QDir().mkpath(Autosaver::recoveryDirectory());
    const QString base = QDir(Autosaver::recoveryDirectory()).filePath(Autosaver::recoveryBaseName(project, pid));
    RecoveryStore store(base + QStringLiteral(".scaleplan-recovery"));
    QString error;
    if (!store.writeAll(design, &error))
        return {};
    QFile sidecar(base + QStringLiteral(".json"));
    if (!sidecar.open(QIODevice::WriteOnly))
        return {};
    sidecar.write(QJsonDocument(QJsonObject{{QStringLiteral("pid"), pid},
                                            {QStringLiteral("documentPath"), project},
                                            {QStringLiteral("designName"), design.name},
                                            {QStringLiteral("savedUtc"), QStringLiteral("2026-12-01T10:00:00Z")}})
                      .toJson());
    return base;
}

void TestAutosaver::offerRecoveryAsksRestoreDiscardLater()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("offered.scaleplan"));
    const QString base = writeOrphan(project, deadPid(), smallDesign());
    QVERIFY(!base.isEmpty());

    MainWindow window;
    window.setDesign(ReferenceDesign::load());
    const DesignData before = window.design()->data();
    // Answers the modal question box with the button whose text is `answer` (after a look).
    QStringList seenTexts;
    auto answerWith = [&](const QString &answer) {
        QTimer::singleShot(50, this, [&seenTexts, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            seenTexts << box->text();
            const QString grabDir = qEnvironmentVariable("SCALEPLAN_GRAB_DIR");
            if (!grabDir.isEmpty())
                box->grab().save(QDir(grabDir).filePath(QStringLiteral("recovery-offer.png")));
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == answer) {
                    QTest::mouseClick(button, Qt::LeftButton);
                    return;
                }
            }
            QFAIL("button not found");
        });
    };

    answerWith(QStringLiteral("Later"));
    window.offerRecovery();
    QCOMPARE(seenTexts.size(), 1);
    QVERIFY2(seenTexts.first().contains(QStringLiteral("\"offered.scaleplan\"")), qPrintable(seenTexts.first()));
    QVERIFY(window.design()->data() == before);
    QVERIFY(QFile::exists(base + QStringLiteral(".scaleplan-recovery"))); // asked again next time

    answerWith(QStringLiteral("Discard"));
    window.offerRecovery();
    QCOMPARE(seenTexts.size(), 2);
    QVERIFY(window.design()->data() == before);
    QVERIFY(!QFile::exists(base + QStringLiteral(".scaleplan-recovery")));
    QVERIFY(!QFile::exists(base + QStringLiteral(".json")));
    QVERIFY(Autosaver::orphanedRecoveries().isEmpty());

    QVERIFY(!writeOrphan(project, deadPid(), smallDesign()).isEmpty());
    answerWith(QStringLiteral("Restore"));
    window.offerRecovery();
    QCOMPARE(seenTexts.size(), 3);
    QVERIFY(window.design()->data() == smallDesign());
    QVERIFY(window.isWindowModified());
    window.setInteractive(false); // no "save changes?" question when the window goes
}

QTEST_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
