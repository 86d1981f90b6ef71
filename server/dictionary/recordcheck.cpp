#include "dictionary/recordcheck.h"

#include "rpc/schema.h"
#include "storage/sql.h"
#include "value/decimal.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace concord::records {

namespace {
QJsonValue defaultOf(const FieldDef &f)
{
    return QJsonDocument::fromJson("[" + f.defaultValue.toUtf8() + "]").array().at(0);
}

bool validDate(const QString &s)
{
    return schema::matchesWhole(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"), s) && QDate::fromString(s, Qt::ISODate).isValid();
}

// Checks `v` (not null) against `f`; returns the canonical value or undefined with an error.
QJsonValue checkValue(const FieldDef &f, const QJsonValue &v, const QString &path, QList<FieldError> &errors)
{
    auto fail = [&](const QString &code, const QString &msg) {
        errors.append({path, code, msg});
        return QJsonValue(QJsonValue::Undefined);
    };
    switch (f.type) {
    case FieldType::Text: {
        if (!v.isString())
            return fail(QStringLiteral("type"), QStringLiteral("must be text"));
        const QString s = v.toString();
        const int max = f.maxLength > 0 ? f.maxLength : 200;
        if (s.size() > max)
            return fail(QStringLiteral("maxLength"), QStringLiteral("must be at most %1 characters").arg(max));
        if (f.required && s.trimmed().isEmpty())
            return fail(QStringLiteral("required"), QStringLiteral("is required"));
        if (!f.pattern.isEmpty() && !s.isEmpty() && !schema::matchesWhole(f.pattern, s))
            return fail(QStringLiteral("pattern"), QStringLiteral("has the wrong format"));
        return s;
    }
    case FieldType::Enum:
        if (!v.isString() || !f.allowed.contains(v.toString()))
            return fail(QStringLiteral("enum"), QStringLiteral("must be one of %1").arg(f.allowed.join(QStringLiteral(", "))));
        return v;
    case FieldType::Ref:
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 64)
            return fail(QStringLiteral("type"), QStringLiteral("must be the code of a %1").arg(f.ref));
        return v;
    case FieldType::Bool:
        if (!v.isBool())
            return fail(QStringLiteral("type"), QStringLiteral("must be true or false"));
        return v;
    case FieldType::Date:
        if (!v.isString() || !validDate(v.toString()))
            return fail(QStringLiteral("format"), QStringLiteral("must be a date (yyyy-MM-dd)"));
        return v;
    case FieldType::Integer:
    case FieldType::Decimal: {
        QString text;
        if (v.isString() && f.type == FieldType::Decimal)
            text = v.toString();
        else if (v.isDouble() && v.toDouble() == double(v.toInteger()))
            text = QString::number(v.toInteger());
        else
            return fail(QStringLiteral("type"), f.type == FieldType::Decimal ? QStringLiteral("must be a decimal number as text, e.g. \"1.5\"")
                                                                          : QStringLiteral("must be a whole number"));
        QString why;
        const auto d = Decimal::parse(text, &why);
        if (!d)
            return fail(QStringLiteral("type"), QStringLiteral("is not a number: %1").arg(why));
        if (!f.minimum.isEmpty()) {
            const Decimal lo = *Decimal::parse(f.minimum);
            if (f.minimumExclusive ? *d <= lo : *d < lo)
                return fail(QStringLiteral("minimum"), f.minimumExclusive ? QStringLiteral("must be greater than %1").arg(f.minimum)
                                                                          : QStringLiteral("must be at least %1").arg(f.minimum));
        }
        if (!f.maximum.isEmpty() && *d > *Decimal::parse(f.maximum))
            return fail(QStringLiteral("maximum"), QStringLiteral("must be at most %1").arg(f.maximum));
        if (f.type == FieldType::Integer)
            return v.toInteger();
        return d->toString();
    }
    }
    return v;
}
} // namespace

QJsonObject normalise(const EntityDef &e, const QJsonObject &in, bool fillDefaults, const QString &path, QList<FieldError> &errors)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it)
        if (!e.find(it.key()))
            errors.append({path + QLatin1Char('.') + it.key(), QStringLiteral("unknown"), QStringLiteral("is not a known field")});
    for (const FieldDef &f : e.fields) {
        const QString p = path + QLatin1Char('.') + f.name;
        QJsonValue v = in.value(f.name);
        if (v.isUndefined() && fillDefaults && !f.defaultValue.isEmpty())
            v = defaultOf(f);
        // An empty string clears an optional non-text field (what a blank form or CSV cell means).
        if (v.isString() && v.toString().isEmpty() && f.type != FieldType::Text)
            v = QJsonValue::Null;
        if (v.isUndefined() || v.isNull()) {
            if (f.required && (fillDefaults || !v.isUndefined()) && !(e.autoCode && f.name == QLatin1String("code")))
                errors.append({p, QStringLiteral("required"), QStringLiteral("is required")});
            if (v.isNull() || fillDefaults)
                out.insert(f.name, QJsonValue::Null);
            continue;
        }
        const QJsonValue c = checkValue(f, v, p, errors);
        if (!c.isUndefined())
            out.insert(f.name, c);
    }
    return out;
}

void checkRefs(RuleContext &ctx, const EntityDef &e, const QJsonObject &record, const QString &path, QList<FieldError> &errors)
{
    for (const FieldDef &f : e.fields) {
        if (f.type != FieldType::Ref || !record.value(f.name).isString())
            continue;
        const QString code = record.value(f.name).toString();
        if (!ctx.sql.one(QStringLiteral("md.%1.exists").arg(f.ref), {code}))
            errors.append({path + QLatin1Char('.') + f.name, QStringLiteral("ref"), QStringLiteral("%1 %2 does not exist").arg(f.ref, code)});
    }
}

QJsonObject validate(RuleContext &ctx, const EntityDef &e, const QJsonObject &record, bool fillDefaults)
{
    QList<FieldError> errors;
    QJsonObject header = record;
    const QList<const EntityDef *> children = ctx.dictionary.childrenOf(e.name);
    for (const EntityDef *c : children)
        header.remove(c->member);
    QJsonObject out = normalise(e, header, fillDefaults, ctx.path, errors);
    checkRefs(ctx, e, out, ctx.path, errors);
    for (const EntityDef *c : children) {
        const QString cpath = ctx.path + QLatin1Char('.') + c->member;
        const QJsonValue rowsValue = record.value(c->member);
        if (!rowsValue.isUndefined() && !rowsValue.isArray()) {
            errors.append({cpath, QStringLiteral("type"), QStringLiteral("must be an array")});
            continue;
        }
        QJsonArray rows;
        QSet<QString> keys;
        const QJsonArray in = rowsValue.toArray();
        for (qsizetype i = 0; i < in.size(); ++i) {
            const QString rpath = QStringLiteral("%1[%2]").arg(cpath).arg(i);
            if (!in.at(i).isObject()) {
                errors.append({rpath, QStringLiteral("type"), QStringLiteral("must be an object")});
                continue;
            }
            const QJsonObject row = normalise(*c, in.at(i).toObject(), true, rpath, errors);
            checkRefs(ctx, *c, row, rpath, errors);
            QStringList key;
            for (const QString &k : c->keyFields())
                key.append(row.value(k).toVariant().toString());
            const QString joined = key.join(QLatin1Char('\x1f'));
            if (keys.contains(joined))
                errors.append({rpath + QLatin1Char('.') + c->keyFields().constLast(), QStringLiteral("duplicate"),
                               QStringLiteral("%1 %2 appears twice").arg(c->keyFields().join(QLatin1Char('/')), key.join(QLatin1Char('/')))});
            keys.insert(joined);
            rows.append(row);
        }
        out.insert(c->member, rows);
    }
    if (e.check && errors.isEmpty())
        e.check(ctx, out, errors);
    if (!errors.isEmpty())
        throw RpcError::validation(errors);
    return out;
}

namespace {
QJsonObject fieldSchema(const FieldDef &f)
{
    using namespace schema;
    QJsonObject s;
    switch (f.type) {
    case FieldType::Text:
        s = f.pattern.isEmpty() ? string(f.maxLength > 0 ? f.maxLength : 200) : pattern(f.pattern, f.maxLength > 0 ? f.maxLength : 200);
        if (!f.pattern.isEmpty())
            s.insert(QStringLiteral("minLength"), 0);
        break;
    case FieldType::Enum: s = oneOf(f.allowed); break;
    case FieldType::Ref: s = string(64); break;
    case FieldType::Bool: s = boolean(); break;
    case FieldType::Date: s = pattern(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})?"), 10); s.insert(QStringLiteral("minLength"), 0); break;
    case FieldType::Integer: s = integer(f.minimum.isEmpty() ? -9007199254740991LL : f.minimum.toLongLong(),
                                         f.maximum.isEmpty() ? 9007199254740991LL : f.maximum.toLongLong()); break;
    case FieldType::Decimal: s = pattern(QStringLiteral("(-?(0|[1-9][0-9]*)(\\.[0-9]+)?)?"), 40); s.insert(QStringLiteral("minLength"), 0); break;
    }
    return withDescription(s, f.description);
}
} // namespace

QJsonObject dataSchema(const Dictionary &d, const EntityDef &e, bool requireFields)
{
    QJsonObject props;
    QStringList required;
    for (const FieldDef &f : e.fields) {
        props.insert(f.name, fieldSchema(f));
        if (requireFields && f.required && f.defaultValue.isEmpty() && !(e.autoCode && f.name == QLatin1String("code")))
            required.append(f.name);
    }
    for (const EntityDef *c : d.childrenOf(e.name))
        props.insert(c->member, schema::array(dataSchema(d, *c, true), 2000));
    return schema::object(props, required);
}

QJsonValue fromText(const FieldDef &f, const QString &cell, QString *error)
{
    if (cell.isEmpty())
        return f.type == FieldType::Text ? QJsonValue(QString()) : QJsonValue(QJsonValue::Null);
    switch (f.type) {
    case FieldType::Bool:
        if (cell == QLatin1String("true") || cell == QLatin1String("1"))
            return true;
        if (cell == QLatin1String("false") || cell == QLatin1String("0"))
            return false;
        *error = QStringLiteral("must be true or false");
        return QJsonValue::Undefined;
    case FieldType::Integer: {
        // Digits only: QString::toLongLong would also take blanks and line breaks around them.
        bool ok = schema::matchesWhole(QStringLiteral("-?[0-9]{1,18}"), cell);
        const qint64 n = ok ? cell.toLongLong(&ok) : 0;
        if (!ok) {
            *error = QStringLiteral("must be a whole number");
            return QJsonValue::Undefined;
        }
        return n;
    }
    default:
        return cell;
    }
}

QString toText(const FieldDef &f, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (f.type == FieldType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (f.type == FieldType::Integer)
        return QString::number(v.toInteger());
    return v.toString();
}

} // namespace concord::records
