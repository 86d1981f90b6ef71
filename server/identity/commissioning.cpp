#include "identity/commissioning.h"

#include "storage/writecontext.h"

namespace concord::commissioning {

namespace {
const QString kClosed = QStringLiteral("commissioning_closed");
} // namespace

bool waiverOpen(Sql &sql)
{
    return !sql.one(QStringLiteral("identity.installation_state_get"), {kClosed});
}

void noteApprovers(WriteContext &ctx)
{
    if (!waiverOpen(ctx.sql()))
        return;
    const qint64 approvers = ctx.sql().scalar(QStringLiteral("identity.approver_count")).toLongLong();
    if (approvers < 2)
        return;
    const QString detail = QStringLiteral("%1 people hold an identity approval right").arg(approvers);
    ctx.sql().exec(QStringLiteral("identity.installation_state_set"), {kClosed, ctx.now(), detail});
    ctx.audit(QStringLiteral("installation.commissioning_closed"), QStringLiteral("installation"), kClosed,
              {{QStringLiteral("secondPersonWaiver"), QJsonArray{QStringLiteral("open"), QStringLiteral("closed")}},
               {QStringLiteral("approvers"), QJsonArray{QJsonValue(), approvers}}},
              QStringLiteral("a second person can approve: the commissioning waiver of the second-person rule ends for good"));
}

bool waives(Sql &sql, qint64 signer, qint64 subject, const QString &approvePermission)
{
    return signer != subject && waiverOpen(sql) &&
           sql.scalar(QStringLiteral("identity.active_holders_of_permission"), {approvePermission, signer}).toLongLong() == 0;
}

} // namespace concord::commissioning
