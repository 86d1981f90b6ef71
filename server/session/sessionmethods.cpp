#include "session/sessionmethods.h"

#include "concord/version.h"
#include "core/clock.h"
#include "core/serverconfig.h"
#include "core/services.h"
#include "events/eventhub.h"
#include "identity/sessionmanager.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"

#include <QJsonArray>

namespace concord {

void registerSessionMethods(Services &s)
{
    using namespace schema;
    s.registry.add({
        .name = QStringLiteral("session.hello"),
        .summary = QStringLiteral("Protocol and server version, features, demo flag and the server's clock."),
        .permission = permission::Public,
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::exempt(QStringLiteral("protocol handshake before sign-in; changes nothing")),
        .params = object({{QStringLiteral("client"), string(100)},
                          {QStringLiteral("protocol"), object({{QStringLiteral("major"), integer(0, 1000)},
                                                               {QStringLiteral("minor"), integer(0, 1000)}}, {QStringLiteral("major")})}}),
        .result = object({{QStringLiteral("protocol"), anyObject()}, {QStringLiteral("serverVersion"), string()},
                          {QStringLiteral("features"), array(string())}, {QStringLiteral("demo"), boolean()},
                          {QStringLiteral("serverTime"), dateTime()}, {QStringLiteral("compatible"), boolean()},
                          {QStringLiteral("instanceId"), string()}, {QStringLiteral("tls"), boolean()},
                          {QStringLiteral("sessionIdleSeconds"), integer()}}),
        .allowedBeforePasswordChange = true,
        .inlineHandler =
            [&s](const CallPtr &call) {
                const QJsonObject wanted = call->params.value(QStringLiteral("protocol")).toObject();
                const bool compatible = !wanted.contains(QStringLiteral("major")) || wanted.value(QStringLiteral("major")).toInt() == kProtocolMajor;
                call->reply(QJsonObject{
                    {QStringLiteral("protocol"), QJsonObject{{QStringLiteral("major"), kProtocolMajor}, {QStringLiteral("minor"), kProtocolMinor}}},
                    {QStringLiteral("compatible"), compatible},
                    {QStringLiteral("serverVersion"), QString::fromLatin1(kVersion)},
                    {QStringLiteral("features"), QJsonArray{QStringLiteral("audit"), QStringLiteral("signatures"), QStringLiteral("events"),
                                                            QStringLiteral("alarms"), QStringLiteral("idempotency")}},
                    {QStringLiteral("demo"), s.demo},
                    {QStringLiteral("instanceId"), s.instanceId},
                    {QStringLiteral("tls"), !s.config.insecureLoopback},
                    {QStringLiteral("sessionIdleSeconds"), s.sessions.idleSeconds()},
                    {QStringLiteral("serverTime"), clock::nowIso()},
                });
            },
    });
    s.registry.add({
        .name = QStringLiteral("rpc.discover"),
        .summary = QStringLiteral("Every method with its permission, whether it writes, and the JSON Schemas of params and result; "
                                  "x-eventTopics: every event topic (prefix) with the permission needed to receive it."),
        .permission = permission::Public,
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::exempt(QStringLiteral("describes the API; changes nothing")),
        .allowedBeforePasswordChange = true,
        .inlineHandler =
            [&s](const CallPtr &call) {
                QJsonObject catalogue = s.registry.discover(QString::fromLatin1(kVersion));
                QJsonArray topics;
                const auto declared = s.events.topics();
                for (auto it = declared.cbegin(); it != declared.cend(); ++it)
                    topics.append(QJsonObject{{QStringLiteral("topic"), it.key()}, {QStringLiteral("permission"), it.value()}});
                catalogue.insert(QStringLiteral("x-eventTopics"), topics);
                call->reply(catalogue);
            },
    });
    s.registry.add({
        .name = QStringLiteral("session.ping"),
        .summary = QStringLiteral("Heartbeat: keeps the connection and the session alive; returns the server time."),
        .permission = permission::Authenticated,
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::exempt(QStringLiteral("keeps a session alive; its last-seen time is bookkeeping")),
        .result = object({{QStringLiteral("serverTime"), dateTime()}}),
        .allowedBeforePasswordChange = true,
        .allowedWhileLocked = true,
        .inlineHandler = [](const CallPtr &call) { call->reply(QJsonObject{{QStringLiteral("serverTime"), clock::nowIso()}}); },
    });
    s.registry.add({
        .name = QStringLiteral("session.list"),
        .summary = QStringLiteral("Active sessions on this server instance."),
        .permission = QStringLiteral("session.admin"),
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::exempt(QStringLiteral("lists the sessions held in memory; changes nothing")),
        .inlineHandler = [&s](const CallPtr &call) { call->reply(QJsonObject{{QStringLiteral("sessions"), s.sessions.list()}}); },
    });
}

} // namespace concord
