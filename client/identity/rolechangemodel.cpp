#include "identity/rolechangemodel.h"

#include "signature/signaturetext.h"

#include <QJsonArray>

namespace concord::ui {

namespace {
const QString kTopic = QStringLiteral("identity.role_change");
}

RoleChangeModel::RoleChangeModel(RpcClient *client, QObject *parent)
    : RecordListModel(client,
                      {kTopic, QStringLiteral("id"), QStringLiteral("roleChange.list"), QStringLiteral("roleChanges"),
                       QStringLiteral("roleChange.get"), QStringLiteral("id")},
                      parent)
{
}

void RoleChangeModel::setStatusFilter(const QString &status)
{
    if (status == m_status) return;
    m_status = status;
    reload();
}

QString RoleChangeModel::rolesText(const QJsonValue &roles)
{
    QStringList out;
    for (const QJsonValue &v : roles.toArray())
        out.append(v.toString());
    return out.isEmpty() ? tr("(none)") : out.join(QStringLiteral(", "));
}

QJsonObject RoleChangeModel::listParams() const
{
    QJsonObject params;
    if (!m_status.isEmpty()) params.insert(QStringLiteral("status"), m_status);
    return params;
}

bool RoleChangeModel::lessThan(const QJsonObject &a, const QJsonObject &b) const
{
    return a.value(QStringLiteral("id")).toInteger() >
           b.value(QStringLiteral("id")).toInteger(); // newest first
}

bool RoleChangeModel::belongs(const QJsonObject &change) const
{
    return m_status.isEmpty() || change.value(QStringLiteral("status")).toString() == m_status;
}

int RoleChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleChangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const QJsonObject c = record(index.row());
    const auto field = [&c](const char *name) { return c.value(QLatin1String(name)); };
    switch (role) {
    case IdRole:
        return field("id").toInteger();
    case StatusRole:
        return field("status").toString();
    case RowVersionRole:
        return field("rowVersion").toInt();
    case ChangeRole:
        return c;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn) return field("reason").toString();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return field("id").toInteger();
    case UserColumn:
        return field("username").toString();
    case OldRolesColumn:
        return rolesText(field("oldRoles"));
    case NewRolesColumn:
        return rolesText(field("newRoles"));
    case ReasonColumn:
        return field("reason").toString();
    case RequestedByColumn:
        return field("requestedByUsername").toString();
    case RequestedAtColumn:
        return SignatureText::localTime(field("requestedAt").toString());
    case StatusColumn:
        return SignatureText::status(field("status").toString());
    default:
        return {};
    }
}

QVariant RoleChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("No.");
    case UserColumn:
        return tr("User");
    case OldRolesColumn:
        return tr("Roles before");
    case NewRolesColumn:
        return tr("Requested roles");
    case ReasonColumn:
        return tr("Reason");
    case RequestedByColumn:
        return tr("Requested by");
    case RequestedAtColumn:
        return tr("Requested at");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace concord::ui
