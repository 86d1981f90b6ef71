#include "signature/signaturetext.h"

#include "core/timetext.h"

#include <QDateTime>

namespace concord::ui {

QString SignatureText::meaning(const QString &meaning)
{
    if (meaning == QLatin1String("authored")) return tr("Authored");
    if (meaning == QLatin1String("reviewed")) return tr("Reviewed");
    if (meaning == QLatin1String("approved")) return tr("Approved");
    if (meaning == QLatin1String("released")) return tr("Released");
    if (meaning == QLatin1String("verified")) return tr("Verified");
    if (meaning == QLatin1String("rejected")) return tr("Rejected");
    if (meaning == QLatin1String("performed")) return tr("Performed");
    return meaning;
}

QString SignatureText::statement(const QString &meaning)
{
    if (meaning == QLatin1String("authored"))
        return tr("By signing, you declare that you are the author of this record.");
    if (meaning == QLatin1String("reviewed"))
        return tr("By signing, you declare that you have reviewed this record.");
    if (meaning == QLatin1String("approved")) return tr("By signing, you approve this record.");
    if (meaning == QLatin1String("released")) return tr("By signing, you release this record.");
    if (meaning == QLatin1String("verified"))
        return tr("By signing, you declare that you have verified this record.");
    if (meaning == QLatin1String("rejected")) return tr("By signing, you reject this record.");
    if (meaning == QLatin1String("performed"))
        return tr("By signing, you declare that you have performed this step.");
    return tr("By signing, you sign this record as “%1”.").arg(meaning);
}

QString SignatureText::dutyRole(const QString &role)
{
    if (role == QLatin1String("author")) return tr("requester or subject");
    if (role == QLatin1String("administrator")) return tr("administrator");
    if (role == QLatin1String("account owner")) return tr("account owner");
    if (role == QLatin1String("reviewed")) return tr("reviewer");
    if (role == QLatin1String("approved")) return tr("approver");
    if (role == QLatin1String("released")) return tr("releaser");
    return role;
}

QString SignatureText::recordType(const QString &recordType)
{
    if (recordType == QLatin1String("role_change")) return tr("Role change");
    if (recordType == QLatin1String("role_permission_change")) return tr("Role permission change");
    if (recordType == QLatin1String("user_deactivation")) return tr("Deactivation");
    if (recordType == QLatin1String("installation")) return tr("Installation");
    if (recordType == QLatin1String("user")) return tr("User");
    if (recordType == QLatin1String("role")) return tr("Role");
    if (recordType == QLatin1String("change_order")) return tr("Change order");
    return recordType;
}

QString SignatureText::status(const QString &status)
{
    if (status == QLatin1String("pending")) return tr("Pending");
    if (status == QLatin1String("applied")) return tr("Applied");
    if (status == QLatin1String("cancelled")) return tr("Cancelled");
    if (status == QLatin1String("inactive")) return tr("Deactivated");
    return status;
}

QString SignatureText::localTime(const QString &utcIso)
{
    return timetext::localFromServer(utcIso);
}

QString SignatureText::manifestation(const QJsonObject &signature)
{
    return tr("Signed by %1 on %2 — %3")
        .arg(signature.value(QStringLiteral("printedName")).toString(),
             localTime(signature.value(QStringLiteral("signedAt")).toString()),
             meaning(signature.value(QStringLiteral("meaning")).toString()));
}

} // namespace concord::ui
