#pragma once
#include "protocol/rpcerror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QJsonObject>
#include <QJsonValue>

namespace concord::jsonrpc {

// Hard protocol limits shared by server and clients.
inline constexpr qsizetype kMaxLineBytes = 8 * 1024 * 1024;

// One compact JSON object followed by '\n'.
QByteArray encode(const QJsonObject &message);
// A batch answer (JSON-RPC 2.0 §6): one compact JSON array followed by '\n'.
QByteArray encode(const QJsonArray &messages);
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

// A received line: one message, or a batch (a JSON array, JSON-RPC 2.0 §6) of them.
struct IncomingLine
{
    bool batch = false;
    QList<Incoming> messages; // one for a single message; a batch's members in order
    // Set when the line as a whole is refused with one error object (id null) and nothing in it
    // runs: not JSON, an empty batch, or a batch with more than maxBatch members.
    RpcError problem;
};

IncomingLine parseLine(const QByteArray &line, qsizetype maxBatch);

} // namespace concord::jsonrpc
