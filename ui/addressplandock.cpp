#include "ui/addressplandock.h"

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "ui/subnetplannerdialog.h"
#include "widgets/cidrmap/cidrblockmodel.h"
#include "widgets/cidrmap/cidrlinearmap.h"
#include "widgets/cidrmap/hilbertmap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Scaleplan {

AddressPlanDock::AddressPlanDock(Design *design, DesignEditor *editor, QWidget *parent)
    : QDockWidget(tr("Address plan"), parent)
    , m_design(design)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("addressPlanDock"));
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);

    // Row: VPC, block, zoom out, plan.
    auto *row = new QHBoxLayout;
    auto *vpcLabel = new QLabel(tr("&VPC:"), panel);
    m_vpcCombo = new QComboBox(panel);
    m_vpcCombo->setObjectName(QStringLiteral("addressPlanVpcCombo"));
    vpcLabel->setBuddy(m_vpcCombo);
    auto *blockLabel = new QLabel(tr("&Block:"), panel);
    m_blockCombo = new QComboBox(panel);
    m_blockCombo->setObjectName(QStringLiteral("addressPlanBlockCombo"));
    m_blockCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    blockLabel->setBuddy(m_blockCombo);
    m_vpcCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vpcCombo->setMinimumContentsLength(12);
    m_vpcCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_zoomOutButton = new QToolButton(panel);
    m_zoomOutButton->setObjectName(QStringLiteral("addressPlanZoomOut"));
    m_zoomOutButton->setText(tr("Zoom out"));
    m_zoomOutButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_zoomOutButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_zoomOutButton->setToolTip(tr("Back to the previous block (Backspace on the map). Double-click a subnet or a "
                                   "free block to zoom into it; the wheel zooms around the pointer."));
    m_planButton = new QToolButton(panel);
    m_planButton->setObjectName(QStringLiteral("addressPlanPlanButton"));
    m_planButton->setText(tr("Plan subnets…"));
    m_planButton->setToolTip(tr("Propose aligned, non-overlapping subnets for this VPC and apply them as one undo step"));
    row->addWidget(vpcLabel);
    row->addWidget(m_vpcCombo, 1);
    row->addWidget(blockLabel);
    row->addWidget(m_blockCombo);
    m_blockLabel = blockLabel;
    row->addWidget(m_zoomOutButton);
    row->addWidget(m_planButton);
    layout->addLayout(row);

    m_tabs = new QTabWidget(panel);
    m_tabs->setObjectName(QStringLiteral("addressPlanTabs"));
    m_tabs->setDocumentMode(true);
    m_linear = new CidrLinearMap(m_tabs);
    m_linear->setObjectName(QStringLiteral("cidrLinearMap"));
    m_hilbert = new HilbertMap(m_tabs);
    m_hilbert->setObjectName(QStringLiteral("hilbertMap"));

    auto *tablePage = new QWidget(m_tabs);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 4, 0, 0);
    auto *tableRow = new QHBoxLayout;
    m_allVpcs = new QCheckBox(tr("&All VPCs"), tablePage);
    m_allVpcs->setObjectName(QStringLiteral("addressPlanAllVpcs"));
    auto *exportButton = new QToolButton(tablePage);
    exportButton->setObjectName(QStringLiteral("addressPlanExportCsv"));
    exportButton->setText(tr("Export CSV…"));
    tableRow->addWidget(m_allVpcs);
    tableRow->addStretch(1);
    tableRow->addWidget(exportButton);
    tableLayout->addLayout(tableRow);
    m_model = new CidrBlockModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(tablePage);
    m_table->setObjectName(QStringLiteral("addressPlanTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CidrBlockModel::CidrColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    tableLayout->addWidget(m_table, 1);

    m_tabs->addTab(m_linear, tr("Linear"));
    m_tabs->addTab(m_hilbert, tr("Hilbert"));
    m_tabs->addTab(tablePage, tr("Table"));
    layout->addWidget(m_tabs, 1);
    setWidget(panel);

    // Selection, zoom in step, combos, table.
    connect(m_linear, &CidrMapView::objectClicked, this, &AddressPlanDock::objectClicked);
    connect(m_hilbert, &CidrMapView::objectClicked, this, &AddressPlanDock::objectClicked);
    connect(m_linear, &CidrMapView::viewBlockChanged, this, [this](const Cidr &block) {
        m_hilbert->setViewBlock(block);
        updateZoomButton();
    });
    connect(m_hilbert, &CidrMapView::viewBlockChanged, this, [this](const Cidr &block) {
        m_linear->setViewBlock(block);
        updateZoomButton();
    });
    connect(m_zoomOutButton, &QToolButton::clicked, this, [this] {
        CidrMapView *current = m_tabs->currentWidget() == m_hilbert ? static_cast<CidrMapView *>(m_hilbert) : m_linear;
        current->zoomOut();
    });
    connect(m_planButton, &QToolButton::clicked, this, [this] { planSubnets(); });
    connect(m_vpcCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updatingCombos || index < 0)
            return;
        m_vpcId = m_vpcCombo->itemData(index).value<ObjectId>();
        m_blockIndex = 0;
        refresh();
    });
    connect(m_blockCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updatingCombos || index < 0)
            return;
        m_blockIndex = index;
        rebuildViews();
    });
    connect(m_allVpcs, &QCheckBox::toggled, this, [this] { rebuildViews(); });
    connect(exportButton, &QToolButton::clicked, this, &AddressPlanDock::exportCsvDialog);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const ObjectId id = index.data(CidrBlockModel::ObjectIdRole).value<ObjectId>();
        if (id != 0)
            Q_EMIT objectClicked(id);
    });
    connect(m_design, &Design::changed, this, &AddressPlanDock::refresh);
    refresh();
}

void AddressPlanDock::showVpc(ObjectId vpcId)
{
    const DesignObject *o = m_design->data().object(vpcId);
    if (!o || o->kind != ObjectKind::Vpc)
        vpcId = 0;
    if (vpcId == m_vpcId && vpcId != 0)
        return;
    m_vpcId = vpcId;
    m_blockIndex = 0;
    refresh();
}

void AddressPlanDock::refresh()
{
    const DesignData &data = m_design->data();
    const DesignObject *vpc = data.object(m_vpcId);
    if (!vpc || vpc->kind != ObjectKind::Vpc) {
        const QList<ObjectId> vpcs = data.objectsOfKind(ObjectKind::Vpc);
        m_vpcId = vpcs.isEmpty() ? 0 : vpcs.first();
        m_blockIndex = 0;
    }
    rebuildCombos();
    rebuildViews();
}

void AddressPlanDock::rebuildCombos()
{
    const DesignData &data = m_design->data();
    m_updatingCombos = true;
    m_vpcCombo->clear();
    for (ObjectId id : data.objectsOfKind(ObjectKind::Vpc))
    {
        // "production-vpc (us-east-1)": the name first, so a narrow dock still shows it.
        const ObjectId region = data.enclosing(id, ObjectKind::Region);
        const QString text = region ? tr("%1 (%2)").arg(data.object(id)->name, data.object(region)->name) : data.object(id)->name;
        m_vpcCombo->addItem(text, QVariant::fromValue(id));
        m_vpcCombo->setItemData(m_vpcCombo->count() - 1, data.pathOf(id), Qt::ToolTipRole);
    }
    m_vpcCombo->setCurrentIndex(m_vpcCombo->findData(QVariant::fromValue(m_vpcId)));
    m_blockCombo->clear();
    const QList<Cidr> blocks = CidrMapContent::vpcBlocks(data, m_vpcId);
    for (int b = 0; b < blocks.size(); ++b)
        m_blockCombo->addItem(b == 0 ? tr("%1 (primary)").arg(blocks[b].toString()) : blocks[b].toString());
    if (m_blockIndex >= blocks.size())
        m_blockIndex = 0;
    m_blockCombo->setCurrentIndex(blocks.isEmpty() ? -1 : m_blockIndex);
    // Most VPCs have one block: the combo only appears for secondary blocks.
    m_blockCombo->setVisible(blocks.size() > 1);
    m_blockLabel->setVisible(blocks.size() > 1);
    m_vpcCombo->setEnabled(m_vpcCombo->count() > 0);
    m_planButton->setEnabled(m_vpcId != 0);
    m_updatingCombos = false;
}

void AddressPlanDock::rebuildViews()
{
    const DesignData &data = m_design->data();
    const CidrMapContent content = CidrMapContent::fromVpc(data, m_vpcId, m_blockIndex);
    m_linear->setContent(content);
    m_hilbert->setContent(content);
    m_hilbert->setViewBlock(m_linear->viewBlock());
    m_model->setDesign(data, m_allVpcs->isChecked() ? 0 : m_vpcId);
    m_table->resizeColumnsToContents();
    updateZoomButton();
}

void AddressPlanDock::updateZoomButton()
{
    m_zoomOutButton->setEnabled(m_linear->canZoomOut());
}

bool AddressPlanDock::planSubnets()
{
    if (m_vpcId == 0)
        return false;
    SubnetPlannerDialog dialog(m_editor, m_vpcId, this);
    return dialog.exec() == QDialog::Accepted;
}

bool AddressPlanDock::exportCsv(const QString &path, QString *error) const
{
    QList<int> order;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        order.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(m_model->toCsv(order).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void AddressPlanDock::exportCsvDialog()
{
    const QString suggested = m_allVpcs->isChecked() || m_vpcId == 0
        ? QStringLiteral("address-plan.csv")
        : QString(m_design->data().object(m_vpcId)->name + QStringLiteral("-subnets.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Address Plan"), QDir::home().filePath(suggested),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Address Plan"), error);
}

} // namespace Scaleplan
