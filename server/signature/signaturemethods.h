#pragma once
#include <QJsonArray>
#include <QJsonObject>

namespace concord {
struct Services;
class Sql;
class SignatureService;
class WriteContext;
struct SignableType;

// signature.sign, signature.list, signature.verify
void registerSignatureMethods(Services &services);

// Signatures of one record with their current validity ({valid, problem} per signature).
QJsonArray signaturesWithValidity(Sql &sql, const SignatureService &service, const QString &recordType, const QString &recordId);
// Writes a signature by ctx.principal() once the password has been checked (signature.sign does
// that; the demo seed signs as its demo users): every rule, the row, audit, event and onSigned.
QJsonObject writeSignature(WriteContext &ctx, const SignatureService &service, const SignableType &type, const QString &recordId,
                           int version, const QString &meaning, const QString &reason);
} // namespace concord
