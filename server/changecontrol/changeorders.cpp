#include "changecontrol/changeorders.h"

#include "coding/codingrules.h"
#include "protocol/rpcerror.h"
#include "dictionary/dictionary.h"
#include "json/canonicaljson.h"
#include "masterdata/entitystore.h"
#include "signature/signaturemethods.h"
#include "storage/writecontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace concord::changeorders {

namespace {
const QString kType = QStringLiteral("change_order");

RpcError notFound(qint64 id)
{
    return RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), kType}, {QStringLiteral("recordId"), QString::number(id)}});
}

RpcError wrongStatus(const QJsonObject &o)
{
    return RpcError::make(QStringLiteral("rule.record_not_pending"), {{QStringLiteral("recordType"), kType},
                                                                     {QStringLiteral("recordId"), o.value(QStringLiteral("number"))},
                                                                     {QStringLiteral("status"), o.value(QStringLiteral("status"))}});
}

RpcError stale(const QJsonObject &o)
{
    return RpcError::make(QStringLiteral("conflict"), {{QStringLiteral("recordType"), kType},
                                                       {QStringLiteral("recordId"), o.value(QStringLiteral("number"))},
                                                       {QStringLiteral("currentVersion"), o.value(QStringLiteral("rowVersion"))}});
}

QJsonObject loaded(WriteContext &ctx, qint64 id, int rowVersion, const char *status)
{
    const QJsonObject o = get(ctx.sql(), id);
    if (o.value(QStringLiteral("status")).toString() != QLatin1String(status))
        throw wrongStatus(o);
    if (o.value(QStringLiteral("rowVersion")).toInt() != rowVersion)
        throw stale(o);
    return o;
}

const EntityDef &entityOf(const QString &entity)
{
    const EntityDef *e = dictionary().find(entity);
    if (!e || !e->versioned())
        throw RpcError::validation({{QStringLiteral("params.entity"), QStringLiteral("enum"), QStringLiteral("%1 is not versioned master data").arg(entity)}});
    return *e;
}

QJsonObject versionOf(Sql &sql, const QJsonObject &item)
{
    return entitystore::version(sql, entityOf(item.value(QStringLiteral("entity")).toString()), item.value(QStringLiteral("code")).toString(),
                                item.value(QStringLiteral("version")).toInt());
}

void setVersionStatus(WriteContext &ctx, const QJsonObject &item, const QString &status, bool unlink)
{
    const EntityDef &e = entityOf(item.value(QStringLiteral("entity")).toString());
    const QJsonObject v = versionOf(ctx.sql(), item);
    const qint64 vid = v.value(QStringLiteral("id")).toInteger();
    const QString name = QStringLiteral("md.%1.").arg(e.name);
    if (v.value(QStringLiteral("status")).toString() != status)
        ctx.sql().exec(name + QStringLiteral("set_status"), {status, ctx.now(), ctx.principal().username, vid});
    if (unlink)
        ctx.sql().exec(name + QStringLiteral("set_change_order"), {QVariant(), ctx.now(), ctx.principal().username, vid});
    ctx.audit(QStringLiteral("update"), e.name, item.value(QStringLiteral("code")).toString(),
              {{QStringLiteral("version"), QJsonArray{v.value(QStringLiteral("version")), v.value(QStringLiteral("version"))}},
               {QStringLiteral("status"), QJsonArray{v.value(QStringLiteral("status")), status}}});
    ctx.emitEvent(QStringLiteral("masterdata.changed"), {{QStringLiteral("entity"), e.name},
                                                         {QStringLiteral("code"), item.value(QStringLiteral("code"))},
                                                         {QStringLiteral("version"), v.value(QStringLiteral("version"))},
                                                         {QStringLiteral("status"), status},
                                                         {QStringLiteral("action"), status}});
}

bool obsoletes(const QJsonObject &item)
{
    return item.value(QStringLiteral("action")).toString() == QLatin1String("obsolete");
}

void announce(WriteContext &ctx, const QJsonObject &o, const QString &action)
{
    ctx.emitEvent(QStringLiteral("eco.changed"), {{QStringLiteral("id"), o.value(QStringLiteral("id"))},
                                                  {QStringLiteral("number"), o.value(QStringLiteral("number"))},
                                                  {QStringLiteral("status"), o.value(QStringLiteral("status"))},
                                                  {QStringLiteral("action"), action}});
}

void checkEffective(const QString &effectiveFrom, const QString &now, const QString &code)
{
    if (!effectiveFrom.isEmpty() && effectiveFrom < now)
        throw RpcError::make(QStringLiteral("rule.effective_before_approval"),
                             {{QStringLiteral("recordId"), code}, {QStringLiteral("effectiveFrom"), effectiveFrom}, {QStringLiteral("now"), now}});
}

QStringList steps(Sql &sql, const QString &changeClass)
{
    const auto row = sql.one(QStringLiteral("changecontrol.class_get"), {changeClass});
    QStringList out;
    if (row)
        for (const QJsonValue &v : QJsonDocument::fromJson(row->value(QStringLiteral("steps_json")).toString().toUtf8()).array())
            out.append(v.toObject().value(QStringLiteral("meaning")).toString());
    return out;
}

bool validlySigned(const QJsonArray &signatures, const QString &meaning)
{
    for (const QJsonValue &v : signatures) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("meaning")).toString() == meaning && s.value(QStringLiteral("valid")).toBool())
            return true;
    }
    return false;
}

// The last signature of the chain: every item becomes approved from its date (or now), the
// version it replaces ends there, and the order is closed — all in the signing transaction.
void approve(WriteContext &ctx, const QJsonObject &order)
{
    for (const QJsonValue &iv : order.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = iv.toObject();
        const EntityDef &e = entityOf(item.value(QStringLiteral("entity")).toString());
        const QString code = item.value(QStringLiteral("code")).toString();
        const QString effective = item.value(QStringLiteral("effectiveFrom")).toString().isEmpty() ? ctx.now()
                                                                                                   : item.value(QStringLiteral("effectiveFrom")).toString();
        checkEffective(effective, ctx.now(), code);
        const QJsonObject v = versionOf(ctx.sql(), item);
        const qint64 vid = v.value(QStringLiteral("id")).toInteger();
        const QString name = QStringLiteral("md.%1.").arg(e.name);
        if (obsoletes(item)) {
            // The version in force ends at the date; it stays retrievable, nothing can pin it after.
            if (v.value(QStringLiteral("status")).toString() != QLatin1String("approved") || !v.value(QStringLiteral("effectiveTo")).isNull() ||
                v.value(QStringLiteral("effectiveFrom")).toString() >= effective)
                throw RpcError::make(QStringLiteral("rule.effective_before_approval"), {{QStringLiteral("recordId"), code},
                                                                                       {QStringLiteral("effectiveFrom"), effective},
                                                                                       {QStringLiteral("now"), v.value(QStringLiteral("effectiveFrom"))}});
            ctx.sql().exec(name + QStringLiteral("supersede"), {QStringLiteral("obsolete"), effective, ctx.now(), ctx.principal().username, vid});
            ctx.audit(QStringLiteral("update"), e.name, code, {{QStringLiteral("version"), QJsonArray{v.value(QStringLiteral("version")), v.value(QStringLiteral("version"))}},
                                                               {QStringLiteral("status"), QJsonArray{QStringLiteral("approved"), QStringLiteral("obsolete")}},
                                                               {QStringLiteral("effectiveTo"), QJsonArray{QJsonValue(), effective}}},
                      QStringLiteral("made obsolete by %1").arg(order.value(QStringLiteral("number")).toString()));
            ctx.emitEvent(QStringLiteral("masterdata.changed"), {{QStringLiteral("entity"), e.name},
                                                                 {QStringLiteral("code"), code},
                                                                 {QStringLiteral("version"), v.value(QStringLiteral("version"))},
                                                                 {QStringLiteral("status"), QStringLiteral("obsolete")},
                                                                 {QStringLiteral("action"), QStringLiteral("obsolete")}});
            continue;
        }
        if (const auto prev = ctx.sql().one(name + QStringLiteral("current_approved"), {code, vid})) {
            const QJsonObject p = Sql::toJson(*prev);
            if (p.value(QStringLiteral("effectiveFrom")).toString() >= effective)
                throw RpcError::make(QStringLiteral("rule.effective_before_approval"), {{QStringLiteral("recordId"), code},
                                                                                       {QStringLiteral("effectiveFrom"), effective},
                                                                                       {QStringLiteral("now"), p.value(QStringLiteral("effectiveFrom"))}});
            ctx.sql().exec(name + QStringLiteral("supersede"), {QStringLiteral("superseded"), effective, ctx.now(), ctx.principal().username,
                                                               p.value(QStringLiteral("id")).toInteger()});
            ctx.audit(QStringLiteral("update"), e.name, code, {{QStringLiteral("version"), QJsonArray{p.value(QStringLiteral("version")), p.value(QStringLiteral("version"))}},
                                                               {QStringLiteral("status"), QJsonArray{QStringLiteral("approved"), QStringLiteral("superseded")}},
                                                               {QStringLiteral("effectiveTo"), QJsonArray{QJsonValue(), effective}}});
        }
        if (ctx.sql().exec(name + QStringLiteral("approve"), {effective, ctx.now(), ctx.principal().username, vid}) != 1)
            throw wrongStatus(order);
        ctx.audit(QStringLiteral("update"), e.name, code, {{QStringLiteral("version"), QJsonArray{v.value(QStringLiteral("version")), v.value(QStringLiteral("version"))}},
                                                           {QStringLiteral("status"), QJsonArray{QStringLiteral("in_review"), QStringLiteral("approved")}},
                                                           {QStringLiteral("effectiveFrom"), QJsonArray{QJsonValue(), effective}}},
                  QStringLiteral("approved by %1").arg(order.value(QStringLiteral("number")).toString()));
        ctx.emitEvent(QStringLiteral("masterdata.changed"), {{QStringLiteral("entity"), e.name},
                                                             {QStringLiteral("code"), code},
                                                             {QStringLiteral("version"), v.value(QStringLiteral("version"))},
                                                             {QStringLiteral("status"), QStringLiteral("approved")},
                                                             {QStringLiteral("action"), QStringLiteral("approved")}});
    }
    ctx.sql().exec(QStringLiteral("changecontrol.close"), {QStringLiteral("approved"), ctx.now(), order.value(QStringLiteral("id")).toInteger()});
    ctx.audit(QStringLiteral("update"), kType, order.value(QStringLiteral("number")).toString(),
              {{QStringLiteral("status"), QJsonArray{QStringLiteral("in_review"), QStringLiteral("approved")}}});
    QJsonObject closed = order;
    closed.insert(QStringLiteral("status"), QStringLiteral("approved"));
    announce(ctx, closed, QStringLiteral("approved"));
}

std::optional<RecordSnapshot> snapshot(Sql &sql, const QString &recordId)
{
    bool ok = false;
    const qint64 id = recordId.toLongLong(&ok);
    if (!ok || !sql.one(QStringLiteral("changecontrol.get"), {id}))
        return std::nullopt;
    const QJsonObject o = get(sql, id);
    RecordSnapshot s;
    s.version = o.value(QStringLiteral("rowVersion")).toInt();
    QJsonArray items;
    QSet<qint64> authors{o.value(QStringLiteral("authorId")).toInteger()};
    // Whoever wrote the order (header, items) is an author; so is whoever wrote the content of a
    // version it approves (separation::authors reads both from the audit trail).
    s.audited.append({kType, o.value(QStringLiteral("number")).toString(), QString()});
    for (const QJsonValue &iv : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = iv.toObject();
        const EntityDef &e = entityOf(item.value(QStringLiteral("entity")).toString());
        const QJsonObject v = versionOf(sql, item);
        // Who created the version (updated_by is also written by workflow steps such as an earlier
        // approval, so it does not name an author).
        if (const auto uid = sql.one(QStringLiteral("changecontrol.user_id"), {v.value(QStringLiteral("createdBy")).toString()}))
            authors.insert(uid->value(0).toLongLong());
        s.audited.append({e.name, item.value(QStringLiteral("code")).toString(), v.value(QStringLiteral("createdAt")).toString()});
        items.append(QJsonObject{{QStringLiteral("entity"), e.name},
                                 {QStringLiteral("code"), item.value(QStringLiteral("code"))},
                                 {QStringLiteral("version"), item.value(QStringLiteral("version"))},
                                 {QStringLiteral("effectiveFrom"), item.value(QStringLiteral("effectiveFrom"))},
                                 {QStringLiteral("action"), item.value(QStringLiteral("action"))},
                                 {QStringLiteral("contentHash"), QString::fromLatin1(canonicalHash(entitystore::content(e, v)))}});
    }
    // What is signed: the change (items with the hash of each version's content), why, the class
    // and the impact as assessed — not the workflow status.
    s.content = {{QStringLiteral("id"), o.value(QStringLiteral("id"))},
                 {QStringLiteral("number"), o.value(QStringLiteral("number"))},
                 {QStringLiteral("changeClass"), o.value(QStringLiteral("changeClass"))},
                 {QStringLiteral("title"), o.value(QStringLiteral("title"))},
                 {QStringLiteral("reason"), o.value(QStringLiteral("reason"))},
                 {QStringLiteral("authorId"), o.value(QStringLiteral("authorId"))},
                 {QStringLiteral("items"), items},
                 {QStringLiteral("impact"), o.value(QStringLiteral("impact"))},
                 {QStringLiteral("version"), s.version}};
    s.authors = QList<qint64>(authors.begin(), authors.end());
    s.state = o.value(QStringLiteral("status")).toString();
    s.signable = s.state == QLatin1String("in_review");
    s.summary = QStringLiteral("%1: %2").arg(o.value(QStringLiteral("number")).toString(), o.value(QStringLiteral("title")).toString());
    return s;
}
} // namespace

QJsonObject get(Sql &sql, qint64 id)
{
    const auto row = sql.one(QStringLiteral("changecontrol.get"), {id});
    if (!row)
        throw notFound(id);
    QJsonObject o = Sql::toJson(*row);
    QJsonArray items;
    for (const QJsonValue &iv : sql.rows(QStringLiteral("changecontrol.items"), {id})) {
        QJsonObject item = iv.toObject();
        const EntityDef *e = dictionary().find(item.value(QStringLiteral("entity")).toString());
        const auto v = sql.one(QStringLiteral("md.%1.version").arg(e->name), {item.value(QStringLiteral("code")).toString(), item.value(QStringLiteral("version")).toInt()});
        if (v) {
            const QJsonObject vj = Sql::toJson(*v);
            item.insert(QStringLiteral("status"), vj.value(QStringLiteral("status")));
            item.insert(QStringLiteral("name"), vj.value(QStringLiteral("name")));
        }
        items.append(item);
    }
    o.insert(QStringLiteral("items"), items);
    o.insert(QStringLiteral("steps"), QJsonArray::fromStringList(steps(sql, o.value(QStringLiteral("changeClass")).toString())));
    return o;
}

QJsonObject create(WriteContext &ctx, const QString &changeClass, const QString &title, const QString &reason)
{
    if (!ctx.sql().one(QStringLiteral("changecontrol.class_get"), {changeClass}))
        throw RpcError::validation({{QStringLiteral("params.changeClass"), QStringLiteral("ref"), QStringLiteral("change class %1 does not exist").arg(changeClass)}});
    const QString number = coding::next(ctx, QStringLiteral("change_order"));
    const qint64 id = ctx.sql()
                          .scalar(QStringLiteral("changecontrol.insert"), {number, changeClass, title, reason, ctx.principal().userId, ctx.now()})
                          .toLongLong();
    const QJsonObject o = get(ctx.sql(), id);
    ctx.audit(QStringLiteral("create"), kType, number,
              diff({}, {{QStringLiteral("number"), number}, {QStringLiteral("changeClass"), changeClass}, {QStringLiteral("title"), title},
                        {QStringLiteral("reason"), reason}, {QStringLiteral("status"), QStringLiteral("draft")}}));
    announce(ctx, o, QStringLiteral("created"));
    return o;
}

QJsonObject update(WriteContext &ctx, qint64 id, int rowVersion, const QJsonObject &changes)
{
    const QJsonObject before = loaded(ctx, id, rowVersion, "draft");
    const QString cls = changes.value(QStringLiteral("changeClass")).toString(before.value(QStringLiteral("changeClass")).toString());
    if (!ctx.sql().one(QStringLiteral("changecontrol.class_get"), {cls}))
        throw RpcError::validation({{QStringLiteral("params.changeClass"), QStringLiteral("ref"), QStringLiteral("change class %1 does not exist").arg(cls)}});
    const QString title = changes.value(QStringLiteral("title")).toString(before.value(QStringLiteral("title")).toString());
    const QString reason = changes.value(QStringLiteral("reason")).toString(before.value(QStringLiteral("reason")).toString());
    if (ctx.sql().exec(QStringLiteral("changecontrol.update_header"), {cls, title, reason, id, rowVersion}) != 1)
        throw stale(before);
    ctx.audit(QStringLiteral("update"), kType, before.value(QStringLiteral("number")).toString(),
              diff({{QStringLiteral("changeClass"), before.value(QStringLiteral("changeClass"))}, {QStringLiteral("title"), before.value(QStringLiteral("title"))},
                    {QStringLiteral("reason"), before.value(QStringLiteral("reason"))}},
                   {{QStringLiteral("changeClass"), cls}, {QStringLiteral("title"), title}, {QStringLiteral("reason"), reason}}));
    const QJsonObject o = get(ctx.sql(), id);
    announce(ctx, o, QStringLiteral("updated"));
    return o;
}

QJsonObject addItem(WriteContext &ctx, qint64 id, int rowVersion, const QString &entity, const QString &code, const QString &effectiveFrom,
                    const QString &action)
{
    const QJsonObject order = loaded(ctx, id, rowVersion, "draft");
    const EntityDef &e = entityOf(entity);
    const auto latestRow = ctx.sql().one(QStringLiteral("md.%1.latest").arg(e.name), {code});
    if (!latestRow)
        throw RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), e.name}, {QStringLiteral("recordId"), code}});
    const bool obsolete = action == QLatin1String("obsolete");
    QJsonObject v = Sql::toJson(*latestRow);
    if (obsolete) {
        // What is taken out of use is the approved version without an end (in force now or from a later date).
        const auto current = ctx.sql().one(QStringLiteral("md.%1.current_approved").arg(e.name), {code, -1});
        if (!current)
            throw RpcError::make(QStringLiteral("rule.not_in_force"), {{QStringLiteral("recordType"), e.name}, {QStringLiteral("recordId"), code},
                                                                      {QStringLiteral("asOf"), ctx.now()}});
        v = Sql::toJson(*current);
    } else if (v.value(QStringLiteral("status")).toString() != QLatin1String("draft"))
        throw RpcError::make(QStringLiteral("rule.no_draft"), {{QStringLiteral("recordType"), e.name}, {QStringLiteral("recordId"), code},
                                                               {QStringLiteral("version"), v.value(QStringLiteral("version"))},
                                                               {QStringLiteral("status"), v.value(QStringLiteral("status"))}});
    if (!obsolete && !v.value(QStringLiteral("changeOrderId")).isNull())
        throw RpcError::make(QStringLiteral("rule.version_on_change_order"), {{QStringLiteral("recordType"), e.name},
                                                                             {QStringLiteral("recordId"), code},
                                                                             {QStringLiteral("number"), v.value(QStringLiteral("changeOrderNumber"))}});
    // One open change per record: another open order (or this one) listing it must close first.
    if (const auto other = ctx.sql().one(QStringLiteral("changecontrol.open_item_for"), {e.name, code}))
        throw RpcError::make(QStringLiteral("rule.version_on_change_order"), {{QStringLiteral("recordType"), e.name},
                                                                             {QStringLiteral("recordId"), code},
                                                                             {QStringLiteral("number"), other->value(0).toString()}});
    checkEffective(effectiveFrom, ctx.now(), code);
    const QVariant eff = effectiveFrom.isEmpty() ? QVariant() : QVariant(effectiveFrom);
    const QString act = obsolete ? QStringLiteral("obsolete") : QStringLiteral("release");
    const qint64 itemId = ctx.sql()
                              .scalar(QStringLiteral("changecontrol.item_insert"), {id, e.name, code, v.value(QStringLiteral("version")).toInt(), eff, act})
                              .toLongLong();
    // A released version keeps the order that approved it; only a draft is tied to this order.
    if (!obsolete)
        ctx.sql().exec(QStringLiteral("md.%1.set_change_order").arg(e.name), {id, ctx.now(), ctx.principal().username, v.value(QStringLiteral("id")).toInteger()});
    ctx.sql().exec(QStringLiteral("changecontrol.bump"), {id, rowVersion});
    ctx.audit(QStringLiteral("update"), kType, order.value(QStringLiteral("number")).toString(),
              {{QStringLiteral("items[%1]").arg(itemId), QJsonArray{QJsonValue(), QJsonObject{{QStringLiteral("entity"), e.name},
                                                                                              {QStringLiteral("code"), code},
                                                                                              {QStringLiteral("version"), v.value(QStringLiteral("version"))},
                                                                                              {QStringLiteral("action"), act},
                                                                                              {QStringLiteral("effectiveFrom"), eff.isNull() ? QJsonValue() : QJsonValue(effectiveFrom)}}}}});
    const QJsonObject o = get(ctx.sql(), id);
    announce(ctx, o, QStringLiteral("updated"));
    return o;
}

QJsonObject removeItem(WriteContext &ctx, qint64 id, int rowVersion, qint64 itemId)
{
    const QJsonObject order = loaded(ctx, id, rowVersion, "draft");
    const auto row = ctx.sql().one(QStringLiteral("changecontrol.item_get"), {itemId, id});
    if (!row)
        throw RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), QStringLiteral("change_order_item")}, {QStringLiteral("recordId"), QString::number(itemId)}});
    const QJsonObject item = Sql::toJson(*row);
    const QJsonObject v = versionOf(ctx.sql(), item);
    if (!obsoletes(item))
        ctx.sql().exec(QStringLiteral("md.%1.set_change_order").arg(item.value(QStringLiteral("entity")).toString()),
                       {QVariant(), ctx.now(), ctx.principal().username, v.value(QStringLiteral("id")).toInteger()});
    ctx.sql().exec(QStringLiteral("changecontrol.item_delete"), {itemId, id});
    ctx.sql().exec(QStringLiteral("changecontrol.bump"), {id, rowVersion});
    ctx.audit(QStringLiteral("update"), kType, order.value(QStringLiteral("number")).toString(),
              {{QStringLiteral("items[%1]").arg(itemId), QJsonArray{item, QJsonValue()}}});
    const QJsonObject o = get(ctx.sql(), id);
    announce(ctx, o, QStringLiteral("updated"));
    return o;
}

QJsonObject impact(Sql &sql, const QJsonArray &items, const QString &now)
{
    QJsonArray out;
    for (const QJsonValue &iv : items) {
        const QJsonObject item = iv.toObject();
        const QString entity = item.value(QStringLiteral("entity")).toString();
        const QString code = item.value(QStringLiteral("code")).toString();
        const EntityDef &e = entityOf(entity);
        QJsonObject o{{QStringLiteral("entity"), entity}, {QStringLiteral("code"), code}, {QStringLiteral("version"), item.value(QStringLiteral("version"))}};
        const auto previous = entitystore::inForce(sql, e, code, now);
        o.insert(QStringLiteral("previousVersion"), previous ? previous->value(QStringLiteral("version")) : QJsonValue());
        // The material the change is about: a BOM's code is its material; a routing names one.
        const QString material = entity == QLatin1String("routing") ? versionOf(sql, item).value(QStringLiteral("material")).toString() : code;
        if (entity != QLatin1String("routing"))
            o.insert(QStringLiteral("dependentBoms"), sql.rows(QStringLiteral("masterdata.where_used_bom"), {material, now, now}));
        if (entity == QLatin1String("material"))
            o.insert(QStringLiteral("routings"), sql.rows(QStringLiteral("masterdata.where_used_routing"), {material, now, now}));
        o.insert(QStringLiteral("openOrders"), sql.rows(QStringLiteral("masterdata.pins_of_version"), {entity, code, QVariant()}));
        out.append(o);
    }
    return {{QStringLiteral("computedAt"), now}, {QStringLiteral("items"), out}};
}

QJsonObject submit(WriteContext &ctx, qint64 id, int rowVersion)
{
    const QJsonObject order = loaded(ctx, id, rowVersion, "draft");
    const QJsonArray items = order.value(QStringLiteral("items")).toArray();
    if (items.isEmpty())
        throw RpcError::make(QStringLiteral("rule.change_order_empty"), {{QStringLiteral("recordId"), order.value(QStringLiteral("number"))}});
    for (const QJsonValue &iv : items)
        checkEffective(iv.toObject().value(QStringLiteral("effectiveFrom")).toString(), ctx.now(), iv.toObject().value(QStringLiteral("code")).toString());
    const QJsonObject assessed = impact(ctx.sql(), items, ctx.now());
    for (const QJsonValue &iv : items)
        if (!obsoletes(iv.toObject()))
            setVersionStatus(ctx, iv.toObject(), QStringLiteral("in_review"), false);
    if (ctx.sql().exec(QStringLiteral("changecontrol.submit"),
                       {QString::fromUtf8(QJsonDocument(assessed).toJson(QJsonDocument::Compact)), ctx.now(), id, rowVersion}) != 1)
        throw stale(order);
    ctx.audit(QStringLiteral("update"), kType, order.value(QStringLiteral("number")).toString(),
              {{QStringLiteral("status"), QJsonArray{QStringLiteral("draft"), QStringLiteral("in_review")}}, {QStringLiteral("impact"), QJsonArray{QJsonValue(), assessed}}});
    const QJsonObject o = get(ctx.sql(), id);
    announce(ctx, o, QStringLiteral("submitted"));
    return o;
}

QJsonObject withdraw(WriteContext &ctx, qint64 id, int rowVersion, const QString &reason)
{
    const QJsonObject order = loaded(ctx, id, rowVersion, "in_review");
    for (const QJsonValue &iv : order.value(QStringLiteral("items")).toArray())
        if (!obsoletes(iv.toObject()))
            setVersionStatus(ctx, iv.toObject(), QStringLiteral("draft"), false);
    if (ctx.sql().exec(QStringLiteral("changecontrol.reopen"), {id, rowVersion}) != 1)
        throw stale(order);
    ctx.audit(QStringLiteral("update"), kType, order.value(QStringLiteral("number")).toString(),
              {{QStringLiteral("status"), QJsonArray{QStringLiteral("in_review"), QStringLiteral("draft")}}}, reason);
    const QJsonObject o = get(ctx.sql(), id);
    announce(ctx, o, QStringLiteral("withdrawn"));
    return o;
}

QJsonObject close(WriteContext &ctx, qint64 id, int rowVersion, const QString &status, const QString &reason)
{
    const QJsonObject order = get(ctx.sql(), id);
    const QString from = order.value(QStringLiteral("status")).toString();
    if (from != QLatin1String("draft") && from != QLatin1String("in_review"))
        throw wrongStatus(order);
    if (order.value(QStringLiteral("rowVersion")).toInt() != rowVersion)
        throw stale(order);
    for (const QJsonValue &iv : order.value(QStringLiteral("items")).toArray())
        if (!obsoletes(iv.toObject()))
            setVersionStatus(ctx, iv.toObject(), QStringLiteral("draft"), true);
    ctx.sql().exec(QStringLiteral("changecontrol.close"), {status, ctx.now(), id});
    ctx.audit(QStringLiteral("update"), kType, order.value(QStringLiteral("number")).toString(), {{QStringLiteral("status"), QJsonArray{from, status}}}, reason);
    const QJsonObject o = get(ctx.sql(), id);
    announce(ctx, o, status);
    return o;
}

void resetReviewsOfClass(WriteContext &ctx, const QString &changeClass, const QJsonValue &oldSteps, const QJsonValue &newSteps,
                         const QString &reason)
{
    for (const QJsonValue &v : ctx.sql().rows(QStringLiteral("changecontrol.in_review_of_class"), {changeClass})) {
        const QJsonObject o = v.toObject();
        ctx.sql().exec(QStringLiteral("changecontrol.bump"), {o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("rowVersion")).toInteger()});
        ctx.audit(QStringLiteral("update"), kType, o.value(QStringLiteral("number")).toString(),
                  {{QStringLiteral("approvalChain"), QJsonArray{oldSteps, newSteps}},
                   {QStringLiteral("rowVersion"), QJsonArray{o.value(QStringLiteral("rowVersion")), o.value(QStringLiteral("rowVersion")).toInteger() + 1}}},
                  reason);
        announce(ctx, get(ctx.sql(), o.value(QStringLiteral("id")).toInteger()), QStringLiteral("updated"));
    }
}

SignableType signableType()
{
    SignableType t;
    t.recordType = kType;
    for (const char *m : {"reviewed", "approved", "released"}) {
        const QString meaning = QLatin1String(m);
        t.meanings.insert(meaning, QStringLiteral("signature:change_order:") + meaning);
        t.secondPersonMeanings.append(meaning); // the author never approves their own change
    }
    t.load = snapshot;
    t.checkMeaning = [](Sql &sql, const RecordSnapshot &snap, const QString &meaning, const QJsonArray &existing, qint64 signerId) {
        const QStringList chain = steps(sql, snap.content.value(QStringLiteral("changeClass")).toString());
        const qsizetype at = chain.indexOf(meaning);
        if (at < 0)
            throw RpcError::make(QStringLiteral("rule.signature_meaning"), {{QStringLiteral("meaning"), meaning}, {QStringLiteral("recordType"), kType}});
        for (qsizetype i = 0; i < at; ++i)
            if (!validlySigned(existing, chain.at(i)))
                throw RpcError::make(QStringLiteral("rule.signature_sequence"), {{QStringLiteral("meaning"), meaning}, {QStringLiteral("requires"), chain.at(i)}});
        if (validlySigned(existing, meaning))
            throw RpcError::make(QStringLiteral("signature.duplicate"), {{QStringLiteral("recordVersion"), snap.version}, {QStringLiteral("meaning"), meaning}});
        // Each step of the chain is a different person: whoever reviewed does not also approve.
        for (const QJsonValue &v : existing) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("valid")).toBool() && s.value(QStringLiteral("signerId")).toInteger() == signerId)
                throw RpcError::make(QStringLiteral("rule.separation_of_duties"),
                                     {{QStringLiteral("firstRole"), s.value(QStringLiteral("meaning"))}, {QStringLiteral("secondRole"), meaning}});
        }
    };
    t.onSigned = [](WriteContext &ctx, const QString &recordId, const QString &, const RecordSnapshot &snap) {
        const QStringList chain = steps(ctx.sql(), snap.content.value(QStringLiteral("changeClass")).toString());
        // `snap` is the content just signed (signing does not change it): no need to load it again.
        const QJsonArray signedNow = signaturesWithValidity(ctx.sql(), kType, recordId, snap);
        for (const QString &m : chain)
            if (!validlySigned(signedNow, m))
                return; // more signatures to come
        approve(ctx, get(ctx.sql(), recordId.toLongLong()));
    };
    return t;
}

} // namespace concord::changeorders
