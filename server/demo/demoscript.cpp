#include "demo/demoscript.h"

#include "core/services.h"
#include "identity/principalloader.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"
#include "signature/signaturemethods.h"
#include "signature/signatureservice.h"
#include "storage/readerpool.h"
#include "storage/writer.h"

#include <QEventLoop>
#include <QJsonDocument>

namespace concord::demo {

namespace {
const QString kChangeOrder = QStringLiteral("change_order");

QString describe(const RpcError &e)
{
    QString out = e.dataCode + QStringLiteral(": ") + e.message;
    for (const FieldError &f : e.details)
        out += QStringLiteral("; %1 %2 (%3)").arg(f.field, f.code, f.message);
    if (!e.args.isEmpty())
        out += QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(e.args).toJson(QJsonDocument::Compact));
    return out;
}

// What the dispatcher checks before it hands a request to the writer.
void authorise(const Principal &p, const QString &permission, const QString &method)
{
    if (permission != permission::Public && permission != permission::Authenticated && !p.has(permission))
        throw RpcError::make(QStringLiteral("auth.denied"), {{QStringLiteral("permission"), permission}, {QStringLiteral("method"), method}});
}
} // namespace

QJsonObject rec(std::initializer_list<std::pair<const char *, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(QLatin1String(k), v);
    return o;
}

DemoScript::DemoScript(Services &services) : m_services(services), m_results(std::make_shared<Results>()) {}

DemoScript::~DemoScript() = default;

bool DemoScript::loadPrincipals(const QStringList &usernames, QString *error)
{
    QEventLoop loop;
    QJsonObject found;
    RpcError failure;
    bool finished = false;
    ReadJob job;
    job.principal = Principal::system(QStringLiteral("demo-seed"));
    job.work = [usernames](ReadContext &ctx) {
        QJsonObject out;
        for (const QString &u : usernames) {
            const auto row = ctx.sql().one(QStringLiteral("identity.user_by_name"), {u});
            if (!row)
                continue;
            if (const auto p = identity::loadPrincipal(ctx.sql(), row->value(QStringLiteral("id")).toLongLong()))
                out.insert(u, identity::principalJson(*p));
        }
        return out;
    };
    job.done = [&](const QJsonObject &r, const RpcError &e) {
        found = r;
        failure = e;
        finished = true;
        loop.quit();
    };
    m_services.readers.submit(std::move(job));
    if (!finished)
        loop.exec();
    if (!failure.isNull()) {
        *error = describe(failure);
        return false;
    }
    for (const QString &u : usernames) {
        if (!found.contains(u)) {
            *error = QStringLiteral("demo account %1 does not exist").arg(u);
            return false;
        }
        // The peer marks the rows of this script in the audit trail (a real request names an address).
        m_principals.insert(u, identity::principalFromJson(found.value(u).toObject(), QStringLiteral("demo-seed")));
    }
    return true;
}

void DemoScript::call(const QString &user, const QString &method, const QJsonObject &params, const QString &key)
{
    call(user, method, Params([params](const Results &) { return params; }), key);
}

void DemoScript::call(const QString &user, const QString &method, Params params, const QString &key)
{
    m_steps.append({user, method, key, std::move(params), {}, {}, {}});
}

void DemoScript::signChangeOrder(const QString &user, const QString &orderKey, const QString &meaning, const QString &reason)
{
    m_steps.append({user, QStringLiteral("signature.sign"), {}, {}, orderKey, meaning, reason});
}

bool DemoScript::run(QString *error)
{
    const qsizetype n = m_steps.size();
    QList<std::function<QJsonObject(WriteContext &)>> work;
    for (const Step &step : std::as_const(m_steps)) {
        if (!m_principals.contains(step.user)) {
            *error = QStringLiteral("%1: no principal loaded for %2").arg(step.method, step.user);
            return false;
        }
        const std::shared_ptr<Results> results = m_results;
        if (!step.signOrder.isEmpty()) {
            const SignatureService *service = &m_services.signatures;
            work.append([service, results, step](WriteContext &ctx) {
                const SignableType *type = service->find(kChangeOrder);
                if (!type)
                    throw RpcError::make(QStringLiteral("protocol.internal"), {{QStringLiteral("ref"), QStringLiteral("no signable change_order")}});
                // The checks signature.sign makes before the password (which a script cannot type).
                if (ctx.principal().kind != QLatin1String("person"))
                    throw RpcError::make(QStringLiteral("auth.not_a_person"), {{QStringLiteral("user"), ctx.principal().username}});
                authorise(ctx.principal(), type->meanings.value(step.meaning, QStringLiteral("-")), step.method);
                const QJsonObject order = results->value(step.signOrder);
                return writeSignature(ctx, *type, QString::number(order.value(QStringLiteral("id")).toInteger()),
                                      order.value(QStringLiteral("rowVersion")).toInt(), step.meaning, step.reason);
            });
            continue;
        }
        const MethodSpec *spec = m_services.registry.find(step.method);
        if (!spec || spec->kind != MethodKind::Write) {
            *error = QStringLiteral("%1 is not a registered write method").arg(step.method);
            return false;
        }
        work.append([spec, results, step](WriteContext &ctx) {
            authorise(ctx.principal(), spec->permission, spec->name);
            const QJsonObject params = step.params(*results);
            const QList<FieldError> problems = schema::validate(spec->params, params);
            if (!problems.isEmpty())
                throw RpcError::validation(problems);
            const QJsonObject result = spec->write(ctx, params);
            if (!step.key.isEmpty())
                results->insert(step.key, result);
            return result;
        });
    }

    QList<RpcError> errors(n);
    qsizetype pending = n;
    QEventLoop loop;
    for (qsizetype i = 0; i < n; ++i) {
        WriteJob job;
        job.principal = m_principals.value(m_steps.at(i).user);
        job.method = m_steps.at(i).method;
        job.work = std::move(work[i]);
        job.done = [&errors, &pending, &loop, i](const QJsonObject &, const RpcError &e) {
            errors[i] = e;
            if (--pending == 0)
                loop.quit();
        };
        m_services.writer.submit(std::move(job));
    }
    if (pending > 0)
        loop.exec();
    for (qsizetype i = 0; i < n; ++i) {
        if (!errors.at(i).isNull()) {
            const Step &s = m_steps.at(i);
            // Name the record the step was about (its parameters can be rebuilt now that all ran).
            const QJsonObject p = s.params ? s.params(*m_results) : QJsonObject();
            const QString fallback = p.value(QStringLiteral("code")).toString(s.key.isEmpty() ? s.signOrder : s.key);
            const QString code = p.value(QStringLiteral("data")).toObject().value(QStringLiteral("code")).toString(fallback);
            *error = QStringLiteral("step %1 (%2 as %3%4): %5")
                         .arg(i + 1)
                         .arg(s.method, s.user, code.isEmpty() ? QString() : QStringLiteral(" ") + code, describe(errors.at(i)));
            m_steps.clear();
            return false;
        }
    }
    m_done += int(n);
    m_steps.clear();
    return true;
}

} // namespace concord::demo
