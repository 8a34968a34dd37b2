#include "ui/diffview.h"

#include "model/export/yamlwriter.h"
#include "widgets/canvasscene.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Scaleplan {

namespace {

/// A round badge in the change's highlight colour with +, − or ~ on it.
QIcon changeIcon(ObjectDifference::Change change)
{
    const int size = 16;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(CanvasScene::highlightColor(change));
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    QPen pen(QColor(0x1b, 0x1e, 0x24), 2.2, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    const qreal c = size / 2.0;
    switch (change) {
    case ObjectDifference::Change::Added:
        painter.drawLine(QPointF(c - 4, c), QPointF(c + 4, c));
        painter.drawLine(QPointF(c, c - 4), QPointF(c, c + 4));
        break;
    case ObjectDifference::Change::Removed:
        painter.drawLine(QPointF(c - 4, c), QPointF(c + 4, c));
        break;
    case ObjectDifference::Change::Changed: {
        QPainterPath tilde;
        tilde.moveTo(c - 4.5, c + 1);
        tilde.cubicTo(c - 2.5, c - 3, c - 0.5, c - 1, c, c);
        tilde.cubicTo(c + 0.5, c + 1, c + 2.5, c + 3, c + 4.5, c - 1);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tilde);
        break;
    }
    }
    return QIcon(pixmap);
}

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    out.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QString(QLatin1Char('"') + out + QLatin1Char('"'));
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_tree->setObjectName(QStringLiteral("diffTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Object / field"), tr("Old"), tr("New")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(16);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // Paths end with the object's own name and field paths with the leaf: keep the ends.
    m_tree->setTextElideMode(Qt::ElideLeft);
    m_tree->header()->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(OldColumn, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(FieldColumn, 440);
    m_tree->setColumnWidth(OldColumn, 200);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int) { onItemActivated(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int) { onItemActivated(item); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    clear();
}

void DiffView::clear()
{
    m_diff = DesignDiff();
    m_tree->clear();
    m_summary->setText(tr("Choose a revision and compare it with the current design or with another revision."));
}

QString DiffView::valueText(const QVariant &value, bool present)
{
    if (!present)
        return tr("(none)");
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QStringLiteral("null");
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        return YamlWriter::formatDouble(value.toDouble());
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return QStringLiteral("{}");
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return QStringLiteral("[]");
    default:
        return quoted(value.toString());
    }
}

void DiffView::setDiff(const DesignDiff &diff, const QString &oldLabel, const QString &newLabel)
{
    m_diff = diff;
    m_tree->clear();
    const QString sides = tr("<b>%1</b> → <b>%2</b>").arg(oldLabel.toHtmlEscaped(), newLabel.toHtmlEscaped());
    if (diff.isEmpty()) {
        m_summary->setText(sides + QStringLiteral(": ") + tr("no differences"));
        return;
    }
    auto colored = [](ObjectDifference::Change change, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(CanvasScene::highlightColor(change).name(), text);
    };
    m_summary->setText(sides + QStringLiteral(": ")
                       + colored(ObjectDifference::Change::Added, tr("%n added", nullptr, diff.addedCount()))
                       + QStringLiteral(", ")
                       + colored(ObjectDifference::Change::Removed, tr("%n removed", nullptr, diff.removedCount()))
                       + QStringLiteral(", ")
                       + colored(ObjectDifference::Change::Changed, tr("%n changed", nullptr, diff.changedCount())));

    const QColor dim = palette().color(QPalette::PlaceholderText);
    if (diff.oldDesignName() != diff.newDesignName()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(FieldColumn, tr("Design name"));
        item->setText(OldColumn, quoted(diff.oldDesignName()));
        item->setText(NewColumn, quoted(diff.newDesignName()));
        item->setIcon(FieldColumn, changeIcon(ObjectDifference::Change::Changed));
    }
    for (const ObjectDifference &d : diff.objects()) {
        auto *item = new QTreeWidgetItem(m_tree);
        const QString path = d.change == ObjectDifference::Change::Removed ? d.oldPath : d.newPath;
        item->setText(FieldColumn, tr("%1  (%2)").arg(path, kindName(d.kind)));
        item->setToolTip(FieldColumn, item->text(FieldColumn));
        item->setIcon(FieldColumn, changeIcon(d.change));
        item->setData(FieldColumn, NewIdRole, QVariant::fromValue(d.newId));
        item->setData(FieldColumn, OldIdRole, QVariant::fromValue(d.oldId));
        item->setData(FieldColumn, ChangeRole, int(d.change));
        QFont bold = item->font(FieldColumn);
        bold.setBold(true);
        item->setFont(FieldColumn, bold);
        switch (d.change) {
        case ObjectDifference::Change::Added:
            item->setText(NewColumn, tr("added"));
            item->setForeground(NewColumn, CanvasScene::highlightColor(d.change));
            break;
        case ObjectDifference::Change::Removed:
            item->setText(OldColumn, tr("removed"));
            item->setForeground(OldColumn, CanvasScene::highlightColor(d.change));
            break;
        case ObjectDifference::Change::Changed: {
            int facts = int(d.fields.size()) + (d.renamed ? 1 : 0) + (d.moved ? 1 : 0);
            item->setText(OldColumn, tr("%n difference(s)", nullptr, facts));
            item->setForeground(OldColumn, dim);
            if (d.renamed) {
                auto *row = new QTreeWidgetItem(item);
                row->setText(FieldColumn, tr("name"));
                row->setText(OldColumn, quoted(d.oldName));
                row->setText(NewColumn, quoted(d.newName));
            }
            if (d.moved) {
                auto *row = new QTreeWidgetItem(item);
                row->setText(FieldColumn, tr("parent"));
                row->setText(OldColumn, d.oldParentPath.isEmpty() ? tr("(top level)") : d.oldParentPath);
                row->setText(NewColumn, d.newParentPath.isEmpty() ? tr("(top level)") : d.newParentPath);
            }
            for (const FieldDifference &f : d.fields) {
                auto *row = new QTreeWidgetItem(item);
                row->setText(FieldColumn, f.path);
                row->setToolTip(FieldColumn, f.path);
                row->setText(OldColumn, valueText(f.oldValue, f.inOld));
                row->setText(NewColumn, valueText(f.newValue, f.inNew));
                row->setToolTip(OldColumn, row->text(OldColumn));
                row->setToolTip(NewColumn, row->text(NewColumn));
                if (!f.inOld)
                    row->setForeground(OldColumn, dim);
                if (!f.inNew)
                    row->setForeground(NewColumn, dim);
            }
            break;
        }
        }
    }
    // Small diffs are read at a glance; in a large one the object list is the overview.
    if (m_tree->topLevelItemCount() <= 40)
        m_tree->expandAll();
}

QHash<ObjectId, ObjectDifference::Change> DiffView::changesIn(const DesignData &current) const
{
    QHash<ObjectId, ObjectDifference::Change> out;
    for (const ObjectDifference &d : m_diff.objects()) {
        const ObjectId id = d.change == ObjectDifference::Change::Removed ? d.oldId : d.newId;
        const DesignObject *object = current.object(id);
        if (id != 0 && object && object->kind == d.kind && !out.contains(id))
            out.insert(id, d.change);
    }
    return out;
}

void DiffView::onItemActivated(QTreeWidgetItem *item)
{
    while (item && item->parent())
        item = item->parent();
    if (!item || !item->data(FieldColumn, ChangeRole).isValid())
        return;
    Q_EMIT objectActivated(item->data(FieldColumn, NewIdRole).value<ObjectId>(),
                           item->data(FieldColumn, OldIdRole).value<ObjectId>());
}

} // namespace Scaleplan
