#pragma once
#include <QDateTime>
#include <QString>

namespace concord {
class Sql;
class WriteContext;

// Coding rules (统一编码体系): one pattern per kind of code. Tokens: {yyyy} {yy} {MM} {dd} (server
// date, UTC), {seq:N} (counter, N digits, restarts when the date part of the pattern changes),
// {alpha:N} {digit:N} {code:N} (typed codes: N or N-M letters A–Z / digits / letters, digits and
// '-'); everything else is literal text.
namespace coding {

struct Pattern
{
    QString regex;      // matches every code the pattern can produce or accept
    bool numbered = false; // has {seq:N}
    int seqDigits = 0;
    QString error;      // non-empty when the pattern itself is malformed
};
Pattern parse(const QString &pattern);
// The period the counter of `pattern` restarts in (e.g. "202611" for {yyyy}{MM}), "" if none.
QString periodKey(const QString &pattern, const QDateTime &utc);
QString format(const QString &pattern, const QDateTime &utc, qint64 seq);

// Throws rule.code_pattern (naming `field`) when `code` does not match the rule; not_found for
// an unknown rule.
void checkCode(Sql &sql, const QString &rule, const QString &code, const QString &field);
// Takes the next number of a numbered rule in the caller's transaction: a rollback gives it back,
// so numbers are unique and without gaps across crashes, retries and concurrent requests.
QString next(WriteContext &ctx, const QString &rule);
// A code of a numbered rule given from outside (an imported training record keeps its historical
// number): moves the rule's counter for that code's period past its number, so next() never hands
// it out again. Codes that do not carry a number of the rule change nothing.
void claim(WriteContext &ctx, const QString &rule, const QString &code);
// What next() would give now, without taking it.
QString preview(Sql &sql, const QString &rule, const QDateTime &utc);

} // namespace coding
} // namespace concord
