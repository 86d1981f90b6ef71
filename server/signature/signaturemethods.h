#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace concord {
struct Services;
class Sql;
class SignatureService;
class WriteContext;
struct SignableType;
struct RecordSnapshot;

// signature.sign, signature.list, signature.verify
void registerSignatureMethods(Services &services);

// Signatures of one record with their current validity ({valid, problem} per signature).
QJsonArray signaturesWithValidity(Sql &sql, const SignatureService &service, const QString &recordType, const QString &recordId);
// The same against a snapshot of the record the caller has already loaded (nullopt: it is gone).
QJsonArray signaturesWithValidity(Sql &sql, const QString &recordType, const QString &recordId, const std::optional<RecordSnapshot> &current);
// Writes a signature by ctx.principal() once the password has been checked (signature.sign does
// that; the demo seed signs as its demo users): every rule, the row, audit, event and onSigned.
QJsonObject writeSignature(WriteContext &ctx, const SignableType &type, const QString &recordId, int version, const QString &meaning,
                           const QString &reason);
} // namespace concord
