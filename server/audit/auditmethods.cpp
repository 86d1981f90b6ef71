#include "audit/auditmethods.h"

#include "audit/auditverifier.h"
#include "core/services.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"

#include <QJsonArray>
#include <limits>

namespace concord {

namespace {
// One audit.query row: who did what to which record when, the changed fields as {field: [old, new]},
// and the row's place in the hash chain.
QJsonObject auditRow()
{
    using namespace schema;
    return object({{QStringLiteral("seq"), integer(1)},
                   {QStringLiteral("at"), dateTime()},
                   {QStringLiteral("userId"), integer()},
                   {QStringLiteral("username"), string(100)},
                   {QStringLiteral("action"), string(64)},
                   {QStringLiteral("recordType"), string(64)},
                   {QStringLiteral("recordId"), string(200)},
                   {QStringLiteral("changes"), anyObject()},
                   {QStringLiteral("reason"), text()},
                   {QStringLiteral("peer"), string()},
                   {QStringLiteral("prevHash"), string(64)},
                   {QStringLiteral("hash"), string(64)}},
                  {QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("username"), QStringLiteral("action"),
                   QStringLiteral("recordType"), QStringLiteral("recordId"), QStringLiteral("changes"),
                   QStringLiteral("prevHash"), QStringLiteral("hash")});
}
} // namespace

void registerAuditMethods(Services &s)
{
    using namespace schema;
    s.registry.add({
        .name = QStringLiteral("audit.query"),
        .summary = QStringLiteral("Audit-trail rows filtered by record, user, action and UTC time range; keyset paging by seq."),
        .permission = QStringLiteral("audit.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("recordType"), string(64)},
                          {QStringLiteral("recordId"), string(200)},
                          {QStringLiteral("username"), string(100)},
                          {QStringLiteral("action"), string(64)},
                          {QStringLiteral("from"), dateTime()},
                          {QStringLiteral("to"), dateTime()},
                          {QStringLiteral("afterSeq"), integer(0)},
                          {QStringLiteral("beforeSeq"), integer(1)},
                          {QStringLiteral("order"), oneOf({QStringLiteral("asc"), QStringLiteral("desc")})},
                          {QStringLiteral("limit"), integer(1, 1000)}}),
        // The rows carry their hashes so that a reviewer can follow the chain link by link.
        .result = object({{QStringLiteral("rows"), array(auditRow())}, {QStringLiteral("more"), boolean()}}),
        .read =
            [](ReadContext &ctx, const QJsonObject &p) {
                auto opt = [&](const char *k) {
                    const QString key = QString::fromLatin1(k);
                    return p.contains(key) ? QVariant(p.value(key).toString()) : QVariant();
                };
                auto time = [&](const char *k) {
                    const QString key = QString::fromLatin1(k);
                    if (!p.contains(key))
                        return QVariant();
                    return QVariant(QDateTime::fromString(p.value(key).toString(), Qt::ISODateWithMs).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
                };
                const QVariant rt = opt("recordType"), ri = opt("recordId"), un = opt("username"), ac = opt("action"), fr = time("from"), to = time("to");
                const qint64 after = p.value(QStringLiteral("afterSeq")).toInteger(0);
                const qint64 before = p.contains(QStringLiteral("beforeSeq")) ? p.value(QStringLiteral("beforeSeq")).toInteger()
                                                                               : std::numeric_limits<qint64>::max();
                const int limit = p.value(QStringLiteral("limit")).toInt(200);
                const bool asc = p.value(QStringLiteral("order")).toString() == QLatin1String("asc");
                const QJsonArray rows = ctx.sql().rows(asc ? QStringLiteral("audit.query_asc") : QStringLiteral("audit.query"),
                                                       {after, before, rt, ri, un, ac, fr, to, limit});
                return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("more"), rows.size() == limit}};
            },
    });
    s.registry.add({
        .name = QStringLiteral("audit.verify"),
        .summary = QStringLiteral("Walks the hash chain of the whole audit trail and names the first broken link."),
        .permission = QStringLiteral("audit.verify"),
        .kind = MethodKind::Read,
        .result = object({{QStringLiteral("ok"), boolean()}, {QStringLiteral("rowsChecked"), integer()},
                          {QStringLiteral("firstBroken"), object({{QStringLiteral("seq"), integer()}, {QStringLiteral("reason"), text()}})},
                          {QStringLiteral("headSeq"), integer()}, {QStringLiteral("headHash"), string(64)}}),
        .read = [](ReadContext &ctx, const QJsonObject &) { return verifyAuditChain(ctx.sql()); },
    });
}

} // namespace concord
