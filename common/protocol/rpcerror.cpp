#include "protocol/rpcerror.h"

#include "protocol/errorcatalog.h"

namespace concord {

QJsonObject FieldError::toJson() const
{
    return {{QStringLiteral("field"), field}, {QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

RpcError RpcError::make(const QString &dataCode, const QJsonObject &args)
{
    RpcError e;
    e.dataCode = dataCode;
    e.args = args;
    e.code = errorcatalog::rpcCodeFor(dataCode);
    e.message = errorcatalog::englishMessage(dataCode, args);
    return e;
}

RpcError RpcError::validation(const QList<FieldError> &details)
{
    RpcError e = make(QStringLiteral("validation.failed"), {{QStringLiteral("count"), details.size()}});
    e.details = details;
    return e;
}

QJsonObject RpcError::toJson() const
{
    QJsonObject data{{QStringLiteral("code"), dataCode},
                     {QStringLiteral("messageKey"), dataCode},
                     {QStringLiteral("args"), args}};
    if (!details.isEmpty()) {
        QJsonArray d;
        for (const FieldError &f : details)
            d.append(f.toJson());
        data.insert(QStringLiteral("details"), d);
    }
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}, {QStringLiteral("data"), data}};
}

RpcError RpcError::fromJson(const QJsonObject &o)
{
    RpcError e;
    e.code = o.value(QStringLiteral("code")).toInt();
    e.message = o.value(QStringLiteral("message")).toString();
    const QJsonObject data = o.value(QStringLiteral("data")).toObject();
    e.dataCode = data.value(QStringLiteral("code")).toString();
    e.args = data.value(QStringLiteral("args")).toObject();
    for (const QJsonValue &v : data.value(QStringLiteral("details")).toArray()) {
        const QJsonObject d = v.toObject();
        e.details.append({d.value(QStringLiteral("field")).toString(), d.value(QStringLiteral("code")).toString(),
                          d.value(QStringLiteral("message")).toString()});
    }
    return e;
}

} // namespace concord
