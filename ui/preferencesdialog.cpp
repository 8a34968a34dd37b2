#include "ui/preferencesdialog.h"

#include "ui/autosaver.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Scaleplan {

namespace {
const char kAutosaveEnabledKey[] = "autosave/enabled";
const char kAutosaveIntervalKey[] = "autosave/intervalSeconds";
const char kRevisionNameKey[] = "revisions/defaultName";
const char kDateToken[] = "{date}";

QString defaultRevisionTemplate()
{
    return PreferencesDialog::tr("as reviewed on %1").arg(QLatin1String(kDateToken));
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    auto *autosaveBox = new QGroupBox(tr("Crash recovery"), this);
    auto *autosaveForm = new QFormLayout(autosaveBox);
    m_autosave = new QCheckBox(tr("Autosave unsaved work to a recovery file"), autosaveBox);
    m_autosave->setObjectName(QStringLiteral("autosaveCheck"));
    m_interval = new QSpinBox(autosaveBox);
    m_interval->setObjectName(QStringLiteral("autosaveIntervalSpin"));
    m_interval->setRange(kMinimumAutosaveSeconds, kMaximumAutosaveSeconds);
    m_interval->setSuffix(tr(" s"));
    auto *folder = new QLabel(QDir::toNativeSeparators(Autosaver::recoveryDirectory()), autosaveBox);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setWordWrap(true);
    folder->setForegroundRole(QPalette::PlaceholderText);
    autosaveForm->addRow(m_autosave);
    autosaveForm->addRow(tr("&Every:"), m_interval);
    autosaveForm->addRow(tr("Folder:"), folder);
    connect(m_autosave, &QCheckBox::toggled, m_interval, &QWidget::setEnabled);

    auto *revisionBox = new QGroupBox(tr("Revisions"), this);
    auto *revisionForm = new QFormLayout(revisionBox);
    m_revisionName = new QLineEdit(revisionBox);
    m_revisionName->setObjectName(QStringLiteral("revisionNameEdit"));
    m_revisionName->setPlaceholderText(defaultRevisionTemplate());
    m_revisionName->setMinimumWidth(280);
    auto *hint = new QLabel(tr("%1 is replaced by today's date, e.g. %2.")
                                .arg(QLatin1String(kDateToken), QDate::currentDate().toString(Qt::ISODate)),
                            revisionBox);
    hint->setForegroundRole(QPalette::PlaceholderText);
    revisionForm->addRow(tr("Default &name:"), m_revisionName);
    revisionForm->addRow(QString(), hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(autosaveBox);
    layout->addWidget(revisionBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    QSettings settings;
    m_autosave->setChecked(autosaveEnabled());
    m_interval->setEnabled(m_autosave->isChecked());
    m_interval->setValue(settings.value(QLatin1String(kAutosaveIntervalKey), kDefaultAutosaveSeconds).toInt());
    m_revisionName->setText(settings.value(QLatin1String(kRevisionNameKey), defaultRevisionTemplate()).toString());
}

bool PreferencesDialog::autosaveEnabled()
{
    return QSettings().value(QLatin1String(kAutosaveEnabledKey), true).toBool();
}

int PreferencesDialog::autosaveIntervalSeconds()
{
    if (!autosaveEnabled())
        return 0;
    const int seconds = QSettings().value(QLatin1String(kAutosaveIntervalKey), kDefaultAutosaveSeconds).toInt();
    return std::clamp(seconds, kMinimumAutosaveSeconds, kMaximumAutosaveSeconds);
}

QString PreferencesDialog::defaultRevisionName(const QDate &today)
{
    QString name = QSettings().value(QLatin1String(kRevisionNameKey), defaultRevisionTemplate()).toString();
    if (name.trimmed().isEmpty())
        name = defaultRevisionTemplate();
    return name.replace(QLatin1String(kDateToken), today.toString(Qt::ISODate));
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(QLatin1String(kAutosaveEnabledKey), m_autosave->isChecked());
    settings.setValue(QLatin1String(kAutosaveIntervalKey), m_interval->value());
    settings.setValue(QLatin1String(kRevisionNameKey), m_revisionName->text().trimmed());
    Q_EMIT settingsChanged();
    QDialog::accept();
}

} // namespace Scaleplan
