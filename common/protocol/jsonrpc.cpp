#include "protocol/jsonrpc.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cstring>

namespace concord::jsonrpc {
namespace {
const QString kJsonrpc = QStringLiteral("jsonrpc");
const QString kTwo = QStringLiteral("2.0");

RpcError invalid(const QString &code, const QString &detail)
{
    return RpcError::make(code, {{QStringLiteral("detail"), detail}});
}

bool validId(const QJsonValue &id) { return id.isString() || id.isDouble() || id.isNull(); }

// Qt's parser is lenient inside strings: it keeps raw control characters and turns an unknown
// escape such as \x41 into "x41", which would store text other than what was sent. RFC 8259 allows
// neither, so they are refused before parsing.
QString stringLexicalError(const QByteArray &line)
{
    bool inString = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(line.at(i));
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return QStringLiteral("unescaped control character in a string at offset %1").arg(i);
        } else if (c == '\\') {
            const char next = i + 1 < line.size() ? line.at(i + 1) : '\0';
            if (next == '\0' || !std::strchr("\"\\/bfnrtu", next))
                return QStringLiteral("invalid escape sequence in a string at offset %1").arg(i);
            ++i;
        }
    }
    return {};
}
} // namespace

QByteArray encode(const QJsonObject &message)
{
    QByteArray out = QJsonDocument(message).toJson(QJsonDocument::Compact);
    out.append('\n');
    return out;
}

QByteArray encode(const QJsonArray &messages)
{
    QByteArray out = QJsonDocument(messages).toJson(QJsonDocument::Compact);
    out.append('\n');
    return out;
}

QJsonObject request(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    return {{kJsonrpc, kTwo}, {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
}

QJsonObject result(const QJsonValue &id, const QJsonValue &res)
{
    return {{kJsonrpc, kTwo}, {QStringLiteral("id"), id}, {QStringLiteral("result"), res}};
}

QJsonObject error(const QJsonValue &id, const RpcError &err)
{
    return {{kJsonrpc, kTwo}, {QStringLiteral("id"), id}, {QStringLiteral("error"), err.toJson()}};
}

QJsonObject notification(const QString &method, const QJsonObject &params)
{
    return {{kJsonrpc, kTwo}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
}

namespace {
// The line as JSON, or the parse error that refuses it as a whole.
QJsonDocument parseJson(const QByteArray &line, RpcError *problem)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *problem = invalid(QStringLiteral("protocol.parse_error"), pe.errorString());
        return {};
    }
    if (const QString lexical = stringLexicalError(line); !lexical.isEmpty()) {
        *problem = invalid(QStringLiteral("protocol.parse_error"), lexical);
        return {};
    }
    return doc;
}

// One message: a request, a notification, a response or why it is none of them.
Incoming classify(const QJsonValue &value)
{
    Incoming in;
    in.id = QJsonValue::Null;
    if (!value.isObject()) {
        in.problem = invalid(QStringLiteral("protocol.invalid_request"), QStringLiteral("not a JSON object"));
        return in;
    }
    const QJsonObject o = value.toObject();
    const bool hasId = o.contains(QStringLiteral("id"));
    if (hasId) {
        if (!validId(o.value(QStringLiteral("id")))) {
            in.problem = invalid(QStringLiteral("protocol.invalid_request"), QStringLiteral("id must be a string, number or null"));
            return in;
        }
        in.id = o.value(QStringLiteral("id"));
    }
    if (o.value(kJsonrpc) != QJsonValue(kTwo)) {
        in.problem = invalid(QStringLiteral("protocol.invalid_request"), QStringLiteral("jsonrpc must be \"2.0\""));
        return in;
    }
    if (o.contains(QStringLiteral("method"))) {
        const QJsonValue m = o.value(QStringLiteral("method"));
        if (!m.isString() || m.toString().isEmpty()) {
            in.problem = invalid(QStringLiteral("protocol.invalid_request"), QStringLiteral("method must be a non-empty string"));
            return in;
        }
        const QJsonValue p = o.value(QStringLiteral("params"));
        if (!p.isUndefined() && !p.isObject()) {
            in.problem = invalid(QStringLiteral("protocol.invalid_request"), QStringLiteral("params must be an object"));
            return in;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            static const QStringList allowed{kJsonrpc, QStringLiteral("id"), QStringLiteral("method"), QStringLiteral("params")};
            if (!allowed.contains(it.key())) {
                in.problem = invalid(QStringLiteral("protocol.invalid_request"), QStringLiteral("unexpected member \"%1\"").arg(it.key()));
                return in;
            }
        }
        in.method = m.toString();
        in.params = p.toObject();
        in.kind = hasId ? Incoming::Request : Incoming::Notification;
        return in;
    }
    if (hasId && (o.contains(QStringLiteral("result")) || o.contains(QStringLiteral("error")))) {
        in.result = o.value(QStringLiteral("result"));
        in.error = o.value(QStringLiteral("error")).toObject();
        in.kind = Incoming::Response;
        return in;
    }
    in.problem = invalid(QStringLiteral("protocol.invalid_request"), QStringLiteral("neither a request nor a response"));
    return in;
}
} // namespace

Incoming parse(const QByteArray &line)
{
    RpcError problem;
    const QJsonDocument doc = parseJson(line, &problem);
    if (!problem.isNull()) {
        Incoming in;
        in.id = QJsonValue::Null;
        in.problem = problem;
        return in;
    }
    return classify(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
}

IncomingLine parseLine(const QByteArray &line, qsizetype maxBatch)
{
    IncomingLine out;
    const QJsonDocument doc = parseJson(line, &out.problem);
    if (!out.problem.isNull())
        return out;
    if (doc.isObject()) {
        out.messages.append(classify(doc.object()));
        return out;
    }
    if (!doc.isArray()) { // Qt refuses top-level scalars while parsing; kept in case that changes
        out.messages.append(classify(QJsonValue::Null));
        return out;
    }
    const QJsonArray members = doc.array();
    if (members.isEmpty()) {
        out.problem = invalid(QStringLiteral("protocol.invalid_request"), QStringLiteral("empty batch"));
        return out;
    }
    if (members.size() > maxBatch) {
        out.problem = RpcError::make(QStringLiteral("limit.batch_too_large"), {{QStringLiteral("limit"), double(maxBatch)},
                                                                               {QStringLiteral("count"), double(members.size())}});
        return out;
    }
    out.batch = true;
    out.messages.reserve(members.size());
    for (const QJsonValue &member : members)
        out.messages.append(classify(member));
    return out;
}

} // namespace concord::jsonrpc
