#pragma once
#include "protocol/rpcerror.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace concord {
class WriteContext;

// Idempotency keys (brief 05 R2): a retry with the same key gets the first result. A key stands for
// one request, so the method and a fingerprint of its parameters are stored with the result; the
// same key with another method or other parameters is refused, never answered with a result that
// belongs to a different request.
namespace idempotency {

// Lower-case hex SHA-256 of the canonical JSON of {method, params}, leaving out members whose name
// contains "password" at any depth (a fast hash of a password must never be stored).
QString fingerprint(const QString &method, const QJsonObject &params);

// conflict.idempotency_key when the stored request (method, params hash) is not this one; a stored
// hash that is NULL (a key stored before fingerprints existed) matches any parameters.
RpcError mismatch(const QString &storedMethod, const QVariant &storedHash, const QString &method, const QString &hash);

// The audit row of a refused reuse, written in the refusing request's own transaction.
void auditRefusal(WriteContext &ctx, const QString &method, const RpcError &error);

} // namespace idempotency
} // namespace concord
