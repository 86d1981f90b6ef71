#pragma once
#include "protocol/rpcerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace concord::jsonrpc {

// Hard protocol limits shared by server and clients.
inline constexpr qsizetype kMaxLineBytes = 8 * 1024 * 1024;

// One compact JSON object followed by '\n'.
QByteArray encode(const QJsonObject &message);
QJsonObject request(const QJsonValue &id, const QString &method, const QJsonObject &params);
QJsonObject result(const QJsonValue &id, const QJsonValue &result);
QJsonObject error(const QJsonValue &id, const RpcError &error);
QJsonObject notification(const QString &method, const QJsonObject &params);

// A parsed incoming line. Exactly one of: a request (method set, id present), a notification
// (method set, no id), a response (result or error set), or a protocol error.
struct Incoming
{
    enum Kind { Request, Notification, Response, Invalid } kind = Invalid;
    QJsonValue id; // Null when the id could not be read
    QString method;
    QJsonObject params;
    QJsonValue result;
    QJsonObject error;
    RpcError problem; // set when kind == Invalid
};

Incoming parse(const QByteArray &line);

} // namespace concord::jsonrpc
