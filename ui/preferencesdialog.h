#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace Scaleplan {

/**
 * Edit > Preferences: the remembered settings of the desktop app, stored with QSettings
 * (organisation "Scaleplan", application "Scaleplan").
 *
 * Keys: `autosave/enabled` (bool, default true), `autosave/intervalSeconds` (int, 5–3600,
 * default 60), `revisions/defaultName` (text, default "as reviewed on {date}", where `{date}` is
 * replaced by today's ISO 8601 date). The static accessors read the stored values with their
 * defaults, so callers never repeat a key or a default. accept() writes the values and emits
 * settingsChanged().
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    static constexpr int kDefaultAutosaveSeconds = 60;
    static constexpr int kMinimumAutosaveSeconds = 5;
    static constexpr int kMaximumAutosaveSeconds = 3600;

    static bool autosaveEnabled();
    /// The autosave period in seconds; 0 when autosave is off.
    static int autosaveIntervalSeconds();
    /// The stored revision name template with `{date}` replaced by `today` (yyyy-MM-dd).
    static QString defaultRevisionName(const QDate &today = QDate::currentDate());

    QCheckBox *autosaveCheck() const { return m_autosave; }
    QSpinBox *intervalSpin() const { return m_interval; }
    QLineEdit *revisionNameEdit() const { return m_revisionName; }

    void accept() override;

Q_SIGNALS:
    void settingsChanged();

private:
    QCheckBox *m_autosave;
    QSpinBox *m_interval;
    QLineEdit *m_revisionName;
};

} // namespace Scaleplan
