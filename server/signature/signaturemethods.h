#pragma once
#include <QJsonArray>
#include <QJsonObject>

namespace concord {
struct Services;
class Sql;
class SignatureService;

// signature.sign, signature.list, signature.verify
void registerSignatureMethods(Services &services);

// Signatures of one record with their current validity ({valid, problem} per signature).
QJsonArray signaturesWithValidity(Sql &sql, const SignatureService &service, const QString &recordType, const QString &recordId);
} // namespace concord
