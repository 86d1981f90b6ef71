#include "rpc/methodregistry.h"

#include "rpc/schema.h"

#include <QJsonArray>

namespace concord {

void MethodRegistry::add(MethodSpec spec)
{
    // Programming errors that must stop the server in every build, not only in debug builds.
    if (m_index.contains(spec.name) || spec.permission.isEmpty())
        qFatal("method %s registered twice or without a permission", qPrintable(spec.name));
    if (!spec.audit) {
        if (spec.kind == MethodKind::Inline && !spec.inlineWrites)
            qFatal("method %s: an inline method must declare its audit policy (records, or exempt with a reason)", qPrintable(spec.name));
        spec.audit = spec.kind == MethodKind::Read ? AuditPolicy::exempt(QStringLiteral("reads change nothing (read-only connection)"))
                                                   : AuditPolicy::records();
    }
    if (!spec.audit->mustAudit() && spec.audit->exemptReason.size() < 10)
        qFatal("method %s: an exemption from auditing needs a written reason", qPrintable(spec.name));
    if (spec.params.isEmpty())
        spec.params = schema::object({});
    if (spec.writes()) {
        QJsonObject props = spec.params.value(QStringLiteral("properties")).toObject();
        props.insert(QStringLiteral("idempotencyKey"),
                     schema::withDescription(schema::string(128, 1), QStringLiteral("Retrying with the same key returns the first result")));
        spec.params.insert(QStringLiteral("properties"), props);
    }
    m_index.insert(spec.name, m_methods.size());
    m_methods.append(std::move(spec));
}

const MethodSpec *MethodRegistry::find(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_methods.at(*it);
}

QStringList MethodRegistry::permissions() const
{
    QStringList out;
    for (const MethodSpec &m : m_methods)
        if (m.permission != permission::Public && m.permission != permission::Authenticated && !out.contains(m.permission))
            out.append(m.permission);
    out.sort();
    return out;
}

QJsonObject MethodRegistry::discover(const QString &serverVersion) const
{
    QJsonArray methods;
    for (const MethodSpec &m : m_methods) {
        methods.append(QJsonObject{
            {QStringLiteral("name"), m.name},
            {QStringLiteral("summary"), m.summary},
            {QStringLiteral("permission"), m.permission},
            {QStringLiteral("writes"), m.writes()},
            {QStringLiteral("x-audit"), m.audit->mustAudit() ? QJsonValue(QStringLiteral("records"))
                                                             : QJsonValue(QJsonObject{{QStringLiteral("exempt"), m.audit->exemptReason}})},
            {QStringLiteral("params"), m.params},
            {QStringLiteral("result"), m.result.isEmpty() ? schema::anyObject() : m.result},
        });
    }
    return {{QStringLiteral("openrpc"), QStringLiteral("1.2.6")},
            {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Concord JSON-RPC API")},
                                                 {QStringLiteral("version"), serverVersion}}},
            {QStringLiteral("methods"), methods}};
}

} // namespace concord
