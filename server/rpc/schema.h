#pragma once
#include "protocol/rpcerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

namespace concord::schema {

// Builders for the JSON Schema subset the registry uses. The same objects are served by
// rpc.discover and enforced by validate(), so documentation and checks cannot drift apart.
QJsonObject string(int maxLength = 200, int minLength = 0);
QJsonObject text(int maxLength = 4000); // free text (comments, reasons)
QJsonObject pattern(const QString &regex, int maxLength = 200);
QJsonObject integer(qint64 minimum = 0, qint64 maximum = 9007199254740991LL);
QJsonObject number(double minimum, double maximum);
QJsonObject boolean();
QJsonObject oneOf(const QStringList &values); // string enum
QJsonObject array(const QJsonObject &items, int maxItems = 1000, int minItems = 0);
QJsonObject object(const QJsonObject &properties, const QStringList &required = {});
QJsonObject anyObject(); // free-form object (e.g. event data)
QJsonObject dateTime();  // ISO-8601 with zone
QJsonObject withDescription(QJsonObject s, const QString &description);

// A pattern (of a schema, a dictionary field or a coding rule) that the WHOLE value must match:
// compiled as \A(?:pattern)\z. Never wrap patterns in ^…$ yourself: in PCRE2 `$` also matches
// before a final "\n", so "admin\n" would pass as "admin". Cached per thread.
const QRegularExpression &wholeMatch(const QString &pattern);
bool matchesWhole(const QString &pattern, const QString &value);

// Validates `value` against `schema`; returns one FieldError per problem (empty = valid).
// Objects reject members their schema does not declare.
QList<FieldError> validate(const QJsonObject &schema, const QJsonValue &value, const QString &path = QStringLiteral("params"));

} // namespace concord::schema
