#include "audit/auditmethods.h"

#include "audit/anchorcheck.h"
#include "audit/anchorfile.h"
#include "audit/audithead.h"
#include "audit/auditverifier.h"
#include "core/serverconfig.h"
#include "core/services.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"

#include <QJsonArray>
#include <algorithm>
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

QJsonObject headSchema()
{
    using namespace schema;
    return object({{QStringLiteral("seq"), integer()}, {QStringLiteral("hash"), string(64)}});
}

// audit.verify: the anchors given, and those of the server's own anchor file if asked for.
QJsonObject verify(ReadContext &ctx, const QJsonObject &p, const QString &anchorFile)
{
    const bool useServerFile = p.value(QStringLiteral("serverAnchors")).toBool();
    if (!p.contains(QStringLiteral("anchors")) && !useServerFile)
        return verifyAuditChain(ctx.sql());
    AnchorCheck anchors;
    const QJsonArray given = p.value(QStringLiteral("anchors")).toArray();
    for (qsizetype i = 0; i < given.size(); ++i)
        anchors.add(given.at(i).toObject(), QStringLiteral("params"), int(i + 1));
    if (useServerFile) {
        anchorfile::Contents contents;
        QString error;
        if (!anchorfile::read(anchorFile, &contents, &error))
            throw RpcError::make(QStringLiteral("audit.anchor_file_unreadable"), {{QStringLiteral("detail"), error}});
        for (const auto &[line, anchor] : std::as_const(contents.anchors))
            anchors.add(anchor, QStringLiteral("serverFile"), line);
        anchors.countUnreadable(int(contents.unreadable.size()));
    }
    return verifyAuditChain(ctx.sql(), &anchors);
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
        .result = object({{QStringLiteral("rows"), array(auditRow())}, {QStringLiteral("more"), boolean()},
                          {QStringLiteral("head"), headSchema()}}),
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
                // The answer reflects the trail up to the head read first: rows committed after it
                // are left for the next call, so an export can state the head it shows.
                const AuditHead head = readAuditHead(ctx.sql());
                const QJsonArray rows = ctx.sql().rows(asc ? QStringLiteral("audit.query_asc") : QStringLiteral("audit.query"),
                                                       {after, std::min(before, head.seq + 1), rt, ri, un, ac, fr, to, limit});
                return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("more"), rows.size() == limit},
                                   {QStringLiteral("head"), head.toJson()}};
            },
    });
    const QJsonObject finding = object({{QStringLiteral("finding"), oneOf({QStringLiteral("hashDiffers"), QStringLiteral("rowMissing")})},
                                        {QStringLiteral("seq"), integer(1)},
                                        {QStringLiteral("anchoredHash"), string(64)},
                                        {QStringLiteral("foundHash"), string(64)},
                                        {QStringLiteral("source"), oneOf({QStringLiteral("params"), QStringLiteral("serverFile")})},
                                        {QStringLiteral("line"), integer(1)},
                                        {QStringLiteral("at"), dateTime()},
                                        {QStringLiteral("reason"), string(32)},
                                        {QStringLiteral("server"), string(300)},
                                        {QStringLiteral("instanceId"), string(64)}});
    s.registry.add({
        .name = QStringLiteral("audit.verify"),
        .summary = QStringLiteral("Walks the hash chain of the whole audit trail and names the first broken link; with anchors (chain heads "
                                  "kept outside the database) also names every anchored row whose hash differs or that is gone, which "
                                  "reveals a chain rewritten consistently."),
        .permission = QStringLiteral("audit.verify"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("anchors"), array(anchorfile::anchorSchema(), 20000)}, {QStringLiteral("serverAnchors"), boolean()}}),
        .result = object({{QStringLiteral("ok"), boolean()},
                          {QStringLiteral("status"), oneOf({QStringLiteral("verified"), QStringLiteral("chainBroken"), QStringLiteral("anchorsMismatched")})},
                          {QStringLiteral("rowsChecked"), integer()},
                          {QStringLiteral("firstBroken"), object({{QStringLiteral("seq"), integer()}, {QStringLiteral("reason"), text()}})},
                          {QStringLiteral("headSeq"), integer()}, {QStringLiteral("headHash"), string(64)},
                          {QStringLiteral("anchors"), object({{QStringLiteral("checked"), integer()}, {QStringLiteral("matched"), integer()},
                                                              {QStringLiteral("mismatched"), integer()}, {QStringLiteral("unreadableLines"), integer()},
                                                              {QStringLiteral("findings"), array(finding, AnchorCheck::kMaxFindings)}})}}),
        .read = [anchorFile = s.config.effectiveAnchorFile()](ReadContext &ctx, const QJsonObject &p) { return verify(ctx, p, anchorFile); },
    });
}

} // namespace concord
