#include "changecontrol/changeordermodel.h"

#include "changecontrol/changeordertext.h"
#include "core/datadictionary.h"
#include "core/timetext.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>

namespace concord::ui {

ChangeOrderModel::ChangeOrderModel(RpcClient *client, QObject *parent)
    : RecordListModel(client,
                      {QStringLiteral("eco.changed"), QStringLiteral("id"), QStringLiteral("eco.list"),
                       QStringLiteral("changeOrders"), QStringLiteral("eco.get"), QStringLiteral("id")},
                      parent)
{
}

void ChangeOrderModel::setStatusFilter(const QString &status)
{
    if (status == m_status) return;
    m_status = status;
    reload();
}

int ChangeOrderModel::rowOfNumber(const QString &number) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (record(row).value(QStringLiteral("number")).toString().compare(number, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

QJsonObject ChangeOrderModel::listParams() const
{
    QJsonObject p{{QStringLiteral("limit"), 1000}};
    if (!m_status.isEmpty()) p.insert(QStringLiteral("status"), m_status);
    return p;
}

bool ChangeOrderModel::lessThan(const QJsonObject &a, const QJsonObject &b) const
{
    return a.value(QStringLiteral("id")).toInteger() > b.value(QStringLiteral("id")).toInteger();
}

bool ChangeOrderModel::belongs(const QJsonObject &order) const
{
    return m_status.isEmpty() || order.value(QStringLiteral("status")).toString() == m_status;
}

int ChangeOrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeOrderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) return {};
    const QJsonObject o = record(index.row());
    const QString status = o.value(QStringLiteral("status")).toString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return o.value(QStringLiteral("number")).toString();
        case TitleColumn:
            return o.value(QStringLiteral("title")).toString();
        case ClassColumn:
            return ChangeOrderText::changeClass(o.value(QStringLiteral("changeClass")).toString());
        case StatusColumn:
            return DataDictionary::valueLabel(status);
        case ItemsColumn:
            // eco.list counts them; eco.get (after an event) lists them.
            return o.contains(QStringLiteral("itemCount"))
                       ? o.value(QStringLiteral("itemCount")).toInt()
                       : int(o.value(QStringLiteral("items")).toArray().size());
        case AuthorColumn:
            return ChangeOrderText::person(o.value(QStringLiteral("authorName")).toString(),
                                           o.value(QStringLiteral("authorUsername")).toString());
        case CreatedColumn:
            return timetext::localFromServer(o.value(QStringLiteral("createdAt")).toString());
        case SubmittedColumn:
            return timetext::localFromServer(o.value(QStringLiteral("submittedAt")).toString());
        case ClosedColumn:
            return timetext::localFromServer(o.value(QStringLiteral("closedAt")).toString());
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) return QBrush(ChangeOrderText::statusColor(status));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ItemsColumn) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return o.value(QStringLiteral("id")).toInteger();
    case StatusRole:
        return status;
    case OrderRole:
        return o;
    }
    return {};
}

QVariant ChangeOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TitleColumn:
        return tr("Title");
    case ClassColumn:
        return tr("Class");
    case StatusColumn:
        return tr("Status");
    case ItemsColumn:
        return tr("Items");
    case AuthorColumn:
        return tr("Author");
    case CreatedColumn:
        return tr("Created");
    case SubmittedColumn:
        return tr("Submitted");
    case ClosedColumn:
        return tr("Closed");
    }
    return {};
}

} // namespace concord::ui
