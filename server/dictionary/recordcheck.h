#pragma once
#include "dictionary/dictionary.h"
#include "protocol/rpcerror.h"

#include <QJsonObject>

namespace concord::records {

// Brings one record into canonical form and checks every field against its definition: unknown
// fields, types, required fields, text length and pattern, allowed values, decimal syntax and
// bounds (decimals become canonical text), dates (yyyy-MM-dd). With `fillDefaults` (create, new
// version) absent fields get their default. Problems are appended to `errors` as `path.field`.
QJsonObject normalise(const EntityDef &e, const QJsonObject &in, bool fillDefaults, const QString &path, QList<FieldError> &errors);

// Every Ref field must name an existing record (by code; "user" = an existing user name).
void checkRefs(RuleContext &ctx, const EntityDef &e, const QJsonObject &record, const QString &path, QList<FieldError> &errors);

// The whole record including child rows (`record[member]` arrays): normalise, duplicate child
// keys, references, then the entity's own rules. Throws validation.failed listing every problem,
// or the first rule.* error of the entity's rules. Returns the canonical record.
QJsonObject validate(RuleContext &ctx, const EntityDef &e, const QJsonObject &record, bool fillDefaults);

// JSON Schema of an entity's data object for the method registry (and rpc.discover). Required
// fields are listed only when `requireFields`; child arrays are included for versioned entities.
QJsonObject dataSchema(const Dictionary &d, const EntityDef &e, bool requireFields);

// Converts one CSV cell into the field's JSON value; an empty cell is null. Unparsable cells give
// an error with code "type" in `error`.
QJsonValue fromText(const FieldDef &f, const QString &cell, QString *error);
// The CSV text of a value (decimal and text as they are, bool as true/false, null as empty).
QString toText(const FieldDef &f, const QJsonValue &v);

} // namespace concord::records
