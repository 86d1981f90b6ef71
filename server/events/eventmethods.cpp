#include "events/eventmethods.h"

#include "core/services.h"
#include "events/eventhub.h"
#include "net/connection.h"
#include "rpc/async.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"

#include <QJsonArray>

namespace concord {

namespace {
const QString kCursorPattern = QStringLiteral("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");

void startStream(Services &s, const CallPtr &call, const QStringList &topics, qint64 since)
{
    if (!call->connection)
        return;
    const qint64 head = s.events.headSeq();
    if (since > head)
        since = head;
    // Reply first so the client sees the acknowledgement before the replayed events.
    call->reply(QJsonObject{{QStringLiteral("subscribed"), true}, {QStringLiteral("since"), since}, {QStringLiteral("headSeq"), head},
                            {QStringLiteral("complete"), s.events.complete(call->connection, topics)}});
    s.events.subscribe(call->connection, topics, since);
}
} // namespace

void registerEventMethods(Services &s)
{
    using namespace schema;
    s.registry.add({
        .name = QStringLiteral("events.subscribe"),
        .summary = QStringLiteral("Replays events after `since` (or after a named cursor) and then streams new ones as \"event\" "
                                  "notifications; topics are names or prefixes, \"*\" = all. Omit since for live only. Only topics "
                                  "the caller may read are sent; `complete` is false when some selected topics are withheld."),
        .permission = QStringLiteral("events.subscribe"),
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::exempt(QStringLiteral("a subscription lives in the connection only; changes no record")),
        .params = object({{QStringLiteral("topics"), array(string(100, 1), 100, 1)},
                          {QStringLiteral("since"), integer(0)},
                          {QStringLiteral("cursor"), pattern(kCursorPattern, 100)}},
                         {QStringLiteral("topics")}),
        .result = object({{QStringLiteral("subscribed"), boolean()}, {QStringLiteral("since"), integer()}, {QStringLiteral("headSeq"), integer()},
                          {QStringLiteral("complete"), boolean()}}),
        .allowedWhileLocked = true,
        .inlineHandler =
            [&s](const CallPtr &call) {
                QStringList topics;
                for (const QJsonValue &v : call->params.value(QStringLiteral("topics")).toArray())
                    topics.append(v.toString());
                if (call->params.contains(QStringLiteral("cursor"))) {
                    const QString name = call->params.value(QStringLiteral("cursor")).toString();
                    async::read(s, call, [name](ReadContext &ctx) {
                        const auto row = ctx.sql().one(QStringLiteral("event.cursor_get"), {name});
                        return QJsonObject{{QStringLiteral("seq"), row ? row->value(QStringLiteral("seq")).toLongLong() : 0}};
                    }, [&s, call, topics](const QJsonObject &r) { startStream(s, call, topics, r.value(QStringLiteral("seq")).toInteger()); });
                    return;
                }
                startStream(s, call, topics, call->params.contains(QStringLiteral("since")) ? call->params.value(QStringLiteral("since")).toInteger() : -1);
            },
    });
    s.registry.add({
        .name = QStringLiteral("events.unsubscribe"),
        .summary = QStringLiteral("Stops the event stream on this connection."),
        .permission = QStringLiteral("events.subscribe"),
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::exempt(QStringLiteral("a subscription lives in the connection only; changes no record")),
        .allowedWhileLocked = true,
        .inlineHandler =
            [&s](const CallPtr &call) {
                if (call->connection)
                    s.events.unsubscribe(call->connection);
                call->reply(QJsonObject{{QStringLiteral("ok"), true}});
            },
    });
    s.registry.add({
        .name = QStringLiteral("events.cursor.get"),
        .summary = QStringLiteral("Position of a durable named cursor (integrations: at-least-once, ordered, no gaps)."),
        .permission = QStringLiteral("events.cursor"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("name"), pattern(kCursorPattern, 100)}}, {QStringLiteral("name")}),
        .read =
            [](ReadContext &ctx, const QJsonObject &p) {
                const auto row = ctx.sql().one(QStringLiteral("event.cursor_get"), {p.value(QStringLiteral("name")).toString()});
                return row ? Sql::toJson(*row) : QJsonObject{{QStringLiteral("name"), p.value(QStringLiteral("name"))}, {QStringLiteral("seq"), 0}};
            },
    });
    s.registry.add({
        .name = QStringLiteral("events.cursor.set"),
        .summary = QStringLiteral("Stores how far a consumer has processed the stream; a later subscribe with this cursor resumes after it."),
        .permission = QStringLiteral("events.cursor"),
        .kind = MethodKind::Write,
        .audit = AuditPolicy::exempt(QStringLiteral("an integration's read position in the event stream is bookkeeping, not a record")),
        .params = object({{QStringLiteral("name"), pattern(kCursorPattern, 100)}, {QStringLiteral("seq"), integer(0)}},
                         {QStringLiteral("name"), QStringLiteral("seq")}),
        .write =
            [](WriteContext &ctx, const QJsonObject &p) {
                const QString name = p.value(QStringLiteral("name")).toString();
                const qint64 seq = p.value(QStringLiteral("seq")).toInteger();
                const qint64 head = ctx.sql().scalar(QStringLiteral("event.head")).toLongLong();
                if (seq > head)
                    throw RpcError::validation({{QStringLiteral("params.seq"), QStringLiteral("maximum"),
                                                 QStringLiteral("must not be after the newest event (%1)").arg(head)}});
                ctx.sql().exec(QStringLiteral("event.cursor_upsert"), {name, seq, ctx.principal().userId, ctx.now()});
                return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("seq"), seq}};
            },
    });
}

} // namespace concord
