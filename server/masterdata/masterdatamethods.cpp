#include "core/clock.h"
#include "core/services.h"
#include "dictionary/dictionary.h"
#include "events/eventhub.h"
#include "masterdata/entitymethods.h"
#include "masterdata/entitystore.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"
#include "storage/writecontext.h"
#include "value/decimal.h"

namespace concord {

namespace {
const QString kRead = QStringLiteral("masterdata.read");
const QStringList kVersioned{QStringLiteral("material"), QStringLiteral("bom"), QStringLiteral("routing")};

QJsonObject unit(Sql &sql, const QString &code)
{
    const auto row = sql.one(QStringLiteral("masterdata.uom_get"), {code});
    if (!row)
        throw RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), QStringLiteral("uom")}, {QStringLiteral("recordId"), code}});
    return Sql::toJson(*row);
}

Decimal dec(const QJsonObject &o, const char *key)
{
    return Decimal::parse(o.value(QLatin1String(key)).toString()).value_or(Decimal());
}

QJsonObject convert(Sql &sql, const QJsonObject &p)
{
    const QJsonObject from = unit(sql, p.value(QStringLiteral("from")).toString());
    const QJsonObject to = unit(sql, p.value(QStringLiteral("to")).toString());
    if (from.value(QStringLiteral("dimension")) != to.value(QStringLiteral("dimension")))
        throw RpcError::make(QStringLiteral("rule.unit_incompatible"), {{QStringLiteral("from"), from.value(QStringLiteral("code"))},
                                                                       {QStringLiteral("fromDimension"), from.value(QStringLiteral("dimension"))},
                                                                       {QStringLiteral("to"), to.value(QStringLiteral("code"))},
                                                                       {QStringLiteral("toDimension"), to.value(QStringLiteral("dimension"))}});
    QString why;
    const auto value = Decimal::parse(p.value(QStringLiteral("value")).toString(), &why);
    if (!value)
        throw RpcError::validation({{QStringLiteral("params.value"), QStringLiteral("type"), why}});
    // value in base = value × factor + offset; result = (base − offset') / factor'
    auto base = value->times(dec(from, "factor"));
    if (base)
        base = base->plus(dec(from, "zeroOffset"));
    auto shifted = base ? base->minus(dec(to, "zeroOffset")) : std::nullopt;
    const auto result = shifted ? shifted->dividedBy(dec(to, "factor")) : std::nullopt;
    if (!result)
        throw RpcError::validation({{QStringLiteral("params.value"), QStringLiteral("maximum"), QStringLiteral("the converted value is too large")}});
    return {{QStringLiteral("value"), result->toString()}, {QStringLiteral("unit"), to.value(QStringLiteral("code"))}};
}

QString atOrNow(const QJsonObject &p)
{
    return p.contains(QStringLiteral("asOf")) ? clock::toIso(clock::fromIso(p.value(QStringLiteral("asOf")).toString())) : clock::nowIso();
}

QJsonArray pins(Sql &sql, const QString &entity, const QString &code, const QVariant &version)
{
    return sql.rows(QStringLiteral("masterdata.pins_of_version"), {entity, code, version});
}

QJsonArray concat(QJsonArray a, const QJsonArray &b)
{
    for (const QJsonValue &v : b)
        a.append(v);
    return a;
}
} // namespace

void registerMasterDataMethods(Services &s)
{
    using namespace schema;
    s.events.declareTopic(QStringLiteral("masterdata"), QStringLiteral("masterdata.read"));
    s.registry.add({
        .name = QStringLiteral("dictionary.get"),
        .summary = QStringLiteral("The unified data dictionary: every entity and field the server validates, with type, unit, allowed values, "
                                  "owner module, ISA-95 name and whether a change needs a change order."),
        .permission = permission::Authenticated,
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::exempt(QStringLiteral("describes the data dictionary; changes nothing")),
        // The definitions are compiled in: the answer is built once, not at every call.
        .inlineHandler = [json = dictionary().toJson()](const CallPtr &call) { call->reply(json); },
    });
    s.registry.add({
        .name = QStringLiteral("uom.convert"),
        .summary = QStringLiteral("Converts a decimal value between two units of the same dimension (exact decimal arithmetic, 9 decimals)."),
        .permission = kRead,
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("value"), string(40, 1)}, {QStringLiteral("from"), string(16, 1)}, {QStringLiteral("to"), string(16, 1)}},
                         {QStringLiteral("value"), QStringLiteral("from"), QStringLiteral("to")}),
        .read = [](ReadContext &ctx, const QJsonObject &p) { return convert(ctx.sql(), p); },
    });
    s.registry.add({
        .name = QStringLiteral("material.whereUsed"),
        .summary = QStringLiteral("Where a material is used at asOf (default now): BOM versions listing it, routings making it, and open "
                                  "orders that pinned versions of it."),
        .permission = kRead,
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("code"), string(64, 1)}, {QStringLiteral("asOf"), dateTime()}}, {QStringLiteral("code")}),
        .read = [](ReadContext &ctx, const QJsonObject &p) {
            const QString code = p.value(QStringLiteral("code")).toString();
            entitystore::history(ctx.sql(), *dictionary().find(QStringLiteral("material")), code); // not_found for unknown codes
            const QString at = atOrNow(p);
            return QJsonObject{{QStringLiteral("boms"), ctx.sql().rows(QStringLiteral("masterdata.where_used_bom"), {code, at, at})},
                               {QStringLiteral("routings"), ctx.sql().rows(QStringLiteral("masterdata.where_used_routing"), {code, at, at})},
                               {QStringLiteral("pins"), concat(pins(ctx.sql(), QStringLiteral("material"), code, QVariant()),
                                                                   pins(ctx.sql(), QStringLiteral("bom"), code, QVariant()))}};
        },
    });
    s.registry.add({
        .name = QStringLiteral("routing.whereUsed"),
        .summary = QStringLiteral("Open orders that pinned a version of a routing (all versions, or the one given)."),
        .permission = kRead,
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("code"), string(64, 1)}, {QStringLiteral("version"), integer(1, 1000000)}}, {QStringLiteral("code")}),
        .read = [](ReadContext &ctx, const QJsonObject &p) {
            const QVariant v = p.contains(QStringLiteral("version")) ? QVariant(p.value(QStringLiteral("version")).toInt()) : QVariant();
            return QJsonObject{{QStringLiteral("pins"), pins(ctx.sql(), QStringLiteral("routing"), p.value(QStringLiteral("code")).toString(), v)}};
        },
    });
    s.registry.add({
        .name = QStringLiteral("equipment.whereUsed"),
        .summary = QStringLiteral("Routing operations that run on a work centre, in routing versions in force at asOf or open."),
        .permission = kRead,
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("code"), string(64, 1)}, {QStringLiteral("asOf"), dateTime()}}, {QStringLiteral("code")}),
        .read = [](ReadContext &ctx, const QJsonObject &p) {
            const QString at = atOrNow(p);
            return QJsonObject{{QStringLiteral("operations"), ctx.sql().rows(QStringLiteral("masterdata.where_used_work_centre"),
                                                                             {p.value(QStringLiteral("code")).toString(), at, at})}};
        },
    });
    s.registry.add({
        .name = QStringLiteral("pin.create"),
        .summary = QStringLiteral("Pins, for one order (holderType + holderId), the versions of the given records in force now; the order "
                                  "keeps them when newer versions are approved. Used when orders are released."),
        .permission = QStringLiteral("pin.create"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("holderType"), pattern(QStringLiteral("[a-z][a-z_]{0,39}"), 40)},
                          {QStringLiteral("holderId"), string(64, 1)},
                          {QStringLiteral("items"), array(object({{QStringLiteral("entity"), oneOf(kVersioned)}, {QStringLiteral("code"), string(64, 1)}},
                                                                 {QStringLiteral("entity"), QStringLiteral("code")}),
                                                          50, 1)}},
                         {QStringLiteral("holderType"), QStringLiteral("holderId"), QStringLiteral("items")}),
        .write = [](WriteContext &ctx, const QJsonObject &p) {
            const QString type = p.value(QStringLiteral("holderType")).toString();
            const QString holder = p.value(QStringLiteral("holderId")).toString();
            QJsonArray out;
            for (const QJsonValue &v : p.value(QStringLiteral("items")).toArray()) {
                const QString entity = v.toObject().value(QStringLiteral("entity")).toString();
                const QString code = v.toObject().value(QStringLiteral("code")).toString();
                const auto version = entitystore::inForce(ctx.sql(), *dictionary().find(entity), code, ctx.now());
                if (!version)
                    throw RpcError::make(QStringLiteral("rule.not_in_force"), {{QStringLiteral("recordType"), entity},
                                                                              {QStringLiteral("recordId"), code},
                                                                              {QStringLiteral("asOf"), ctx.now()}});
                // An order keeps what it pinned: pinning the same record again never moves it.
                if (const auto pinned = ctx.sql().one(QStringLiteral("masterdata.pin_get"), {type, holder, entity, code}))
                    throw RpcError::make(QStringLiteral("conflict.duplicate"),
                                         {{QStringLiteral("recordType"), QStringLiteral("version_pin")},
                                          {QStringLiteral("value"), QStringLiteral("%1/%2: %3 %4").arg(type, holder, entity, code)},
                                          {QStringLiteral("pinnedVersion"), pinned->value(0).toInt()}});
                const int n = version->value(QStringLiteral("version")).toInt();
                const qint64 id = ctx.sql()
                                      .scalar(QStringLiteral("masterdata.pin_insert"), {type, holder, entity, code, n, ctx.now(), ctx.principal().username})
                                      .toLongLong();
                const QJsonObject pin{{QStringLiteral("id"), id}, {QStringLiteral("entity"), entity}, {QStringLiteral("code"), code}, {QStringLiteral("version"), n}};
                ctx.audit(QStringLiteral("create"), QStringLiteral("version_pin"), QStringLiteral("%1/%2").arg(type, holder), diff({}, pin));
                out.append(pin);
            }
            return QJsonObject{{QStringLiteral("pins"), out}};
        },
    });
    s.registry.add({
        .name = QStringLiteral("pin.get"),
        .summary = QStringLiteral("The versions an order pinned, each with its full content as pinned."),
        .permission = kRead,
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("holderType"), string(40, 1)}, {QStringLiteral("holderId"), string(64, 1)}},
                         {QStringLiteral("holderType"), QStringLiteral("holderId")}),
        .read = [](ReadContext &ctx, const QJsonObject &p) {
            QJsonArray out;
            for (const QJsonValue &v : ctx.sql().rows(QStringLiteral("masterdata.pins_of_holder"),
                                                      {p.value(QStringLiteral("holderType")).toString(), p.value(QStringLiteral("holderId")).toString()})) {
                QJsonObject pin = v.toObject();
                pin.insert(QStringLiteral("record"), entitystore::version(ctx.sql(), *dictionary().find(pin.value(QStringLiteral("entity")).toString()),
                                                                          pin.value(QStringLiteral("code")).toString(), pin.value(QStringLiteral("version")).toInt()));
                out.append(pin);
            }
            return QJsonObject{{QStringLiteral("pins"), out}};
        },
    });
    s.registry.add({
        .name = QStringLiteral("pin.close"),
        .summary = QStringLiteral("Closes the pins of a finished order; closed pins no longer count in impact assessments."),
        .permission = QStringLiteral("pin.create"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("holderType"), string(40, 1)}, {QStringLiteral("holderId"), string(64, 1)}},
                         {QStringLiteral("holderType"), QStringLiteral("holderId")}),
        .write = [](WriteContext &ctx, const QJsonObject &p) {
            const QString type = p.value(QStringLiteral("holderType")).toString();
            const QString holder = p.value(QStringLiteral("holderId")).toString();
            const int n = ctx.sql().exec(QStringLiteral("masterdata.pin_close"), {ctx.now(), type, holder});
            if (n > 0)
                ctx.audit(QStringLiteral("update"), QStringLiteral("version_pin"), QStringLiteral("%1/%2").arg(type, holder),
                          {{QStringLiteral("closedAt"), QJsonArray{QJsonValue(), ctx.now()}}});
            return QJsonObject{{QStringLiteral("closed"), n}};
        },
    });
}

} // namespace concord
