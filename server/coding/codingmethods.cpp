#include "coding/codingmethods.h"

#include "coding/codingrules.h"
#include "core/clock.h"
#include "core/services.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"

namespace concord {

void registerCodingMethods(Services &s)
{
    using namespace schema;
    s.registry.add({
        .name = QStringLiteral("codingRule.list"),
        .summary = QStringLiteral("Coding rules with their patterns and the next number each would give."),
        .permission = QStringLiteral("masterdata.read"),
        .kind = MethodKind::Read,
        .read = [](ReadContext &ctx, const QJsonObject &) {
            QJsonArray out;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const QJsonValue &v : ctx.sql().rows(QStringLiteral("coding.rule_list"))) {
                QJsonObject r = v.toObject();
                r.insert(QStringLiteral("next"), coding::preview(ctx.sql(), r.value(QStringLiteral("name")).toString(), now));
                out.append(r);
            }
            return QJsonObject{{QStringLiteral("rules"), out}};
        },
    });
    s.registry.add({
        .name = QStringLiteral("codingRule.update"),
        .summary = QStringLiteral("Changes the pattern of a coding rule (a numbered rule stays numbered). Existing codes keep their value. Audited."),
        .permission = QStringLiteral("codingrule.admin"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("name"), string(40, 1)},
                          {QStringLiteral("pattern"), string(80, 1)},
                          {QStringLiteral("description"), text(200)},
                          {QStringLiteral("rowVersion"), integer(1)},
                          {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("name"), QStringLiteral("pattern"), QStringLiteral("rowVersion"), QStringLiteral("reason")}),
        .write = [](WriteContext &ctx, const QJsonObject &p) {
            const QString name = p.value(QStringLiteral("name")).toString();
            const auto row = ctx.sql().one(QStringLiteral("coding.rule_get"), {name});
            if (!row)
                throw RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), QStringLiteral("coding_rule")}, {QStringLiteral("recordId"), name}});
            const QJsonObject before = Sql::toJson(*row);
            const QString pattern = p.value(QStringLiteral("pattern")).toString();
            const coding::Pattern parsed = coding::parse(pattern);
            if (!parsed.error.isEmpty())
                throw RpcError::validation({{QStringLiteral("params.pattern"), QStringLiteral("pattern"), parsed.error}});
            if (coding::parse(before.value(QStringLiteral("pattern")).toString()).numbered && !parsed.numbered)
                throw RpcError::validation({{QStringLiteral("params.pattern"), QStringLiteral("pattern"),
                                             QStringLiteral("the server numbers these codes: the pattern needs {seq:N}")}});
            const QString description = p.contains(QStringLiteral("description")) ? p.value(QStringLiteral("description")).toString()
                                                                                   : before.value(QStringLiteral("description")).toString();
            if (ctx.sql().exec(QStringLiteral("coding.rule_update"), {pattern, description, ctx.now(), ctx.principal().username, name,
                                                                      p.value(QStringLiteral("rowVersion")).toInt()}) != 1)
                throw RpcError::make(QStringLiteral("conflict"), {{QStringLiteral("recordType"), QStringLiteral("coding_rule")},
                                                                  {QStringLiteral("recordId"), name},
                                                                  {QStringLiteral("currentVersion"), before.value(QStringLiteral("rowVersion"))}});
            const QJsonObject after = Sql::toJson(*ctx.sql().one(QStringLiteral("coding.rule_get"), {name}));
            ctx.audit(QStringLiteral("update"), QStringLiteral("coding_rule"), name,
                      diff({{QStringLiteral("pattern"), before.value(QStringLiteral("pattern"))}, {QStringLiteral("description"), before.value(QStringLiteral("description"))}},
                           {{QStringLiteral("pattern"), pattern}, {QStringLiteral("description"), description}}),
                      p.value(QStringLiteral("reason")).toString());
            return after;
        },
    });
}

} // namespace concord
