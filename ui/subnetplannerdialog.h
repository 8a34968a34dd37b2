#pragma once

#include "model/cidr/subnetplanner.h"
#include "model/designobject.h"

#include <QDialog>

#include <memory>

class QTableWidget;

namespace Ui {
class SubnetPlannerDialog;
}

namespace Scaleplan {

class CidrLinearMap;
class DesignEditor;
class HilbertMap;

/**
 * The subnet planner: from a VPC block, Availability Zones and tiers (each a prefix length or a
 * host count), SubnetPlanner::plan proposes one aligned, non-overlapping subnet per tier and zone;
 * the dialog previews it on a linear and a Hilbert map and in a table of changes, and "Apply plan"
 * applies it to the VPC as ONE undo step (a QUndoStack macro around DesignEditor calls): the VPC's
 * CidrBlock when edited, missing AvailabilityZone objects, missing subnets (named "<tier>-<zone
 * letter>", MapPublicIpOnLaunch true for the public tier) and the CidrBlock of existing ones.
 *
 * Matching the design: a zone is the VPC's AvailabilityZone child whose `AvailabilityZone` field
 * (or name) equals it; a tier's subnet in a zone is the first Subnet under that zone whose `Tier`
 * equals the tier name (case-insensitive). Subnets of the VPC that the plan does not place and
 * that overlap it are named in the status text (they are left as they are).
 *
 * Initial values come from the VPC: its CidrBlock, its zones (or "<region>a/b/c" when it has none)
 * and its subnets' tiers with the prefix length of each tier's first subnet (or public /22,
 * private /19, database /23 when it has none).
 */
class SubnetPlannerDialog : public QDialog
{
    Q_OBJECT
public:
    /// A planned subnet and what applying it does to the design.
    struct Change {
        QString tier;
        QString availabilityZone;
        Cidr block;
        ObjectId zoneId = 0;      // the existing zone object, 0 = created on apply
        ObjectId subnetId = 0;    // the existing subnet, 0 = created on apply
        QString previousBlock;    // the existing subnet's CidrBlock text (empty for a new one)
    };

    SubnetPlannerDialog(DesignEditor *editor, ObjectId vpcId, QWidget *parent = nullptr);
    ~SubnetPlannerDialog() override;

    void setVpcBlock(const QString &cidr);
    void setAvailabilityZones(const QStringList &zones);
    void setTiers(const QList<SubnetPlanner::Tier> &tiers);
    QString vpcBlockText() const;
    QStringList availabilityZones() const;
    /// The tiers as entered (rows with an empty name are skipped); *error on a bad size.
    QList<SubnetPlanner::Tier> tiers(QString *error = nullptr) const;

    /// The current proposal (recomputed on every edit) and the changes it makes to the design.
    SubnetPlanner::Plan plan() const { return m_plan; }
    QList<Change> changes() const { return m_changes; }
    /// Subnets of the VPC outside the plan that overlap it (names).
    QStringList conflicts() const { return m_conflicts; }
    /// The status text under the inputs (error, notes, conflicts, summary).
    QString statusText() const;

    /// Applies the plan as one undo step; false (nothing pushed) when the plan is not ok or the VPC
    /// is gone. A plan that changes nothing pushes nothing and returns true.
    bool apply();

    CidrLinearMap *linearMap() const { return m_linear; }
    HilbertMap *hilbertMap() const { return m_hilbert; }
    QTableWidget *changesTable() const { return m_changesTable; }

    void accept() override;

private:
    void loadFromDesign();
    void addTierRow(const QString &name, int prefixLength, qint64 hosts);
    void recompute();
    /// The plan's allocations matched to the VPC's zones and subnets; *conflicts gets the names of
    /// the VPC's other subnets that overlap the plan.
    QList<Change> matchDesign(const SubnetPlanner::Plan &plan, QStringList *conflicts) const;
    std::optional<Cidr> vpcBlock() const;

    std::unique_ptr<Ui::SubnetPlannerDialog> m_ui;
    DesignEditor *m_editor;
    ObjectId m_vpcId;
    SubnetPlanner::Plan m_plan;
    QList<Change> m_changes;
    QStringList m_conflicts;
    QString m_inputError;
    bool m_loading = false;
    CidrLinearMap *m_linear = nullptr;
    HilbertMap *m_hilbert = nullptr;
    QTableWidget *m_changesTable = nullptr;
};

} // namespace Scaleplan
