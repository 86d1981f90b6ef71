#include "masterdata/entitystore.h"

#include "coding/codingrules.h"
#include "dictionary/recordcheck.h"
#include "storage/writecontext.h"

#include <QMap>

namespace concord::entitystore {

namespace {
const QString kData = QStringLiteral("params.data");

RpcError notFound(const EntityDef &e, const QString &id)
{
    return RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), e.name}, {QStringLiteral("recordId"), id}});
}

QVariant bindValue(const FieldDef &f, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    switch (f.type) {
    case FieldType::Bool: return v.toBool() ? 1 : 0;
    case FieldType::Integer: return qint64(v.toInteger());
    default: return v.toString();
    }
}

QVariantList fieldBinds(const EntityDef &e, const QJsonObject &record, bool withCode)
{
    QVariantList b;
    for (const FieldDef &f : e.fields)
        if (withCode || f.name != QLatin1String("code"))
            b.append(bindValue(f, record.value(f.name)));
    return b;
}

// The optional search filter of the list statements: the pattern once per searchable column, or
// NULL for each when there is no search (the catalogue then runs the shape without it).
QVariantList searchBinds(const EntityDef &e, const QString &search)
{
    const QString trimmed = search.trimmed();
    const QVariant pattern = trimmed.isEmpty() ? QVariant() : QVariant(QStringLiteral("%") + trimmed.toLower() + QStringLiteral("%"));
    QVariantList b;
    for (const FieldDef &f : e.fields)
        if (f.searchable)
            b.append(pattern);
    return b;
}

QString sqlName(const EntityDef &e, const char *verb)
{
    return QStringLiteral("md.%1.%2").arg(e.name, QLatin1String(verb));
}

QJsonObject fieldsOf(const EntityDef &e, const QJsonObject &record)
{
    QJsonObject o;
    for (const FieldDef &f : e.fields)
        o.insert(f.name, record.value(f.name).isUndefined() ? QJsonValue(QJsonValue::Null) : record.value(f.name));
    return o;
}

QJsonObject withChildren(Sql &sql, const EntityDef &e, QJsonObject v)
{
    for (const EntityDef *c : dictionary().childrenOf(e.name)) {
        QJsonArray rows;
        for (const QJsonValue &r : sql.rows(sqlName(*c, "for_version"), {v.value(QStringLiteral("id")).toInteger()}))
            rows.append(fromRow(*c, r.toObject()));
        v.insert(c->member, rows);
    }
    return v;
}

void insertChildren(WriteContext &ctx, const EntityDef &e, qint64 versionId, const QJsonObject &record)
{
    for (const EntityDef *c : dictionary().childrenOf(e.name))
        for (const QJsonValue &r : record.value(c->member).toArray())
            ctx.sql().exec(sqlName(*c, "insert"), QVariantList{versionId} + fieldBinds(*c, r.toObject(), true));
}

void changed(WriteContext &ctx, const EntityDef &e, const QString &code, const QString &action, const QJsonObject &v = {})
{
    QJsonObject event{{QStringLiteral("entity"), e.name}, {QStringLiteral("code"), code}, {QStringLiteral("action"), action}};
    if (v.contains(QStringLiteral("version"))) {
        event.insert(QStringLiteral("version"), v.value(QStringLiteral("version")));
        event.insert(QStringLiteral("status"), v.value(QStringLiteral("status")));
    }
    ctx.emitEvent(QStringLiteral("masterdata.changed"), event);
}

RuleContext rules(WriteContext &ctx)
{
    return RuleContext{ctx.sql(), dictionary(), ctx.now(), kData};
}

void checkCodeRule(WriteContext &ctx, const EntityDef &e, const QString &code)
{
    const FieldDef *f = e.find(QStringLiteral("code"));
    if (!e.codingRule.isEmpty() && f && f->type == FieldType::Text)
        coding::checkCode(ctx.sql(), e.codingRule, code, kData + QStringLiteral(".code"));
}

RpcError notEditable(const EntityDef &e, const QJsonObject &v)
{
    return RpcError::make(QStringLiteral("rule.version_not_editable"), {{QStringLiteral("recordType"), e.name},
                                                                       {QStringLiteral("recordId"), v.value(QStringLiteral("code"))},
                                                                       {QStringLiteral("version"), v.value(QStringLiteral("version"))},
                                                                       {QStringLiteral("status"), v.value(QStringLiteral("status"))}});
}

QString rowKey(const EntityDef &c, const QJsonObject &row)
{
    QStringList parts;
    for (const QString &k : c.keyFields())
        parts.append(QStringLiteral("%1=%2").arg(k, row.value(k).toVariant().toString()));
    return parts.join(QLatin1Char(','));
}
} // namespace

QJsonObject fromRow(const EntityDef &e, const QJsonObject &row)
{
    QJsonObject o = row;
    for (const FieldDef &f : e.fields)
        if (f.type == FieldType::Bool && !row.value(f.name).isNull())
            o.insert(f.name, row.value(f.name).toInteger() != 0);
    return o;
}

QJsonObject content(const EntityDef &e, const QJsonObject &version)
{
    QJsonObject c = fieldsOf(e, version);
    for (const EntityDef *child : dictionary().childrenOf(e.name)) {
        QJsonArray rows;
        for (const QJsonValue &r : version.value(child->member).toArray())
            rows.append(fieldsOf(*child, r.toObject()));
        c.insert(child->member, rows);
    }
    return c;
}

// ---------------------------------------------------------------- plain

QJsonObject get(Sql &sql, const EntityDef &e, const QString &code)
{
    const auto row = sql.one(sqlName(e, "get"), {code});
    if (!row)
        throw notFound(e, code);
    return fromRow(e, Sql::toJson(*row));
}

QJsonArray list(Sql &sql, const EntityDef &e, const QString &search, int limit)
{
    QJsonArray out;
    for (const QJsonValue &r : sql.rows(sqlName(e, "list"), searchBinds(e, search) + QVariantList{limit}))
        out.append(fromRow(e, r.toObject()));
    return out;
}

QJsonObject create(WriteContext &ctx, const EntityDef &e, const QJsonObject &data)
{
    RuleContext rc = rules(ctx);
    QJsonObject in = data;
    if (e.autoCode && in.value(QStringLiteral("code")).toString().isEmpty())
        in.remove(QStringLiteral("code"));
    QJsonObject record = records::validate(rc, e, in, true);
    QString code = record.value(QStringLiteral("code")).toString();
    if (e.autoCode && code.isEmpty()) {
        code = coding::next(ctx, e.codingRule);
        record.insert(QStringLiteral("code"), code);
    } else {
        checkCodeRule(ctx, e, code);
    }
    if (ctx.sql().one(sqlName(e, "exists"), {code}))
        throw RpcError::make(QStringLiteral("conflict.duplicate"), {{QStringLiteral("recordType"), e.name}, {QStringLiteral("value"), code}});
    // A number given for a numbered code (imported history) is kept; the server never issues it again.
    if (e.autoCode && !data.value(QStringLiteral("code")).toString().isEmpty())
        coding::claim(ctx, e.codingRule, code);
    const QString user = ctx.principal().username;
    ctx.sql().exec(sqlName(e, "insert"), fieldBinds(e, record, true) + QVariantList{ctx.now(), user, ctx.now(), user});
    ctx.audit(QStringLiteral("create"), e.name, code, concord::diff({}, record));
    changed(ctx, e, code, QStringLiteral("created"));
    return get(ctx.sql(), e, code);
}

QJsonObject update(WriteContext &ctx, const EntityDef &e, const QString &code, int rowVersion, const QJsonObject &changes,
                   const QString &reason)
{
    const QJsonObject before = get(ctx.sql(), e, code);
    if (before.value(QStringLiteral("rowVersion")).toInt() != rowVersion)
        throw RpcError::make(QStringLiteral("conflict"), {{QStringLiteral("recordType"), e.name},
                                                          {QStringLiteral("recordId"), code},
                                                          {QStringLiteral("currentVersion"), before.value(QStringLiteral("rowVersion"))}});
    if (changes.contains(QStringLiteral("code")) && changes.value(QStringLiteral("code")).toString() != code)
        throw RpcError::validation({{kData + QStringLiteral(".code"), QStringLiteral("immutable"), QStringLiteral("a code never changes")}});
    QJsonObject merged = fieldsOf(e, before);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        merged.insert(it.key(), it.value());
    RuleContext rc = rules(ctx);
    const QJsonObject record = records::validate(rc, e, merged, false);
    const QString user = ctx.principal().username;
    if (ctx.sql().exec(sqlName(e, "update"), fieldBinds(e, record, false) + QVariantList{ctx.now(), user, code, rowVersion}) != 1)
        throw RpcError::make(QStringLiteral("conflict"), {{QStringLiteral("recordType"), e.name}, {QStringLiteral("recordId"), code}});
    const QJsonObject changesMade = concord::diff(fieldsOf(e, before), record);
    ctx.audit(QStringLiteral("update"), e.name, code, changesMade, reason);
    changed(ctx, e, code, QStringLiteral("updated"));
    return get(ctx.sql(), e, code);
}

// ---------------------------------------------------------------- versioned

std::optional<QJsonObject> inForce(Sql &sql, const EntityDef &e, const QString &code, const QString &asOf)
{
    const auto row = sql.one(sqlName(e, "in_force"), {code, asOf, asOf});
    if (!row)
        return std::nullopt;
    return withChildren(sql, e, fromRow(e, Sql::toJson(*row)));
}

QJsonObject version(Sql &sql, const EntityDef &e, const QString &code, int version)
{
    const auto row = sql.one(sqlName(e, "version"), {code, version});
    if (!row)
        throw notFound(e, QStringLiteral("%1 v%2").arg(code).arg(version));
    return withChildren(sql, e, fromRow(e, Sql::toJson(*row)));
}

QJsonObject current(Sql &sql, const EntityDef &e, const QString &code, const QString &asOf, const QString &now)
{
    const auto latestRow = sql.one(sqlName(e, "latest"), {code});
    if (!latestRow)
        throw notFound(e, code);
    const QJsonObject latest = Sql::toJson(*latestRow);
    std::optional<QJsonObject> v = inForce(sql, e, code, asOf.isEmpty() ? now : asOf);
    if (!v) {
        if (!asOf.isEmpty())
            throw RpcError::make(QStringLiteral("rule.not_in_force"), {{QStringLiteral("recordType"), e.name},
                                                                      {QStringLiteral("recordId"), code},
                                                                      {QStringLiteral("asOf"), asOf}});
        v = withChildren(sql, e, fromRow(e, latest));
    }
    v->insert(QStringLiteral("latestVersion"), latest.value(QStringLiteral("version")));
    v->insert(QStringLiteral("latestStatus"), latest.value(QStringLiteral("status")));
    return *v;
}

QJsonArray listVersions(Sql &sql, const EntityDef &e, const QString &search, int limit, const QString &asOf, const QString &now)
{
    const QString at = asOf.isEmpty() ? now : asOf;
    QMap<QString, QJsonObject> byCode;
    for (const QJsonValue &r : sql.rows(sqlName(e, "list_in_force"), QVariantList{at, at} + searchBinds(e, search) + QVariantList{limit}))
        byCode.insert(r.toObject().value(QStringLiteral("code")).toString(), fromRow(e, r.toObject()));
    if (asOf.isEmpty()) {
        for (const QJsonValue &r : sql.rows(sqlName(e, "list_latest"), searchBinds(e, search) + QVariantList{limit})) {
            const QJsonObject latest = r.toObject();
            const QString code = latest.value(QStringLiteral("code")).toString();
            QJsonObject o = byCode.contains(code) ? byCode.value(code) : fromRow(e, latest);
            o.insert(QStringLiteral("latestVersion"), latest.value(QStringLiteral("version")));
            o.insert(QStringLiteral("latestStatus"), latest.value(QStringLiteral("status")));
            byCode.insert(code, o);
        }
    }
    QJsonArray out;
    for (const QJsonObject &o : std::as_const(byCode)) {
        if (out.size() >= limit)
            break;
        out.append(o);
    }
    return out;
}

QJsonArray history(Sql &sql, const EntityDef &e, const QString &code)
{
    QJsonArray out;
    for (const QJsonValue &r : sql.rows(sqlName(e, "history"), {code}))
        out.append(fromRow(e, r.toObject()));
    if (out.isEmpty())
        throw notFound(e, code);
    return out;
}

QJsonObject createVersioned(WriteContext &ctx, const EntityDef &e, const QJsonObject &data)
{
    RuleContext rc = rules(ctx);
    const QJsonObject record = records::validate(rc, e, data, true);
    const QString code = record.value(QStringLiteral("code")).toString();
    checkCodeRule(ctx, e, code);
    if (ctx.sql().one(sqlName(e, "exists"), {code}))
        throw RpcError::make(QStringLiteral("conflict.duplicate"), {{QStringLiteral("recordType"), e.name}, {QStringLiteral("value"), code}});
    const QString user = ctx.principal().username;
    ctx.sql().exec(sqlName(e, "identity_insert"), {code, ctx.now(), user});
    const qint64 id = ctx.sql()
                          .scalar(sqlName(e, "version_insert"), QVariantList{1, ctx.now(), user, ctx.now(), user} + fieldBinds(e, record, true))
                          .toLongLong();
    insertChildren(ctx, e, id, record);
    QJsonObject created = content(e, record);
    created.insert(QStringLiteral("version"), 1);
    created.insert(QStringLiteral("status"), QStringLiteral("draft"));
    ctx.audit(QStringLiteral("create"), e.name, code, concord::diff({}, created));
    const QJsonObject v = version(ctx.sql(), e, code, 1);
    changed(ctx, e, code, QStringLiteral("created"), v);
    return v;
}

QJsonObject saveDraft(WriteContext &ctx, const EntityDef &e, const QString &code, std::optional<int> editVersion, std::optional<int> rowVersion,
                      QJsonObject data)
{
    data.insert(QStringLiteral("code"), code);
    const auto latestRow = ctx.sql().one(sqlName(e, "latest"), {code});
    if (!latestRow)
        throw notFound(e, code);
    const QJsonObject latest = withChildren(ctx.sql(), e, fromRow(e, Sql::toJson(*latestRow)));
    const QString status = latest.value(QStringLiteral("status")).toString();
    const int latestVersion = latest.value(QStringLiteral("version")).toInt();
    if (status == QLatin1String("in_review"))
        throw notEditable(e, latest);
    // The caller says which version it edits: anything but the open draft is frozen.
    if (editVersion && (*editVersion != latestVersion || status != QLatin1String("draft")))
        throw notEditable(e, *editVersion == latestVersion ? latest : version(ctx.sql(), e, code, *editVersion));
    RuleContext rc = rules(ctx);
    const QJsonObject record = records::validate(rc, e, data, true);
    const QString user = ctx.principal().username;
    if (status == QLatin1String("draft")) {
        const int current = latest.value(QStringLiteral("rowVersion")).toInt();
        if (!rowVersion || *rowVersion != current)
            throw RpcError::make(QStringLiteral("conflict"), {{QStringLiteral("recordType"), e.name},
                                                              {QStringLiteral("recordId"), QStringLiteral("%1 v%2").arg(code).arg(latestVersion)},
                                                              {QStringLiteral("currentVersion"), current}});
        const qint64 id = latest.value(QStringLiteral("id")).toInteger();
        if (ctx.sql().exec(sqlName(e, "version_update"), fieldBinds(e, record, false) + QVariantList{ctx.now(), user, id, current}) != 1)
            throw notEditable(e, latest);
        for (const EntityDef *c : dictionary().childrenOf(e.name))
            ctx.sql().exec(sqlName(*c, "delete_for_version"), {id});
        insertChildren(ctx, e, id, record);
        QJsonObject changes = concord::diff(content(e, latest), content(e, record));
        changes.insert(QStringLiteral("version"), QJsonArray{latestVersion, latestVersion});
        ctx.audit(QStringLiteral("update"), e.name, code, changes);
        const QJsonObject v = version(ctx.sql(), e, code, latestVersion);
        changed(ctx, e, code, QStringLiteral("updated"), v);
        return v;
    }
    // The newest version has been approved (or withdrawn from use): start the next one.
    const int next = latestVersion + 1;
    const qint64 id = ctx.sql()
                          .scalar(sqlName(e, "version_insert"), QVariantList{next, ctx.now(), user, ctx.now(), user} + fieldBinds(e, record, true))
                          .toLongLong();
    insertChildren(ctx, e, id, record);
    QJsonObject changes = concord::diff(content(e, latest), content(e, record));
    changes.insert(QStringLiteral("version"), QJsonArray{latestVersion, next});
    changes.insert(QStringLiteral("status"), QJsonArray{status, QStringLiteral("draft")});
    ctx.audit(QStringLiteral("create"), e.name, code, changes);
    const QJsonObject v = version(ctx.sql(), e, code, next);
    changed(ctx, e, code, QStringLiteral("created"), v);
    return v;
}

void discardDraft(WriteContext &ctx, const EntityDef &e, const QString &code, int rowVersion)
{
    const auto latestRow = ctx.sql().one(sqlName(e, "latest"), {code});
    if (!latestRow)
        throw notFound(e, code);
    const QJsonObject latest = withChildren(ctx.sql(), e, fromRow(e, Sql::toJson(*latestRow)));
    if (latest.value(QStringLiteral("status")).toString() != QLatin1String("draft"))
        throw notEditable(e, latest);
    if (!latest.value(QStringLiteral("changeOrderId")).isNull())
        throw RpcError::make(QStringLiteral("rule.version_on_change_order"), {{QStringLiteral("recordType"), e.name},
                                                                             {QStringLiteral("recordId"), code},
                                                                             {QStringLiteral("number"), latest.value(QStringLiteral("changeOrderNumber"))}});
    if (latest.value(QStringLiteral("rowVersion")).toInt() != rowVersion)
        throw RpcError::make(QStringLiteral("conflict"), {{QStringLiteral("recordType"), e.name},
                                                          {QStringLiteral("recordId"), code},
                                                          {QStringLiteral("currentVersion"), latest.value(QStringLiteral("rowVersion"))}});
    const qint64 id = latest.value(QStringLiteral("id")).toInteger();
    for (const EntityDef *c : dictionary().childrenOf(e.name))
        ctx.sql().exec(sqlName(*c, "delete_for_version"), {id});
    ctx.sql().exec(sqlName(e, "version_delete"), {id});
    if (ctx.sql().scalar(sqlName(e, "count_versions"), {code}).toLongLong() == 0)
        ctx.sql().exec(sqlName(e, "identity_delete"), {code});
    QJsonObject removed = content(e, latest);
    removed.insert(QStringLiteral("version"), latest.value(QStringLiteral("version")));
    ctx.audit(QStringLiteral("delete"), e.name, code, concord::diff(removed, {}), QStringLiteral("draft discarded"));
    changed(ctx, e, code, QStringLiteral("discarded"), QJsonObject{{QStringLiteral("version"), latest.value(QStringLiteral("version"))},
                                                                    {QStringLiteral("status"), QStringLiteral("discarded")}});
}

QJsonObject diff(Sql &sql, const EntityDef &e, const QString &code, int from, int to)
{
    const QJsonObject a = version(sql, e, code, from);
    const QJsonObject b = version(sql, e, code, to);
    QJsonObject changes = concord::diff(fieldsOf(e, a), fieldsOf(e, b));
    for (const EntityDef *c : dictionary().childrenOf(e.name)) {
        QMap<QString, QJsonObject> left, right;
        for (const QJsonValue &r : a.value(c->member).toArray())
            left.insert(rowKey(*c, r.toObject()), fieldsOf(*c, r.toObject()));
        for (const QJsonValue &r : b.value(c->member).toArray())
            right.insert(rowKey(*c, r.toObject()), fieldsOf(*c, r.toObject()));
        QStringList keys = left.keys() + right.keys();
        keys.removeDuplicates();
        for (const QString &k : keys) {
            const QString prefix = QStringLiteral("%1[%2]").arg(c->member, k);
            if (!left.contains(k))
                changes.insert(prefix, QJsonArray{QJsonValue(), right.value(k)});
            else if (!right.contains(k))
                changes.insert(prefix, QJsonArray{left.value(k), QJsonValue()});
            else {
                const QJsonObject d = concord::diff(left.value(k), right.value(k));
                for (auto it = d.begin(); it != d.end(); ++it)
                    changes.insert(prefix + QLatin1Char('.') + it.key(), it.value());
            }
        }
    }
    return {{QStringLiteral("entity"), e.name}, {QStringLiteral("code"), code}, {QStringLiteral("from"), a}, {QStringLiteral("to"), b},
            {QStringLiteral("changes"), changes}};
}

} // namespace concord::entitystore
