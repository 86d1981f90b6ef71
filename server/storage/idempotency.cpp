#include "storage/idempotency.h"

#include "json/canonicaljson.h"
#include "storage/writecontext.h"

#include <QJsonArray>

namespace concord::idempotency {

namespace {
QJsonValue withoutSecrets(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(withoutSecrets(item));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it.key().contains(QLatin1String("password"), Qt::CaseInsensitive))
            out.insert(it.key(), withoutSecrets(it.value()));
    return out;
}
} // namespace

QString fingerprint(const QString &method, const QJsonObject &params)
{
    return QString::fromLatin1(canonicalHash(QJsonObject{{QStringLiteral("method"), method}, {QStringLiteral("params"), withoutSecrets(params)}}));
}

RpcError mismatch(const QString &storedMethod, const QVariant &storedHash, const QString &method, const QString &hash)
{
    const bool sameParams = storedHash.isNull() || storedHash.toString().isEmpty() || storedHash.toString() == hash;
    if (storedMethod == method && sameParams)
        return {};
    return RpcError::make(QStringLiteral("conflict.idempotency_key"),
                          {{QStringLiteral("method"), storedMethod}, {QStringLiteral("sameMethod"), storedMethod == method}});
}

void auditRefusal(WriteContext &ctx, const QString &method, const RpcError &error)
{
    ctx.audit(QStringLiteral("request.refused"), QStringLiteral("method"), method, {{QStringLiteral("refusal"), QJsonArray{QJsonValue(), error.dataCode}}},
              QStringLiteral("idempotency key reused for another request"));
}

} // namespace concord::idempotency
