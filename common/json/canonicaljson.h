#pragma once
#include <QByteArray>
#include <QJsonValue>

namespace concord {

// Canonical JSON (RFC 8785 style): object keys sorted by UTF-16 code units, no whitespace,
// integers printed without exponent, other numbers in shortest round-trip form. The bytes are
// what audit hashes and signatures are computed over, so this format must never change.
QByteArray canonicalJson(const QJsonValue &value);

// Appends one canonically escaped JSON string (for builders that assemble canonical JSON from
// parts they already hold in canonical form).
void appendCanonicalString(QByteArray &out, const QString &s);

// Lower-case hex SHA-256 of arbitrary bytes.
QByteArray sha256Hex(const QByteArray &bytes);

// sha256Hex(canonicalJson(value)).
QByteArray canonicalHash(const QJsonValue &value);

} // namespace concord
