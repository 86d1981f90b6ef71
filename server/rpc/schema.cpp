#include "rpc/schema.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace concord::schema {

namespace {
const QString kType = QStringLiteral("type");
QJsonArray toArray(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

} // namespace

const QRegularExpression &wholeMatch(const QString &pattern)
{
    // Compiled once per pattern and thread: compiling (PCRE2 JIT) costs far more than matching, and
    // the patterns are the methods', the dictionary's and the coding rules': a small set.
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.constFind(pattern);
    if (it == cache.constEnd()) {
        if (cache.size() > 4096) // coding rules come from the database: bound the cache anyway
            cache.clear();
        it = cache.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    }
    return *it;
}

bool matchesWhole(const QString &pattern, const QString &value) { return wholeMatch(pattern).match(value).hasMatch(); }

QJsonObject string(int maxLength, int minLength)
{
    return {{kType, QStringLiteral("string")}, {QStringLiteral("maxLength"), maxLength}, {QStringLiteral("minLength"), minLength}};
}
QJsonObject text(int maxLength) { return string(maxLength, 0); }
QJsonObject pattern(const QString &regex, int maxLength)
{
    QJsonObject s = string(maxLength, 1);
    s.insert(QStringLiteral("pattern"), regex);
    return s;
}
QJsonObject integer(qint64 minimum, qint64 maximum)
{
    return {{kType, QStringLiteral("integer")}, {QStringLiteral("minimum"), double(minimum)}, {QStringLiteral("maximum"), double(maximum)}};
}
QJsonObject number(double minimum, double maximum)
{
    return {{kType, QStringLiteral("number")}, {QStringLiteral("minimum"), minimum}, {QStringLiteral("maximum"), maximum}};
}
QJsonObject boolean() { return {{kType, QStringLiteral("boolean")}}; }
QJsonObject oneOf(const QStringList &values) { return {{kType, QStringLiteral("string")}, {QStringLiteral("enum"), toArray(values)}}; }
QJsonObject array(const QJsonObject &items, int maxItems, int minItems)
{
    return {{kType, QStringLiteral("array")}, {QStringLiteral("items"), items}, {QStringLiteral("maxItems"), maxItems}, {QStringLiteral("minItems"), minItems}};
}
QJsonObject object(const QJsonObject &properties, const QStringList &required)
{
    return {{kType, QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("required"), toArray(required)},
            {QStringLiteral("additionalProperties"), false}};
}
QJsonObject anyObject() { return {{kType, QStringLiteral("object")}}; }
QJsonObject dateTime() { return {{kType, QStringLiteral("string")}, {QStringLiteral("format"), QStringLiteral("date-time")}, {QStringLiteral("maxLength"), 40}}; }
QJsonObject withDescription(QJsonObject s, const QString &description)
{
    s.insert(QStringLiteral("description"), description);
    return s;
}

namespace {
void check(const QJsonObject &s, const QJsonValue &v, const QString &path, QList<FieldError> &out)
{
    auto add = [&](const QString &code, const QString &msg) { out.append({path, code, msg}); };
    const QString type = s.value(kType).toString();
    if (type == QLatin1String("string")) {
        if (!v.isString())
            return add(QStringLiteral("type"), QStringLiteral("must be a string"));
        const QString str = v.toString();
        // Valid JSON ("\u0000", "\ud800") but not storable verbatim: PostgreSQL refuses NUL in text
        // and UTF-8 has no unpaired surrogates (they would come back changed). Refused on every
        // database alike instead of failing on one and silently changing on another.
        for (qsizetype i = 0; i < str.size(); ++i) {
            const QChar c = str.at(i);
            const bool pair = c.isHighSurrogate() && i + 1 < str.size() && str.at(i + 1).isLowSurrogate();
            if (c.isNull() || (c.isSurrogate() && !pair))
                return add(QStringLiteral("characters"), QStringLiteral("contains a NUL character or an unpaired UTF-16 surrogate"));
            if (pair)
                ++i;
        }
        if (s.contains(QStringLiteral("maxLength")) && str.size() > s.value(QStringLiteral("maxLength")).toInt())
            add(QStringLiteral("maxLength"), QStringLiteral("must be at most %1 characters").arg(s.value(QStringLiteral("maxLength")).toInt()));
        if (str.size() < s.value(QStringLiteral("minLength")).toInt())
            add(QStringLiteral("minLength"), QStringLiteral("must be at least %1 characters").arg(s.value(QStringLiteral("minLength")).toInt()));
        if (s.contains(QStringLiteral("enum")) && !s.value(QStringLiteral("enum")).toArray().contains(v))
            add(QStringLiteral("enum"), QStringLiteral("must be one of %1").arg(QString::fromUtf8(QJsonDocument(s.value(QStringLiteral("enum")).toArray()).toJson(QJsonDocument::Compact))));
        if (s.contains(QStringLiteral("pattern"))) {
            if (!matchesWhole(s.value(QStringLiteral("pattern")).toString(), str))
                add(QStringLiteral("pattern"), QStringLiteral("has the wrong format"));
        }
        if (s.value(QStringLiteral("format")) == QLatin1String("date-time") && !QDateTime::fromString(str, Qt::ISODateWithMs).isValid())
            add(QStringLiteral("format"), QStringLiteral("must be an ISO-8601 date and time"));
        return;
    }
    if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        if (!v.isDouble())
            return add(QStringLiteral("type"), QStringLiteral("must be a number"));
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return add(QStringLiteral("type"), QStringLiteral("must be a finite number"));
        if (type == QLatin1String("integer") && (d != std::floor(d)))
            return add(QStringLiteral("type"), QStringLiteral("must be a whole number"));
        if (s.contains(QStringLiteral("minimum")) && d < s.value(QStringLiteral("minimum")).toDouble())
            add(QStringLiteral("minimum"), QStringLiteral("must be at least %1").arg(s.value(QStringLiteral("minimum")).toDouble(), 0, 'g', 17));
        if (s.contains(QStringLiteral("maximum")) && d > s.value(QStringLiteral("maximum")).toDouble())
            add(QStringLiteral("maximum"), QStringLiteral("must be at most %1").arg(s.value(QStringLiteral("maximum")).toDouble(), 0, 'g', 17));
        return;
    }
    if (type == QLatin1String("boolean")) {
        if (!v.isBool())
            add(QStringLiteral("type"), QStringLiteral("must be true or false"));
        return;
    }
    if (type == QLatin1String("array")) {
        if (!v.isArray())
            return add(QStringLiteral("type"), QStringLiteral("must be an array"));
        const QJsonArray a = v.toArray();
        if (a.size() > s.value(QStringLiteral("maxItems")).toInt(INT_MAX))
            return add(QStringLiteral("maxItems"), QStringLiteral("must have at most %1 items").arg(s.value(QStringLiteral("maxItems")).toInt()));
        if (a.size() < s.value(QStringLiteral("minItems")).toInt())
            add(QStringLiteral("minItems"), QStringLiteral("must have at least %1 items").arg(s.value(QStringLiteral("minItems")).toInt()));
        const QJsonObject items = s.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < a.size(); ++i)
            check(items, a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
        return;
    }
    if (type == QLatin1String("object")) {
        if (!v.isObject())
            return add(QStringLiteral("type"), QStringLiteral("must be an object"));
        if (!s.contains(QStringLiteral("properties")))
            return; // free-form
        const QJsonObject o = v.toObject();
        const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &r : s.value(QStringLiteral("required")).toArray())
            if (!o.contains(r.toString()) || o.value(r.toString()).isNull())
                out.append({path + QLatin1Char('.') + r.toString(), QStringLiteral("required"), QStringLiteral("is required")});
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString sub = path + QLatin1Char('.') + it.key();
            if (!props.contains(it.key())) {
                out.append({sub, QStringLiteral("unknown"), QStringLiteral("is not a known field")});
                continue;
            }
            if (it.value().isNull() && !s.value(QStringLiteral("required")).toArray().contains(it.key()))
                continue; // explicit null = absent for optional fields
            check(props.value(it.key()).toObject(), it.value(), sub, out);
        }
        return;
    }
}
} // namespace

QList<FieldError> validate(const QJsonObject &schema, const QJsonValue &value, const QString &path)
{
    QList<FieldError> out;
    check(schema, value, path, out);
    return out;
}

} // namespace concord::schema
