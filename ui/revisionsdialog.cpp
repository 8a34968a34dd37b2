#include "ui/revisionsdialog.h"

#include "model/design.h"
#include "model/designdiff.h"
#include "model/edit/designeditor.h"
#include "ui/diffview.h"
#include "widgets/canvasscene.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Scaleplan {

namespace {
constexpr int kRevisionIdRole = Qt::UserRole + 1;
constexpr int kLiveDebounceMs = 300;
} // namespace

RevisionsDialog::RevisionsDialog(const QString &projectPath, DesignEditor *editor, CanvasScene *scene, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_editor(editor)
    , m_scene(scene)
    , m_list(new QTreeWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_diffView(new DiffView(this))
    , m_compareCurrent(new QPushButton(tr("Compare with &Current"), this))
    , m_compare(new QPushButton(tr("Co&mpare Selected"), this))
    , m_restore(new QPushButton(tr("&Restore This Revision…"), this))
    , m_liveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("revisionsDialog"));
    setWindowTitle(tr("Revisions of %1").arg(QFileInfo(projectPath).fileName()));
    resize(960, 680);

    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Revision"), tr("Saved")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_compareCurrent->setObjectName(QStringLiteral("compareCurrentButton"));
    m_compareCurrent->setToolTip(tr("What changed from the selected revision to the design as it is now"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(tr("What changed from the older to the newer of two selected revisions"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Replace the design with the selected revision (Edit > Undo takes it back)"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list, 1);
    topLayout->addWidget(m_emptyLabel);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_compareCurrent);
    buttonRow->addWidget(m_compare);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_restore);
    topLayout->addLayout(buttonRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_diffView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RevisionsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item, int) {
        compareWithCurrent(item->data(0, kRevisionIdRole).toInt());
    });
    connect(m_compareCurrent, &QPushButton::clicked, this, [this] {
        const QList<int> ids = selectedIds();
        if (ids.size() == 1)
            compareWithCurrent(ids.first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<int> ids = selectedIds();
        if (ids.size() == 2)
            compareRevisions(std::min(ids[0], ids[1]), std::max(ids[0], ids[1]));
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<int> ids = selectedIds();
        if (ids.size() == 1)
            restoreRevision(ids.first(), true);
    });
    connect(m_diffView, &DiffView::objectActivated, this, [this](ObjectId newId, ObjectId oldId) {
        const DesignData &current = m_editor->design()->data();
        if (newId != 0 && current.contains(newId))
            Q_EMIT objectActivated(newId);
        else if (oldId != 0 && current.contains(oldId))
            Q_EMIT objectActivated(oldId);
    });

    // A live "compare with current" follows the edits, after a short pause.
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(kLiveDebounceMs);
    connect(m_liveTimer, &QTimer::timeout, this, &RevisionsDialog::refreshLiveComparison);
    connect(m_editor->design(), &Design::changed, this, [this] {
        if (m_liveRevisionId != 0)
            m_liveTimer->start();
    });

    reload();
}

RevisionsDialog::~RevisionsDialog()
{
    if (m_scene)
        m_scene->setHighlightedObjects({});
}

void RevisionsDialog::done(int result)
{
    m_liveTimer->stop();
    m_liveRevisionId = 0;
    if (m_scene)
        m_scene->setHighlightedObjects({});
    QDialog::done(result);
}

void RevisionsDialog::reload()
{
    QString error;
    m_revisions = m_projectPath.isEmpty() ? QList<ProjectFile::Revision>() : ProjectFile::revisions(m_projectPath, &error);
    m_list->clear();
    // Newest first: the latest review is what one compares with most often.
    for (auto it = m_revisions.crbegin(); it != m_revisions.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, it->name);
        item->setToolTip(0, it->name);
        item->setText(1, QLocale().toString(it->createdUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setData(0, kRevisionIdRole, it->id);
    }
    if (!error.isEmpty())
        m_emptyLabel->setText(error);
    else if (m_projectPath.isEmpty())
        m_emptyLabel->setText(tr("This design has not been saved yet. Save it, then use File > Save Revision… to "
                                 "keep named revisions in the project file."));
    else if (m_revisions.isEmpty())
        m_emptyLabel->setText(tr("No revisions yet. File > Save Revision… stores the design as it is now under a "
                                 "name, for example \"as reviewed on %1\".")
                                  .arg(QDate::currentDate().toString(Qt::ISODate)));
    m_emptyLabel->setVisible(!error.isEmpty() || m_revisions.isEmpty());
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void RevisionsDialog::selectRevisions(const QList<int> &ids)
{
    m_list->clearSelection();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (ids.contains(item->data(0, kRevisionIdRole).toInt()))
            item->setSelected(true);
    }
}

QList<int> RevisionsDialog::selectedIds() const
{
    QList<int> ids;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        ids.append(item->data(0, kRevisionIdRole).toInt());
    return ids;
}

QString RevisionsDialog::revisionLabel(int id) const
{
    for (const ProjectFile::Revision &r : m_revisions) {
        if (r.id == id)
            return r.name;
    }
    return tr("revision %1").arg(id);
}

void RevisionsDialog::updateButtons()
{
    const qsizetype n = selectedIds().size();
    m_compareCurrent->setEnabled(n == 1);
    m_compare->setEnabled(n == 2);
    m_restore->setEnabled(n == 1);
}

void RevisionsDialog::showError(const QString &message)
{
    m_liveRevisionId = 0;
    m_diffView->clear();
    m_diffView->summaryLabel()->setText(message.toHtmlEscaped());
    if (m_scene)
        m_scene->setHighlightedObjects({});
}

bool RevisionsDialog::compareWithCurrent(int id)
{
    QString error;
    const std::optional<DesignData> revision = ProjectFile::loadRevision(m_projectPath, id, &error);
    if (!revision) {
        showError(tr("Cannot read revision \"%1\": %2").arg(revisionLabel(id), error));
        return false;
    }
    m_liveRevisionId = id;
    m_liveRevision = *revision;
    refreshLiveComparison();
    return true;
}

void RevisionsDialog::refreshLiveComparison()
{
    if (m_liveRevisionId == 0)
        return;
    const DesignData &current = m_editor->design()->data();
    m_diffView->setDiff(DesignDiff::compare(m_liveRevision, current), revisionLabel(m_liveRevisionId),
                        tr("current design"));
    if (m_scene)
        m_scene->setHighlightedObjects(m_diffView->changesIn(current));
}

bool RevisionsDialog::compareRevisions(int oldId, int newId)
{
    QString error;
    const std::optional<DesignData> older = ProjectFile::loadRevision(m_projectPath, oldId, &error);
    const std::optional<DesignData> newer = older ? ProjectFile::loadRevision(m_projectPath, newId, &error) : std::nullopt;
    if (!older || !newer) {
        showError(tr("Cannot read revision \"%1\": %2").arg(revisionLabel(older ? newId : oldId), error));
        return false;
    }
    m_liveRevisionId = 0;
    m_diffView->setDiff(DesignDiff::compare(*older, *newer), revisionLabel(oldId), revisionLabel(newId));
    if (m_scene)
        m_scene->setHighlightedObjects(m_diffView->changesIn(m_editor->design()->data()));
    return true;
}

bool RevisionsDialog::restoreRevision(int id, bool confirm)
{
    QString error;
    const std::optional<DesignData> revision = ProjectFile::loadRevision(m_projectPath, id, &error);
    if (!revision) {
        showError(tr("Cannot read revision \"%1\": %2").arg(revisionLabel(id), error));
        return false;
    }
    if (confirm) {
        const DesignDiff diff = DesignDiff::compare(m_editor->design()->data(), *revision);
        const auto answer = QMessageBox::question(
            this, tr("Restore Revision"),
            tr("Replace the design with the revision \"%1\"?\n\n"
               "Compared with the current design this adds %2, removes %3 and changes %4. "
               "Edit > Undo takes it back.")
                .arg(revisionLabel(id), tr("%n object(s)", nullptr, diff.addedCount()),
                     tr("%n object(s)", nullptr, diff.removedCount()), tr("%n object(s)", nullptr, diff.changedCount())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_editor->restoreDesign(*revision, tr("Restore revision \"%1\"").arg(revisionLabel(id)));
    Q_EMIT revisionRestored(id);
    compareWithCurrent(id);
    return true;
}

} // namespace Scaleplan
