#include "signature/separationofduties.h"

#include "signature/signatureservice.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace concord::separation {

const QSet<QString> &workflowFields()
{
    static const QSet<QString> fields{QStringLiteral("status"),      QStringLiteral("version"),     QStringLiteral("rowVersion"),
                                      QStringLiteral("effectiveFrom"), QStringLiteral("effectiveTo"), QStringLiteral("impact"),
                                      QStringLiteral("decidedAt"),   QStringLiteral("submittedAt"), QStringLiteral("closedAt")};
    return fields;
}

QSet<qint64> authors(Sql &sql, const RecordSnapshot &snapshot)
{
    QSet<qint64> out(snapshot.authors.cbegin(), snapshot.authors.cend());
    for (const AuditedRecord &r : snapshot.audited) {
        for (const QJsonValue &row : sql.rows(QStringLiteral("signature.content_editors"), {r.recordType, r.recordId, r.since})) {
            const QJsonObject o = row.toObject();
            const QStringList changed = QJsonDocument::fromJson(o.value(QStringLiteral("changes")).toString().toUtf8()).object().keys();
            if (std::any_of(changed.cbegin(), changed.cend(), [](const QString &k) { return !workflowFields().contains(k); }))
                out.insert(o.value(QStringLiteral("userId")).toInteger());
        }
    }
    return out;
}

} // namespace concord::separation
