#include "identity/approvalmodel.h"

#include "signature/signaturetext.h"

#include <QJsonArray>

namespace concord::ui {

ApprovalModel::ApprovalModel(RpcClient *client, QObject *parent)
    : RecordListModel(client,
                      {QStringLiteral("identity.approval"), QStringLiteral("id"), QStringLiteral("approvalRequest.list"),
                       QStringLiteral("requests"), QStringLiteral("approvalRequest.get"), QStringLiteral("id")},
                      parent)
{
}

void ApprovalModel::setStatusFilter(const QString &status)
{
    if (status == m_status) return;
    m_status = status;
    reload();
}

QString ApprovalModel::kindText(const QString &recordType)
{
    return SignatureText::recordType(recordType);
}

QString ApprovalModel::changeText(const QJsonObject &request)
{
    const QString type = request.value(QStringLiteral("recordType")).toString();
    if (type == QLatin1String("user_deactivation")) {
        QStringList rights;
        for (const QJsonValue &v : request.value(QStringLiteral("oldValue")).toObject().value(QStringLiteral("signingRights")).toArray())
            rights.append(v.toString());
        return tr("Deactivate the account (signing rights: %1)").arg(rights.join(QStringLiteral(", ")));
    }
    QStringList before, after, parts;
    for (const QJsonValue &v : request.value(QStringLiteral("oldValue")).toArray())
        before.append(v.toString());
    for (const QJsonValue &v : request.value(QStringLiteral("newValue")).toArray())
        after.append(v.toString());
    for (const QString &p : after)
        if (!before.contains(p)) parts.append(tr("+ %1").arg(p));
    for (const QString &p : before)
        if (!after.contains(p)) parts.append(tr("− %1").arg(p));
    return parts.isEmpty() ? tr("(no change)") : parts.join(QStringLiteral(", "));
}

QJsonObject ApprovalModel::listParams() const
{
    QJsonObject params;
    if (!m_status.isEmpty()) params.insert(QStringLiteral("status"), m_status);
    return params;
}

bool ApprovalModel::lessThan(const QJsonObject &a, const QJsonObject &b) const
{
    return a.value(QStringLiteral("id")).toInteger() > b.value(QStringLiteral("id")).toInteger(); // newest first
}

bool ApprovalModel::belongs(const QJsonObject &request) const
{
    return m_status.isEmpty() || request.value(QStringLiteral("status")).toString() == m_status;
}

int ApprovalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const QJsonObject r = record(index.row());
    if (role == IdRole) return r.value(QStringLiteral("id")).toInteger();
    if (role == RequestRole) return r;
    if (role == Qt::ToolTipRole && (index.column() == ChangeColumn || index.column() == ReasonColumn))
        return index.column() == ChangeColumn ? changeText(r) : r.value(QStringLiteral("reason")).toString();
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case IdColumn: return r.value(QStringLiteral("id")).toInteger();
    case KindColumn: return kindText(r.value(QStringLiteral("recordType")).toString());
    case SubjectColumn: return r.value(QStringLiteral("subjectName")).toString();
    case ChangeColumn: return changeText(r);
    case StatusColumn: return SignatureText::status(r.value(QStringLiteral("status")).toString());
    case RequestedByColumn: return r.value(QStringLiteral("requestedByUsername")).toString();
    case RequestedAtColumn: return SignatureText::localTime(r.value(QStringLiteral("requestedAt")).toString());
    case ReasonColumn: return r.value(QStringLiteral("reason")).toString();
    default: return {};
    }
}

QVariant ApprovalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return RecordListModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("No.");
    case KindColumn: return tr("Kind");
    case SubjectColumn: return tr("Role or user");
    case ChangeColumn: return tr("Change");
    case StatusColumn: return tr("Status");
    case RequestedByColumn: return tr("Requested by");
    case RequestedAtColumn: return tr("Requested at");
    case ReasonColumn: return tr("Reason");
    default: return {};
    }
}

} // namespace concord::ui
