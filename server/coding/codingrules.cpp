#include "coding/codingrules.h"

#include "core/clock.h"
#include "protocol/rpcerror.h"
#include "rpc/schema.h"
#include "storage/writecontext.h"

#include <QRegularExpression>

namespace concord::coding {

namespace {
const QRegularExpression &tokenRe()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-zA-Z]+)(?::(\\d+)(?:-(\\d+))?)?\\}"));
    return re;
}

QString repeat(const QString &cls, int lo, int hi)
{
    return hi > lo ? QStringLiteral("%1{%2,%3}").arg(cls).arg(lo).arg(hi) : QStringLiteral("%1{%2}").arg(cls).arg(lo);
}

QString dateToken(const QString &t, const QDateTime &utc)
{
    if (t == QLatin1String("yyyy"))
        return utc.toString(QStringLiteral("yyyy"));
    if (t == QLatin1String("yy"))
        return utc.toString(QStringLiteral("yy"));
    if (t == QLatin1String("MM"))
        return utc.toString(QStringLiteral("MM"));
    if (t == QLatin1String("dd"))
        return utc.toString(QStringLiteral("dd"));
    return {};
}

RpcError ruleNotFound(const QString &rule)
{
    return RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), QStringLiteral("coding_rule")}, {QStringLiteral("recordId"), rule}});
}
} // namespace

Pattern parse(const QString &pattern)
{
    Pattern p;
    qsizetype at = 0;
    auto it = tokenRe().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString literal = pattern.mid(at, m.capturedStart() - at);
        if (literal.contains(QLatin1Char('{')) || literal.contains(QLatin1Char('}')))
            p.error = QStringLiteral("unbalanced brace near \"%1\"").arg(literal);
        p.regex += QRegularExpression::escape(literal);
        at = m.capturedEnd();
        const QString name = m.captured(1);
        const int lo = m.captured(2).toInt();
        const int hi = m.captured(3).isEmpty() ? lo : m.captured(3).toInt();
        if (name == QLatin1String("yyyy"))
            p.regex += QStringLiteral("\\d{4}");
        else if (name == QLatin1String("yy") || name == QLatin1String("MM") || name == QLatin1String("dd"))
            p.regex += QStringLiteral("\\d{2}");
        else if (name == QLatin1String("seq") && lo >= 1 && lo <= 12 && hi == lo) {
            if (p.numbered)
                p.error = QStringLiteral("more than one {seq}");
            p.numbered = true;
            p.seqDigits = lo;
            p.regex += QStringLiteral("\\d{%1}").arg(lo);
        } else if ((name == QLatin1String("alpha") || name == QLatin1String("digit") || name == QLatin1String("code")) && lo >= 1 && hi >= lo && hi <= 64) {
            const QString cls = name == QLatin1String("alpha") ? QStringLiteral("[A-Z]")
                                : name == QLatin1String("digit") ? QStringLiteral("[0-9]") : QStringLiteral("[A-Z0-9-]");
            p.regex += repeat(cls, lo, hi);
        } else {
            p.error = QStringLiteral("unknown token {%1}").arg(m.captured(0).mid(1, m.captured(0).size() - 2));
        }
    }
    const QString tail = pattern.mid(at);
    if (tail.contains(QLatin1Char('{')) || tail.contains(QLatin1Char('}')))
        p.error = QStringLiteral("unbalanced brace near \"%1\"").arg(tail);
    p.regex += QRegularExpression::escape(tail);
    if (pattern.isEmpty())
        p.error = QStringLiteral("empty pattern");
    return p;
}

QString periodKey(const QString &pattern, const QDateTime &utc)
{
    QString key;
    auto it = tokenRe().globalMatch(pattern);
    while (it.hasNext())
        key += dateToken(it.next().captured(1), utc);
    return key;
}

QString format(const QString &pattern, const QDateTime &utc, qint64 seq)
{
    QString out;
    qsizetype at = 0;
    auto it = tokenRe().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        out += pattern.mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        if (m.captured(1) == QLatin1String("seq"))
            out += QStringLiteral("%1").arg(seq, m.captured(2).toInt(), 10, QLatin1Char('0'));
        else
            out += dateToken(m.captured(1), utc);
    }
    return out + pattern.mid(at);
}

void checkCode(Sql &sql, const QString &rule, const QString &code, const QString &field)
{
    const auto row = sql.one(QStringLiteral("coding.rule_get"), {rule});
    if (!row)
        throw ruleNotFound(rule);
    const QString pattern = row->value(QStringLiteral("pattern")).toString();
    const Pattern p = parse(pattern);
    if (!schema::matchesWhole(p.regex, code))
        throw RpcError::make(QStringLiteral("rule.code_pattern"), {{QStringLiteral("value"), code},
                                                                  {QStringLiteral("rule"), rule},
                                                                  {QStringLiteral("pattern"), pattern},
                                                                  {QStringLiteral("field"), field}});
}

QString next(WriteContext &ctx, const QString &rule)
{
    const auto row = ctx.sql().one(QStringLiteral("coding.rule_get"), {rule});
    if (!row)
        throw ruleNotFound(rule);
    const QString pattern = row->value(QStringLiteral("pattern")).toString();
    const Pattern p = parse(pattern);
    if (!p.numbered)
        throw RpcError::make(QStringLiteral("rule.code_not_numbered"), {{QStringLiteral("rule"), rule}, {QStringLiteral("pattern"), pattern}});
    const QDateTime utc = clock::fromIso(ctx.now());
    const qint64 seq = ctx.sql().scalar(QStringLiteral("coding.take"), {rule, periodKey(pattern, utc)}).toLongLong();
    QString limit(p.seqDigits, QLatin1Char('9'));
    if (seq > limit.toLongLong())
        throw RpcError::make(QStringLiteral("rule.code_exhausted"), {{QStringLiteral("rule"), rule}, {QStringLiteral("pattern"), pattern}});
    return format(pattern, utc, seq);
}

void claim(WriteContext &ctx, const QString &rule, const QString &code)
{
    const auto row = ctx.sql().one(QStringLiteral("coding.rule_get"), {rule});
    if (!row)
        throw ruleNotFound(rule);
    const QString pattern = row->value(QStringLiteral("pattern")).toString();
    // The pattern as a regular expression that captures its date parts and its number.
    QString regex;
    QStringList parts; // per capture: the token name
    qsizetype at = 0;
    auto it = tokenRe().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        regex += QRegularExpression::escape(pattern.mid(at, m.capturedStart() - at));
        at = m.capturedEnd();
        const QString name = m.captured(1);
        if (name == QLatin1String("seq") || !dateToken(name, QDateTime::currentDateTimeUtc()).isEmpty()) {
            const int digits = name == QLatin1String("seq") ? m.captured(2).toInt() : name == QLatin1String("yyyy") ? 4 : 2;
            regex += QStringLiteral("(\\d{%1})").arg(digits);
            parts.append(name);
        } else {
            const Pattern single = parse(m.captured(0));
            regex += QStringLiteral("(?:%1)").arg(single.regex);
        }
    }
    regex += QRegularExpression::escape(pattern.mid(at));
    const auto m = schema::wholeMatch(regex).match(code);
    if (!parts.contains(QStringLiteral("seq")) || !m.hasMatch())
        return;
    QString period;
    qint64 seq = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == QLatin1String("seq"))
            seq = m.captured(int(i) + 1).toLongLong();
        else
            period += m.captured(int(i) + 1); // periodKey(): the date parts in pattern order
    }
    ctx.sql().exec(QStringLiteral("coding.claim"), {rule, period, seq + 1});
}

QString preview(Sql &sql, const QString &rule, const QDateTime &utc)
{
    const auto row = sql.one(QStringLiteral("coding.rule_get"), {rule});
    if (!row)
        throw ruleNotFound(rule);
    const QString pattern = row->value(QStringLiteral("pattern")).toString();
    if (!parse(pattern).numbered)
        return {};
    const QVariant n = sql.scalar(QStringLiteral("coding.peek"), {rule, periodKey(pattern, utc)});
    return format(pattern, utc, n.isValid() ? n.toLongLong() : 1);
}

} // namespace concord::coding
