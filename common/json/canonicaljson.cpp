#include "json/canonicaljson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <cmath>

namespace concord {
namespace {

bool needsEscape(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c == u'"' || c == u'\\')
            return true;
    return false;
}

void appendString(QByteArray &out, const QString &s)
{
    if (!needsEscape(s)) { // the common case, on the write path of every audited change
        out.append('"');
        out.append(s.toUtf8());
        out.append('"');
        return;
    }
    // Escape into UTF-16 first so surrogate pairs stay together, then encode once.
    QString e;
    e.reserve(s.size() + 2);
    e.append(u'"');
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': e.append(u"\\\""); break;
        case u'\\': e.append(u"\\\\"); break;
        case u'\b': e.append(u"\\b"); break;
        case u'\f': e.append(u"\\f"); break;
        case u'\n': e.append(u"\\n"); break;
        case u'\r': e.append(u"\\r"); break;
        case u'\t': e.append(u"\\t"); break;
        default:
            if (u < 0x20)
                e.append(QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')));
            else
                e.append(c);
        }
    }
    e.append(u'"');
    out.append(e.toUtf8());
}

void appendNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d)) { // JSON cannot carry these; the parser never produces them.
        out.append("null");
        return;
    }
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
        out.append(QByteArray::number(static_cast<qint64>(d)));
        return;
    }
    out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void appendValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out.append("null"); break;
    case QJsonValue::Bool: out.append(v.toBool() ? "true" : "false"); break;
    case QJsonValue::Double: appendNumber(out, v.toDouble()); break;
    case QJsonValue::String: appendString(out, v.toString()); break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i) out.append(',');
            appendValue(out, a.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys(); // QString ordering is by UTF-16 code unit, as RFC 8785 wants
        std::sort(keys.begin(), keys.end());
        out.append('{');
        bool first = true;
        for (const QString &k : keys) {
            if (!first) out.append(',');
            first = false;
            appendString(out, k);
            out.append(':');
            appendValue(out, o.value(k));
        }
        out.append('}');
        break;
    }
    }
}

} // namespace

void appendCanonicalString(QByteArray &out, const QString &s) { appendString(out, s); }

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray canonicalHash(const QJsonValue &value) { return sha256Hex(canonicalJson(value)); }

} // namespace concord
