// PreferencesDialog: defaults (autosave on, every 60 s — the "every N seconds" with the
// default the feature brief names; revision name "as reviewed on <date>", the example),
// edits through the real widgets written to QSettings on OK and discarded on Cancel.

#include "ui/preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Scaleplan;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaults();
    void okWritesSettings();
    void cancelKeepsSettings();
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ScaleplanTest"));
    QApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
}

void TestPreferencesDialog::init()
{
    QSettings().clear();
}

void TestPreferencesDialog::defaults()
{
    QVERIFY(PreferencesDialog::autosaveEnabled());
    QCOMPARE(PreferencesDialog::autosaveIntervalSeconds(), 60);
    QCOMPARE(PreferencesDialog::defaultRevisionName(QDate(2026, 12, 1)), QStringLiteral("as reviewed on 2026-12-01"));
    PreferencesDialog dialog;
    QVERIFY(dialog.autosaveCheck()->isChecked());
    QCOMPARE(dialog.intervalSpin()->value(), 60);
    QCOMPARE(dialog.revisionNameEdit()->text(), QStringLiteral("as reviewed on {date}"));
}

void TestPreferencesDialog::okWritesSettings()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString grabDir = qEnvironmentVariable("SCALEPLAN_GRAB_DIR");
    if (!grabDir.isEmpty())
        dialog.grab().save(QDir(grabDir).filePath(QStringLiteral("preferences.png")));
    QSignalSpy changed(&dialog, &PreferencesDialog::settingsChanged);

    dialog.intervalSpin()->selectAll();
    QTest::keyClicks(dialog.intervalSpin(), QStringLiteral("30"));
    dialog.revisionNameEdit()->selectAll();
    QTest::keyClicks(dialog.revisionNameEdit(), QStringLiteral("review {date}"));
    QTest::keyClick(&dialog, Qt::Key_Return); // OK is the default button
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(PreferencesDialog::autosaveIntervalSeconds(), 30);
    QCOMPARE(PreferencesDialog::defaultRevisionName(QDate(2027, 1, 15)), QStringLiteral("review 2027-01-15"));

    PreferencesDialog again;
    QCOMPARE(again.intervalSpin()->value(), 30);
    QTest::mouseClick(again.autosaveCheck(), Qt::LeftButton, {}, QPoint(8, again.autosaveCheck()->height() / 2));
    QVERIFY(!again.autosaveCheck()->isChecked());
    QVERIFY(!again.intervalSpin()->isEnabled());
    again.accept();
    QCOMPARE(PreferencesDialog::autosaveIntervalSeconds(), 0); // off
}

void TestPreferencesDialog::cancelKeepsSettings()
{
    PreferencesDialog dialog;
    dialog.intervalSpin()->setValue(5);
    dialog.reject();
    QCOMPARE(PreferencesDialog::autosaveIntervalSeconds(), 60);
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
