#include "ui/subnetplannerdialog.h"

#include "model/design.h"
#include "model/edit/designeditor.h"
#include "ui_subnetplannerdialog.h"
#include "widgets/cidrmap/cidrlinearmap.h"
#include "widgets/cidrmap/hilbertmap.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

namespace Scaleplan {

namespace {
QString zoneOf(const DesignObject &az)
{
    const QString zone = az.field(QStringLiteral("AvailabilityZone")).toString();
    return zone.isEmpty() ? az.name : zone;
}
} // namespace

SubnetPlannerDialog::SubnetPlannerDialog(DesignEditor *editor, ObjectId vpcId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SubnetPlannerDialog>())
    , m_editor(editor)
    , m_vpcId(vpcId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("subnetPlannerDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Apply Plan"));
    m_ui->tiersTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->tiersTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->tiersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->inputLayout->setStretch(2, 1);
    m_ui->mainLayout->setStretch(0, 2);
    m_ui->mainLayout->setStretch(1, 3);

    m_linear = new CidrLinearMap(this);
    m_linear->setObjectName(QStringLiteral("plannerLinearMap"));
    m_hilbert = new HilbertMap(this);
    m_hilbert->setObjectName(QStringLiteral("plannerHilbertMap"));
    m_changesTable = new QTableWidget(0, 5, this);
    m_changesTable->setObjectName(QStringLiteral("plannerChangesTable"));
    m_changesTable->setHorizontalHeaderLabels({tr("Tier"), tr("AZ"), tr("CIDR"), tr("Usable"), tr("Change")});
    m_changesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changesTable->verticalHeader()->hide();
    m_changesTable->horizontalHeader()->setStretchLastSection(true);
    m_changesTable->setAlternatingRowColors(true);
    m_ui->previewTabs->addTab(m_linear, tr("Linear"));
    m_ui->previewTabs->addTab(m_hilbert, tr("Hilbert"));
    m_ui->previewTabs->addTab(m_changesTable, tr("Changes"));
    connect(m_linear, &CidrMapView::viewBlockChanged, m_hilbert, &CidrMapView::setViewBlock);
    connect(m_hilbert, &CidrMapView::viewBlockChanged, m_linear, &CidrMapView::setViewBlock);

    connect(m_ui->vpcBlockEdit, &QLineEdit::textChanged, this, &SubnetPlannerDialog::recompute);
    connect(m_ui->zonesEdit, &QLineEdit::textChanged, this, &SubnetPlannerDialog::recompute);
    connect(m_ui->tiersTable, &QTableWidget::itemChanged, this, &SubnetPlannerDialog::recompute);
    connect(m_ui->addTierButton, &QPushButton::clicked, this, [this] {
        addTierRow(tr("tier%1").arg(m_ui->tiersTable->rowCount() + 1), 24, 0);
        m_ui->tiersTable->editItem(m_ui->tiersTable->item(m_ui->tiersTable->rowCount() - 1, 0));
    });
    connect(m_ui->removeTierButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->tiersTable->currentRow();
        if (row >= 0) {
            m_ui->tiersTable->removeRow(row);
            recompute();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SubnetPlannerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const DesignObject *vpc = m_editor->design()->data().object(m_vpcId);
    setWindowTitle(vpc ? tr("Plan Subnets of %1").arg(vpc->name) : tr("Plan Subnets"));
    loadFromDesign();
}

SubnetPlannerDialog::~SubnetPlannerDialog() = default;

void SubnetPlannerDialog::loadFromDesign()
{
    const DesignData &data = m_editor->design()->data();
    const DesignObject *vpc = data.object(m_vpcId);
    QString block;
    QStringList zones;
    QList<SubnetPlanner::Tier> tiers;
    if (vpc && vpc->kind == ObjectKind::Vpc) {
        block = vpc->field(QStringLiteral("CidrBlock")).toString();
        for (ObjectId child : data.children(m_vpcId)) {
            const DesignObject &o = *data.object(child);
            if (o.kind != ObjectKind::AvailabilityZone)
                continue;
            zones << zoneOf(o);
            for (ObjectId s : data.children(child)) {
                const DesignObject &subnet = *data.object(s);
                const QString tier = subnet.field(QStringLiteral("Tier")).toString();
                const auto cidr = Cidr::parseLoose(subnet.field(QStringLiteral("CidrBlock")).toString());
                if (subnet.kind != ObjectKind::Subnet || tier.isEmpty() || !cidr || !cidr->isIPv4())
                    continue;
                const bool known = std::any_of(tiers.cbegin(), tiers.cend(), [&](const SubnetPlanner::Tier &t) {
                    return t.name.compare(tier, Qt::CaseInsensitive) == 0;
                });
                if (!known)
                    tiers.append({tier, cidr->prefixLength(), 0});
            }
        }
        if (zones.isEmpty()) {
            const ObjectId region = data.enclosing(m_vpcId, ObjectKind::Region);
            const QString name = region ? data.object(region)->field(QStringLiteral("RegionName")).toString() : QString();
            const QString prefix = name.isEmpty() ? (region ? data.object(region)->name : QStringLiteral("us-east-1")) : name;
            for (const char *letter : {"a", "b", "c"})
                zones << QString(prefix + QLatin1String(letter));
        }
    }
    if (tiers.isEmpty())
        tiers = {{QStringLiteral("public"), 22, 0}, {QStringLiteral("private"), 19, 0}, {QStringLiteral("database"), 23, 0}};
    m_loading = true;
    setVpcBlock(block);
    setAvailabilityZones(zones);
    setTiers(tiers);
    m_loading = false;
    recompute();
}

void SubnetPlannerDialog::setVpcBlock(const QString &cidr)
{
    m_ui->vpcBlockEdit->setText(cidr);
}

void SubnetPlannerDialog::setAvailabilityZones(const QStringList &zones)
{
    m_ui->zonesEdit->setText(zones.join(QStringLiteral(", ")));
}

void SubnetPlannerDialog::setTiers(const QList<SubnetPlanner::Tier> &tiers)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_ui->tiersTable->setRowCount(0);
    for (const SubnetPlanner::Tier &t : tiers)
        addTierRow(t.name, t.prefixLength, t.hosts);
    m_loading = wasLoading;
    recompute();
}

void SubnetPlannerDialog::addTierRow(const QString &name, int prefixLength, qint64 hosts)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_ui->tiersTable->rowCount();
    m_ui->tiersTable->insertRow(row);
    m_ui->tiersTable->setItem(row, 0, new QTableWidgetItem(name));
    m_ui->tiersTable->setItem(row, 1, new QTableWidgetItem(prefixLength > 0 ? QStringLiteral("/%1").arg(prefixLength) : QString()));
    m_ui->tiersTable->setItem(row, 2, new QTableWidgetItem(hosts > 0 && prefixLength <= 0 ? QString::number(hosts) : QString()));
    m_loading = wasLoading;
    recompute();
}

QString SubnetPlannerDialog::vpcBlockText() const
{
    return m_ui->vpcBlockEdit->text().trimmed();
}

QStringList SubnetPlannerDialog::availabilityZones() const
{
    QStringList zones;
    for (const QString &part : m_ui->zonesEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString zone = part.trimmed();
        if (!zone.isEmpty() && !zones.contains(zone))
            zones << zone;
    }
    return zones;
}

QList<SubnetPlanner::Tier> SubnetPlannerDialog::tiers(QString *error) const
{
    QList<SubnetPlanner::Tier> out;
    for (int row = 0; row < m_ui->tiersTable->rowCount(); ++row) {
        auto cell = [&](int column) {
            const QTableWidgetItem *item = m_ui->tiersTable->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        SubnetPlanner::Tier tier;
        tier.name = cell(0);
        if (tier.name.isEmpty())
            continue;
        QString prefix = cell(1);
        if (prefix.startsWith(QLatin1Char('/')))
            prefix.remove(0, 1);
        bool ok = false;
        if (!prefix.isEmpty()) {
            tier.prefixLength = prefix.toInt(&ok);
            if (!ok && error && error->isEmpty())
                *error = tr("Tier %1: the prefix length \"%2\" is not a number such as /20.").arg(tier.name, cell(1));
        } else if (!cell(2).isEmpty()) {
            tier.hosts = QLocale().toLongLong(cell(2), &ok);
            if (!ok)
                tier.hosts = cell(2).toLongLong(&ok);
            if ((!ok || tier.hosts < 1) && error && error->isEmpty())
                *error = tr("Tier %1: the host count \"%2\" is not a positive number.").arg(tier.name, cell(2));
        } else if (error && error->isEmpty()) {
            *error = tr("Tier %1 needs a prefix length or a host count.").arg(tier.name);
        }
        out.append(tier);
    }
    return out;
}

std::optional<Cidr> SubnetPlannerDialog::vpcBlock() const
{
    return Cidr::parse(vpcBlockText());
}

void SubnetPlannerDialog::recompute()
{
    if (m_loading)
        return;
    m_inputError.clear();
    m_plan = {};
    m_changes.clear();
    m_conflicts.clear();
    Cidr::ParseError parseError;
    const auto block = Cidr::parse(vpcBlockText(), &parseError);
    const QList<SubnetPlanner::Tier> tierList = tiers(&m_inputError);
    if (!block) {
        m_inputError = parseError.suggestion.isEmpty()
            ? tr("VPC block: %1").arg(parseError.message)
            : tr("VPC block: %1 (did you mean %2?)").arg(parseError.message, parseError.suggestion);
    }
    if (m_inputError.isEmpty() && block) {
        m_plan = SubnetPlanner::plan(*block, availabilityZones(), tierList);
        if (m_plan.ok)
            m_changes = matchDesign(m_plan, &m_conflicts);
    }

    // Preview: the planned subnets (existing ids where they match) on both maps.
    QList<CidrMapContent::Span> spans;
    for (const Change &c : std::as_const(m_changes)) {
        const QString letter = CidrMapContent::zoneLabel(c.availabilityZone);
        spans.append({c.subnetId, QString(c.tier + QLatin1Char('-') + letter), c.tier, c.availabilityZone,
                      c.subnetId ? tr("existing subnet") : tr("new subnet"), c.block});
    }
    if (block && m_plan.ok)
        m_linear->setContent(CidrMapContent(tr("Plan"), *block, spans));
    else
        m_linear->setContent(CidrMapContent());
    m_hilbert->setContent(m_linear->content());

    m_changesTable->setRowCount(int(m_changes.size()));
    for (int r = 0; r < m_changes.size(); ++r) {
        const Change &c = m_changes[r];
        QString what;
        if (c.subnetId == 0)
            what = c.zoneId == 0 ? tr("new subnet in a new zone") : tr("new subnet");
        else if (c.previousBlock == c.block.toString())
            what = tr("unchanged");
        else
            what = tr("was %1").arg(c.previousBlock.isEmpty() ? tr("(no block)") : c.previousBlock);
        const QStringList cells{c.tier, c.availabilityZone, c.block.toString(),
                                QLocale().toString(c.block.awsUsableAddressCount()), what};
        for (int col = 0; col < cells.size(); ++col)
            m_changesTable->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    m_changesTable->resizeColumnsToContents();

    m_ui->statusLabel->setText(statusText());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_plan.ok && m_inputError.isEmpty());
}

QList<SubnetPlannerDialog::Change> SubnetPlannerDialog::matchDesign(const SubnetPlanner::Plan &plan, QStringList *conflicts) const
{
    const DesignData &data = m_editor->design()->data();
    QList<Change> out;
    QList<ObjectId> used;
    for (const SubnetPlanner::Allocation &a : plan.allocations) {
        Change c;
        c.tier = a.tier;
        c.availabilityZone = a.availabilityZone;
        c.block = a.block;
        for (ObjectId child : data.children(m_vpcId)) {
            const DesignObject &o = *data.object(child);
            if (o.kind == ObjectKind::AvailabilityZone && zoneOf(o) == a.availabilityZone) {
                c.zoneId = child;
                break;
            }
        }
        for (ObjectId s : data.children(c.zoneId)) {
            const DesignObject &subnet = *data.object(s);
            if (c.zoneId != 0 && subnet.kind == ObjectKind::Subnet && !used.contains(s)
                && subnet.field(QStringLiteral("Tier")).toString().compare(a.tier, Qt::CaseInsensitive) == 0) {
                c.subnetId = s;
                c.previousBlock = subnet.field(QStringLiteral("CidrBlock")).toString();
                used.append(s);
                break;
            }
        }
        out.append(c);
    }
    // Subnets the plan leaves alone but overlaps.
    for (ObjectId id : data.objectsOfKind(ObjectKind::Subnet)) {
        if (used.contains(id) || data.enclosing(id, ObjectKind::Vpc) != m_vpcId)
            continue;
        const auto cidr = Cidr::parseLoose(data.object(id)->field(QStringLiteral("CidrBlock")).toString());
        if (!cidr)
            continue;
        for (const Change &c : std::as_const(out)) {
            if (c.block.overlaps(*cidr)) {
                *conflicts << QStringLiteral("%1 (%2)").arg(data.object(id)->name, cidr->toString());
                break;
            }
        }
    }
    return out;
}

QString SubnetPlannerDialog::statusText() const
{
    if (!m_inputError.isEmpty())
        return m_inputError;
    if (!m_plan.ok)
        return m_plan.error;
    int created = 0, changed = 0;
    for (const Change &c : m_changes) {
        if (c.subnetId == 0)
            ++created;
        else if (c.previousBlock != c.block.toString())
            ++changed;
    }
    double free = 0;
    for (const Cidr &b : m_plan.freeBlocks)
        free += b.addressCount();
    const auto block = vpcBlock();
    QStringList lines;
    lines << tr("%n subnet(s) planned: %1 new, %2 changed; %3 % of the VPC stays free.", nullptr, int(m_changes.size()))
                 .arg(created)
                 .arg(changed)
                 .arg(QLocale().toString(block ? 100.0 * free / block->addressCount() : 0.0, 'f', 1));
    QStringList growth;
    for (const Cidr &g : m_plan.growthBlocks)
        growth << g.toString();
    if (!growth.isEmpty())
        lines << tr("Kept free to grow: %1.").arg(growth.join(QStringLiteral(", ")));
    lines << m_plan.notes;
    if (!m_conflicts.isEmpty())
        lines << tr("Not in the plan but overlapping it (left as they are): %1.").arg(m_conflicts.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

bool SubnetPlannerDialog::apply()
{
    const DesignData &data = m_editor->design()->data();
    const DesignObject *vpc = data.object(m_vpcId);
    if (!vpc || vpc->kind != ObjectKind::Vpc || !m_plan.ok || !m_inputError.isEmpty())
        return false;
    const QString vpcName = vpc->name;
    const bool blockChanged = vpc->field(QStringLiteral("CidrBlock")).toString() != vpcBlockText();
    bool anything = blockChanged;
    for (const Change &c : std::as_const(m_changes))
        anything = anything || c.subnetId == 0 || c.previousBlock != c.block.toString();
    if (!anything)
        return true;

    // Subnet names already used in this VPC, so new ones stay unique.
    QStringList names;
    for (ObjectId id : data.objectsOfKind(ObjectKind::Subnet)) {
        if (data.enclosing(id, ObjectKind::Vpc) == m_vpcId)
            names << data.object(id)->name;
    }

    QUndoStack *stack = m_editor->undoStack();
    stack->beginMacro(tr("Plan subnets of %1").arg(vpcName));
    if (blockChanged)
        m_editor->setField(m_vpcId, QStringLiteral("CidrBlock"), vpcBlockText());
    QHash<QString, ObjectId> zones;
    for (const Change &c : std::as_const(m_changes)) {
        ObjectId zoneId = c.zoneId != 0 ? c.zoneId : zones.value(c.availabilityZone);
        if (zoneId == 0) {
            DesignObject az;
            az.kind = ObjectKind::AvailabilityZone;
            az.parentId = m_vpcId;
            az.name = c.availabilityZone;
            az.fields.insert(QStringLiteral("AvailabilityZone"), c.availabilityZone);
            zoneId = m_editor->addObject(az);
            zones.insert(c.availabilityZone, zoneId);
        }
        if (c.subnetId != 0) {
            m_editor->setField(c.subnetId, QStringLiteral("CidrBlock"), c.block.toString());
            continue;
        }
        DesignObject subnet;
        subnet.kind = ObjectKind::Subnet;
        subnet.parentId = zoneId;
        const QString base = QString(c.tier + QLatin1Char('-') + CidrMapContent::zoneLabel(c.availabilityZone));
        subnet.name = base;
        for (int n = 2; names.contains(subnet.name); ++n)
            subnet.name = QStringLiteral("%1-%2").arg(base).arg(n);
        names << subnet.name;
        subnet.fields.insert(QStringLiteral("CidrBlock"), c.block.toString());
        subnet.fields.insert(QStringLiteral("Tier"), c.tier);
        if (c.tier.compare(QLatin1String("public"), Qt::CaseInsensitive) == 0)
            subnet.fields.insert(QStringLiteral("MapPublicIpOnLaunch"), true);
        m_editor->addObject(subnet);
    }
    stack->endMacro();
    return true;
}

void SubnetPlannerDialog::accept()
{
    if (!apply())
        return;
    QDialog::accept();
}

} // namespace Scaleplan
