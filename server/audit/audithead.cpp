#include "audit/audithead.h"

#include "storage/sql.h"

namespace concord {

QJsonObject AuditHead::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}};
}

AuditHead readAuditHead(Sql &sql)
{
    AuditHead head;
    if (const auto r = sql.one(QStringLiteral("audit.head"))) {
        head.seq = r->value(0).toLongLong();
        head.hash = r->value(1).toString();
    }
    return head;
}

} // namespace concord
