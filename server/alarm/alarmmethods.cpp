#include "alarm/alarmmethods.h"

#include "alarm/alarms.h"
#include "core/services.h"
#include "events/eventhub.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"

#include <QJsonArray>

namespace concord {

void registerAlarmMethods(Services &s)
{
    using namespace schema;
    s.events.declareTopic(QStringLiteral("alarm"), QStringLiteral("alarm.read"));
    const QStringList severities{QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")};
    s.registry.add({
        .name = QStringLiteral("alarm.raise"),
        .summary = QStringLiteral("Raises an alarm (by a person or an equipment account); audited and pushed as event alarm.raised."),
        .permission = QStringLiteral("alarm.raise"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("severity"), oneOf(severities)},
                          {QStringLiteral("source"), string(100, 1)},
                          {QStringLiteral("topic"), pattern(QStringLiteral("[a-z][a-z0-9_.-]{0,63}"), 64)},
                          {QStringLiteral("message"), string(1000, 1)}},
                         {QStringLiteral("severity"), QStringLiteral("source"), QStringLiteral("message")}),
        .write =
            [](WriteContext &ctx, const QJsonObject &p) {
                return alarms::raise(ctx, p.value(QStringLiteral("severity")).toString(), p.value(QStringLiteral("source")).toString(),
                                     p.value(QStringLiteral("topic")).toString(QStringLiteral("general")),
                                     p.value(QStringLiteral("message")).toString());
            },
    });
    s.registry.add({
        .name = QStringLiteral("alarm.acknowledge"),
        .summary = QStringLiteral("Acknowledges an active alarm; audited and pushed as event alarm.acknowledged."),
        .permission = QStringLiteral("alarm.acknowledge"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("id"), integer(1)}, {QStringLiteral("comment"), text(1000)}}, {QStringLiteral("id")}),
        .write =
            [](WriteContext &ctx, const QJsonObject &p) {
                const qint64 id = p.value(QStringLiteral("id")).toInteger();
                const auto before = ctx.sql().one(QStringLiteral("alarm.get"), {id});
                if (!before)
                    throw RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), QStringLiteral("alarm")},
                                                                       {QStringLiteral("recordId"), QString::number(id)}});
                if (before->value(QStringLiteral("state")).toString() != QLatin1String("active"))
                    throw RpcError::make(QStringLiteral("rule.alarm_state"), {{QStringLiteral("recordId"), QString::number(id)},
                                                                              {QStringLiteral("state"), before->value(QStringLiteral("state")).toString()}});
                const QString comment = p.value(QStringLiteral("comment")).toString();
                ctx.sql().exec(QStringLiteral("alarm.acknowledge"), {ctx.principal().userId, ctx.now(), comment, id});
                const QJsonObject after = Sql::toJson(*ctx.sql().one(QStringLiteral("alarm.get"), {id}));
                ctx.audit(QStringLiteral("update"), QStringLiteral("alarm"), QString::number(id), diff(Sql::toJson(*before), after), comment);
                QJsonObject event = after;
                event.insert(QStringLiteral("acknowledgedByUsername"), ctx.principal().username);
                ctx.emitEvent(QStringLiteral("alarm.acknowledged"), event);
                return event;
            },
    });
    s.registry.add({
        .name = QStringLiteral("alarm.list"),
        .summary = QStringLiteral("Alarms, newest first, filtered by state and severity; page with beforeId."),
        .permission = QStringLiteral("alarm.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("state"), oneOf({QStringLiteral("active"), QStringLiteral("acknowledged")})},
                          {QStringLiteral("severity"), oneOf(severities)},
                          {QStringLiteral("beforeId"), integer(1)},
                          {QStringLiteral("limit"), integer(1, 1000)}}),
        .read =
            [](ReadContext &ctx, const QJsonObject &p) {
                const QVariant state = p.contains(QStringLiteral("state")) ? QVariant(p.value(QStringLiteral("state")).toString()) : QVariant();
                const QVariant sev = p.contains(QStringLiteral("severity")) ? QVariant(p.value(QStringLiteral("severity")).toString()) : QVariant();
                const qint64 before = p.contains(QStringLiteral("beforeId")) ? p.value(QStringLiteral("beforeId")).toInteger()
                                                                              : std::numeric_limits<qint64>::max();
                const int limit = p.value(QStringLiteral("limit")).toInt(200);
                return QJsonObject{{QStringLiteral("alarms"), ctx.sql().rows(QStringLiteral("alarm.list"), {before, state, sev, limit})}};
            },
    });
}

} // namespace concord
