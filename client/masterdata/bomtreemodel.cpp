#include "masterdata/bomtreemodel.h"

#include "core/datadictionary.h"
#include "core/rpcclient.h"
#include "masterdata/decimalvalidator.h"
#include "masterdata/referencedata.h"
#include "shell/errortext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace concord::ui {

namespace {
constexpr int kMaxDepth = 12; // deeper than any real product; the server refuses cycles anyway
const QColor kProblemBackground(0xff, 0xd7, 0xd7);
const QColor kProblemText(0x8b, 0x00, 0x00);
const QColor kSubBomText(0x50, 0x50, 0x50);
} // namespace

struct BomTreeModel::Node
{
    enum class Fetch { None, Running, Done, Failed };
    quint64 id = 0;
    QJsonObject line;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    Fetch fetch = Fetch::None;
    QString subBom;               // what was loaded below this line, or why not
    QHash<int, QString> problems; // column -> message (lines of the edited version only)
};

BomTreeModel::BomTreeModel(RpcClient *client, const ReferenceData *refs, QObject *parent)
    : QAbstractItemModel(parent), m_client(client), m_refs(refs), m_root(std::make_unique<Node>())
{
}

BomTreeModel::~BomTreeModel() = default;

QString BomTreeModel::fieldName(Column column)
{
    switch (column) {
    case PositionColumn:
        return QStringLiteral("position");
    case ComponentColumn:
        return QStringLiteral("component");
    case QtyColumn:
        return QStringLiteral("qtyPer");
    case UnitColumn:
        return QStringLiteral("unit");
    case ScrapColumn:
        return QStringLiteral("scrapFactor");
    case NoteColumn:
        return QStringLiteral("note");
    case NameColumn:
    case ColumnCount:
        break;
    }
    return {};
}

int BomTreeModel::columnOfField(const QString &field)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (!field.isEmpty() && fieldName(Column(c)) == field) return c;
    return -1;
}

BomTreeModel::Node *BomTreeModel::adopt(Node *parent, const QJsonObject &line)
{
    auto node = std::make_unique<Node>();
    node->id = m_nextId++;
    node->line = line;
    node->parent = parent;
    Node *raw = node.get();
    m_nodes.insert(raw->id, raw);
    parent->children.push_back(std::move(node));
    return raw;
}

void BomTreeModel::forget(Node *node)
{
    for (auto &c : node->children)
        forget(c.get());
    m_nodes.remove(node->id);
}

void BomTreeModel::dropChildren(Node *node)
{
    if (!node->children.empty()) {
        beginRemoveRows(indexOf(node), 0, int(node->children.size()) - 1);
        for (auto &c : node->children)
            forget(c.get());
        node->children.clear();
        endRemoveRows();
    }
    node->fetch = Node::Fetch::None;
    node->subBom.clear();
}

void BomTreeModel::setLines(const QString &bomCode, const QJsonArray &lines, bool editable)
{
    beginResetModel();
    for (auto &c : m_root->children)
        forget(c.get());
    m_root->children.clear();
    m_bomCode = bomCode;
    m_editable = editable;
    for (const QJsonValue &v : lines)
        adopt(m_root.get(), v.toObject());
    endResetModel();
}

QJsonArray BomTreeModel::lines() const
{
    QJsonArray out;
    for (const auto &n : m_root->children) {
        QJsonObject l;
        for (const QString &key :
             {QStringLiteral("position"), QStringLiteral("component"), QStringLiteral("qtyPer"),
              QStringLiteral("unit"), QStringLiteral("scrapFactor"), QStringLiteral("note")}) {
            const QJsonValue v = n->line.value(key);
            if (v.isUndefined() || v.isNull()) continue;
            if (key == QLatin1String("scrapFactor") && v.toString().isEmpty()) continue;
            l.insert(key, v);
        }
        out.append(l);
    }
    return out;
}

int BomTreeModel::addLine()
{
    int maxPosition = 0;
    bool tens = true;
    for (const auto &n : m_root->children) {
        const int p = n->line.value(QStringLiteral("position")).toInt();
        maxPosition = std::max(maxPosition, p);
        tens = tens && p % 10 == 0;
    }
    const int position = tens ? maxPosition / 10 * 10 + 10 : maxPosition + 1;
    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    adopt(m_root.get(), {{QStringLiteral("position"), position},
                         {QStringLiteral("component"), QString()},
                         {QStringLiteral("qtyPer"), QStringLiteral("1")},
                         {QStringLiteral("unit"), QString()},
                         {QStringLiteral("note"), QString()}});
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void BomTreeModel::removeLine(int row)
{
    if (row < 0 || row >= int(m_root->children.size())) return;
    beginRemoveRows({}, row, row);
    forget(m_root->children.at(size_t(row)).get());
    m_root->children.erase(m_root->children.begin() + row);
    endRemoveRows();
    Q_EMIT edited();
}

bool BomTreeModel::moveLine(int row, int delta)
{
    auto &rows = m_root->children;
    const int target = row + delta;
    if (row < 0 || target < 0 || row >= int(rows.size()) || target >= int(rows.size()) || delta == 0)
        return false;
    std::vector<QJsonValue> positions;
    for (const auto &n : rows)
        positions.push_back(n->line.value(QStringLiteral("position")));
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target)) return false;
    auto moving = std::move(rows[size_t(row)]);
    rows.erase(rows.begin() + row);
    rows.insert(rows.begin() + target, std::move(moving));
    endMoveRows();
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i]->line.insert(QStringLiteral("position"), positions[i]);
    Q_EMIT dataChanged(index(std::min(row, target), PositionColumn),
                       index(std::max(row, target), PositionColumn));
    Q_EMIT edited();
    return true;
}

void BomTreeModel::setProblem(int row, Column column, const QString &message)
{
    if (row < 0 || row >= int(m_root->children.size())) return;
    m_root->children.at(size_t(row))->problems.insert(column, message);
    const QModelIndex i = index(row, column);
    Q_EMIT dataChanged(i, i);
}

void BomTreeModel::clearProblems()
{
    for (int row = 0; row < int(m_root->children.size()); ++row) {
        Node *n = m_root->children.at(size_t(row)).get();
        if (n->problems.isEmpty()) continue;
        n->problems.clear();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void BomTreeModel::referenceDataChanged()
{
    // Which components have a BOM may have changed: the view asks hasChildren() again.
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
    if (!m_root->children.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_root->children.size()) - 1, ColumnCount - 1));
}

BomTreeModel::Node *BomTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex BomTreeModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get() || !node->parent) return {};
    const auto &siblings = node->parent->children;
    for (size_t row = 0; row < siblings.size(); ++row)
        if (siblings[row].get() == node) return createIndex(int(row), column, node);
    return {};
}

int BomTreeModel::depthOf(const Node *node) const
{
    int depth = 0;
    for (const Node *p = node->parent; p && p != m_root.get(); p = p->parent)
        ++depth;
    return depth;
}

bool BomTreeModel::canExpand(const Node *node) const
{
    if (!node || node == m_root.get() || !m_refs || depthOf(node) >= kMaxDepth) return false;
    const QString code = node->line.value(QStringLiteral("component")).toString();
    if (code.isEmpty() || !m_refs->hasBom(code) || code == m_bomCode) return false;
    for (const Node *p = node->parent; p && p != m_root.get(); p = p->parent)
        if (p->line.value(QStringLiteral("component")).toString() == code) return false;
    return true;
}

QModelIndex BomTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size())) return {};
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex BomTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) return {};
    return indexOf(nodeOf(child)->parent);
}

int BomTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) return 0;
    return int(nodeOf(parent)->children.size());
}

int BomTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool BomTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    if (!parent.isValid()) return !n->children.empty();
    if (parent.column() != 0) return false;
    if (n->fetch == Node::Fetch::Done || n->fetch == Node::Fetch::Failed) return !n->children.empty();
    return canExpand(n);
}

bool BomTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    return parent.isValid() && n->fetch == Node::Fetch::None && canExpand(n);
}

void BomTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *n = nodeOf(parent);
    if (!canFetchMore(parent) || !m_client) return;
    n->fetch = Node::Fetch::Running;
    const quint64 id = n->id;
    const QString code = n->line.value(QStringLiteral("component")).toString();
    m_client->call(QStringLiteral("bom.get"), {{QStringLiteral("code"), code}}, this,
                   [this, id, code](const QJsonObject &bom, const RpcError &e) {
                       Node *node = m_nodes.value(id);
                       if (!node || node->fetch != Node::Fetch::Running ||
                           node->line.value(QStringLiteral("component")).toString() != code)
                           return; // the line was removed or changed meanwhile
                       const QModelIndex at = indexOf(node);
                       if (!e.isNull()) {
                           node->fetch = Node::Fetch::Failed;
                           node->subBom = errorText(e);
                       } else {
                           const QJsonArray lines = bom.value(QStringLiteral("lines")).toArray();
                           node->subBom = tr("BOM of %1, version %2 (%3), for a base quantity of %4")
                                              .arg(code)
                                              .arg(bom.value(QStringLiteral("version")).toInt())
                                              .arg(DataDictionary::valueLabel(
                                                       bom.value(QStringLiteral("status")).toString()),
                                                   bom.value(QStringLiteral("baseQuantity")).toString());
                           if (!lines.isEmpty()) {
                               beginInsertRows(at, 0, int(lines.size()) - 1);
                               for (const QJsonValue &l : lines)
                                   adopt(node, l.toObject());
                               endInsertRows();
                           }
                           node->fetch = Node::Fetch::Done;
                       }
                       Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
                       Q_EMIT subBomLoaded(at);
                   });
}

QString BomTreeModel::text(const Node *n, int column) const
{
    const QJsonObject &l = n->line;
    switch (column) {
    case PositionColumn:
        return QString::number(l.value(QStringLiteral("position")).toInt());
    case ComponentColumn:
        return l.value(QStringLiteral("component")).toString();
    case NameColumn:
        return m_refs ? m_refs->materialName(l.value(QStringLiteral("component")).toString()) : QString();
    case QtyColumn:
        return l.value(QStringLiteral("qtyPer")).toString();
    case UnitColumn:
        return l.value(QStringLiteral("unit")).toString();
    case ScrapColumn: {
        const QString s = l.value(QStringLiteral("scrapFactor")).toString();
        return s == QLatin1String("0") ? QString() : s;
    }
    case NoteColumn:
        return l.value(QStringLiteral("note")).toString();
    }
    return {};
}

QVariant BomTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) return {};
    const Node *n = nodeOf(index);
    const bool own = n->parent == m_root.get();
    const QString problem = n->problems.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(n, index.column());
    case Qt::EditRole:
        if (index.column() == PositionColumn) return n->line.value(QStringLiteral("position")).toInt();
        return text(n, index.column());
    case Qt::ToolTipRole:
        if (!problem.isEmpty()) return problem;
        if (index.column() == ComponentColumn && !n->subBom.isEmpty()) return n->subBom;
        if (!own)
            return tr("Line of the BOM of %1 (read-only here)")
                .arg(n->parent->line.value(QStringLiteral("component")).toString());
        return {};
    case Qt::BackgroundRole:
        if (!problem.isEmpty()) return QBrush(kProblemBackground);
        return {};
    case Qt::ForegroundRole:
        if (!problem.isEmpty()) return QBrush(kProblemText);
        if (!own) return QBrush(kSubBomText);
        return {};
    case Qt::FontRole:
        if (!own) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QtyColumn || index.column() == ScrapColumn || index.column() == PositionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProblemRole:
        return problem;
    case LevelRole:
        return depthOf(n);
    case SubBomRole:
        return n->subBom;
    }
    return {};
}

bool BomTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) return false;
    Node *n = nodeOf(index);
    const int column = index.column();
    const QString field = fieldName(Column(column));
    QJsonValue v;
    if (column == PositionColumn)
        v = value.toInt();
    else if (column == QtyColumn || column == ScrapColumn)
        v = DecimalValidator::canonical(value.toString());
    else
        v = value.toString().trimmed();
    if (n->line.value(field) == v) return true;
    n->line.insert(field, v);
    n->problems.remove(column);
    int last = column;
    if (column == ComponentColumn) {
        dropChildren(n);
        // A unit of another dimension cannot stay: take the component's stock unit.
        if (m_refs && !m_refs->material(v.toString()).isEmpty() &&
            !m_refs->unitsForMaterial(v.toString())
                 .contains(n->line.value(QStringLiteral("unit")).toString())) {
            n->line.insert(QStringLiteral("unit"),
                           m_refs->material(v.toString()).value(QStringLiteral("unit")));
            n->problems.remove(UnitColumn);
        }
        last = UnitColumn;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0, index.parent()),
                       this->index(index.row(), std::max(last, column), index.parent()));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags BomTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && nodeOf(index)->parent == m_root.get() && index.column() != NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BomTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case PositionColumn:
        return tr("Position");
    case ComponentColumn:
        return tr("Component");
    case NameColumn:
        return tr("Name");
    case QtyColumn:
        return tr("Quantity per");
    case UnitColumn:
        return tr("Unit");
    case ScrapColumn:
        return tr("Scrap factor");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace concord::ui
