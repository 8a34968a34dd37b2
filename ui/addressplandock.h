#pragma once

#include "model/designobject.h"

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace Scaleplan {

class CidrBlockModel;
class CidrLinearMap;
class Design;
class DesignEditor;
class HilbertMap;

/**
 * The "Address plan" dock: the address space of one VPC block as a linear map and as a Hilbert
 * map (tabs, zoomed in step: zooming one zooms the other), and a sortable table of the subnets of
 * that VPC or of every VPC, exportable as CSV. A VPC combo and a block combo (primary, secondary
 * blocks) pick what is shown; MainWindow follows the selection with showVpc(). "Plan subnets…"
 * opens the SubnetPlannerDialog on the VPC.
 *
 * Ownership: does not own the Design or the DesignEditor (MainWindow does). The dock rebuilds its
 * views from the design on every Design::changed (maps and table are copies of the design's facts)
 * and changes the design only through the dialog's single undo step.
 */
class AddressPlanDock : public QDockWidget
{
    Q_OBJECT
public:
    AddressPlanDock(Design *design, DesignEditor *editor, QWidget *parent = nullptr);

    /// Shows VPC `vpcId` (0 or an id that is not a VPC: the first VPC of the design, if any).
    void showVpc(ObjectId vpcId);
    /// The VPC shown, 0 when the design has none.
    ObjectId vpcId() const { return m_vpcId; }
    /// Rebuilds maps, combos and table from the design.
    void refresh();

    /// Opens the subnet planner on the VPC shown (modal); returns true when a plan was applied.
    bool planSubnets();
    /// Writes the table (as shown: sorted, all VPCs or one) as CSV to `path` with QSaveFile.
    /// False and *error (naming the file and why) on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    /// Asks for a file name (QFileDialog) and exports; reports failures in a message box.
    void exportCsvDialog();

    CidrLinearMap *linearMap() const { return m_linear; }
    HilbertMap *hilbertMap() const { return m_hilbert; }
    QTableView *blocksView() const { return m_table; }
    CidrBlockModel *blockModel() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *vpcCombo() const { return m_vpcCombo; }
    QCheckBox *allVpcsCheck() const { return m_allVpcs; }

Q_SIGNALS:
    /// The user clicked a subnet on a map or activated its row in the table.
    void objectClicked(Scaleplan::ObjectId id);

private:
    void rebuildCombos();
    void rebuildViews();
    void updateZoomButton();

    Design *m_design;
    DesignEditor *m_editor;
    ObjectId m_vpcId = 0;
    int m_blockIndex = 0;
    bool m_updatingCombos = false;

    QComboBox *m_vpcCombo = nullptr;
    QComboBox *m_blockCombo = nullptr;
    QLabel *m_blockLabel = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_planButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    CidrLinearMap *m_linear = nullptr;
    HilbertMap *m_hilbert = nullptr;
    QTableView *m_table = nullptr;
    CidrBlockModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QCheckBox *m_allVpcs = nullptr;
};

} // namespace Scaleplan
