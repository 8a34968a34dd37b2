#pragma once

#include "model/designdata.h"
#include "model/io/projectfile.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Scaleplan {

class CanvasScene;
class DesignEditor;
class DiffView;

/**
 * File > Revisions…: the named revisions stored in the open project file (newest first, with
 * their local date and time), and what changed between them.
 *
 * "Compare with current" diffs the selected revision (old side) against the design being edited
 * (new side) and keeps that comparison live while the design changes; "Compare" with two
 * revisions selected diffs the older against the newer. The changed objects that exist in the
 * current design are outlined on the canvas (CanvasScene::setHighlightedObjects) until the dialog
 * closes. "Restore" replaces the design with the selected revision as one undoable step
 * (DesignEditor::restoreDesign) after a confirmation.
 *
 * Does not own the editor or the scene; reads the project file only (ProjectFile::revisions /
 * loadRevision), so the file on disk is never changed from here.
 */
class RevisionsDialog : public QDialog
{
    Q_OBJECT
public:
    RevisionsDialog(const QString &projectPath, DesignEditor *editor, CanvasScene *scene, QWidget *parent = nullptr);
    ~RevisionsDialog() override;

    QString projectPath() const { return m_projectPath; }
    /// Re-reads the revision list from the project file.
    void reload();
    QList<ProjectFile::Revision> revisions() const { return m_revisions; }

    /// Selects the revisions with these ids in the list.
    void selectRevisions(const QList<int> &ids);
    /// Diffs revision `id` against the current design; false (and a message in the view) when it
    /// cannot be read.
    bool compareWithCurrent(int id);
    /// Diffs revision `oldId` against revision `newId`.
    bool compareRevisions(int oldId, int newId);
    /// Replaces the design with revision `id` as one undo step; asks first when `confirm`.
    bool restoreRevision(int id, bool confirm = true);

    QTreeWidget *revisionList() const { return m_list; }
    DiffView *diffView() const { return m_diffView; }
    QPushButton *compareCurrentButton() const { return m_compareCurrent; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *restoreButton() const { return m_restore; }

Q_SIGNALS:
    /// The user clicked an object in the diff that exists in the current design.
    void objectActivated(Scaleplan::ObjectId id);
    /// A revision replaced the design (selection and other id-keyed state may be stale).
    void revisionRestored(int id);

protected:
    void done(int result) override;

private:
    QList<int> selectedIds() const;
    QString revisionLabel(int id) const;
    void updateButtons();
    void showError(const QString &message);
    void refreshLiveComparison();

    QString m_projectPath;
    DesignEditor *m_editor;
    QPointer<CanvasScene> m_scene; // the canvas may go first when the main window is destroyed
    QList<ProjectFile::Revision> m_revisions;
    QTreeWidget *m_list;
    QLabel *m_emptyLabel;
    DiffView *m_diffView;
    QPushButton *m_compareCurrent;
    QPushButton *m_compare;
    QPushButton *m_restore;
    QTimer *m_liveTimer;
    int m_liveRevisionId = 0; ///< revision compared with the current design, 0 = none
    DesignData m_liveRevision;
};

} // namespace Scaleplan
