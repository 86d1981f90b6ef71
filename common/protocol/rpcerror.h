#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace concord {

// JSON-RPC 2.0 error codes. Protocol faults use the standard codes; application errors use the
// server range and always carry a stable symbolic data.code (see errorcatalog.h).
namespace rpccode {
inline constexpr int ParseError = -32700;
inline constexpr int InvalidRequest = -32600;
inline constexpr int MethodNotFound = -32601;
inline constexpr int InvalidParams = -32602;
inline constexpr int InternalError = -32603;
inline constexpr int AuthRequired = -32001;
inline constexpr int AuthDenied = -32003;
inline constexpr int NotFound = -32004;
inline constexpr int Conflict = -32009;
inline constexpr int Rule = -32010;
inline constexpr int Signature = -32011;
inline constexpr int Limit = -32029;
inline constexpr int Unavailable = -32050;
} // namespace rpccode

// One field-level problem inside a validation.failed error.
struct FieldError
{
    QString field;   // JSON pointer-ish path, e.g. "params.roles[2]"
    QString code;    // e.g. "required", "type", "maxLength", "unknown"
    QString message; // English text for logs and for clients without a translation
    QJsonObject toJson() const;
};

// An application or protocol error as sent on the wire:
// {"code":-32xxx,"message":"English","data":{"code":"rule.x","messageKey":"rule.x","args":{..},"details":[..]}}
class RpcError
{
public:
    RpcError() = default;
    // Builds an error whose English message comes from the catalogue template for `dataCode`.
    static RpcError make(const QString &dataCode, const QJsonObject &args = {});
    static RpcError validation(const QList<FieldError> &details);

    int code = rpccode::InternalError;
    QString dataCode;
    QJsonObject args;
    QString message;
    QList<FieldError> details;

    bool isNull() const { return dataCode.isEmpty(); }
    QJsonObject toJson() const;
    static RpcError fromJson(const QJsonObject &errorObject);
};

} // namespace concord
