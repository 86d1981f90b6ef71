#include "core/auditfilter.h"

#include <algorithm>

namespace concord {

bool AuditFilter::isEmpty() const
{
    return *this == AuditFilter();
}

QJsonObject AuditFilter::pageParams(qint64 beforeSeq, int limit) const
{
    QJsonObject p{{QStringLiteral("order"), QStringLiteral("desc")}, {QStringLiteral("limit"), limit}};
    const auto text = [&p](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty()) p.insert(QLatin1String(key), value.trimmed());
    };
    text("recordType", recordType);
    text("recordId", recordId);
    text("username", username);
    text("action", action);
    if (from.isValid()) p.insert(QStringLiteral("from"), from.toUTC().toString(Qt::ISODateWithMs));
    if (to.isValid()) p.insert(QStringLiteral("to"), to.toUTC().toString(Qt::ISODateWithMs));
    // Keyset paging: the next page starts below the last row seen. upToSeq moves the top of the
    // list down (beforeSeq is exclusive, upToSeq inclusive).
    qint64 before = beforeSeq;
    if (upToSeq > 0) before = before > 0 ? std::min(before, upToSeq + 1) : upToSeq + 1;
    if (before > 0) p.insert(QStringLiteral("beforeSeq"), before);
    return p;
}

} // namespace concord
