#include "alarm/alarms.h"

#include "storage/writecontext.h"

namespace concord::alarms {

QJsonObject raise(WriteContext &ctx, const QString &severity, const QString &source, const QString &topic, const QString &message)
{
    const qint64 id = ctx.sql()
                          .scalar(QStringLiteral("alarm.insert"), {ctx.now(), severity, source, topic, message, ctx.principal().userId})
                          .toLongLong();
    const QJsonObject alarm{{QStringLiteral("id"), id},
                            {QStringLiteral("raisedAt"), ctx.now()},
                            {QStringLiteral("severity"), severity},
                            {QStringLiteral("source"), source},
                            {QStringLiteral("topic"), topic},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("state"), QStringLiteral("active")},
                            {QStringLiteral("raisedBy"), ctx.principal().userId},
                            {QStringLiteral("raisedByUsername"), ctx.principal().username},
                            {QStringLiteral("rowVersion"), 1}};
    QJsonObject created = alarm;
    created.remove(QStringLiteral("id"));
    ctx.audit(QStringLiteral("create"), QStringLiteral("alarm"), QString::number(id), diff({}, created));
    ctx.emitEvent(QStringLiteral("alarm.raised"), alarm);
    return alarm;
}

} // namespace concord::alarms
