#include "masterdata/entitymethods.h"

#include "core/clock.h"
#include "core/services.h"
#include "dictionary/recordcheck.h"
#include "masterdata/entitystore.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"

namespace concord {

namespace {
const QString kRead = QStringLiteral("masterdata.read");

QString prefix(const EntityDef &e)
{
    return camelCase(e.name);
}

// asOf as canonical UTC text ("" when absent).
QString asOfParam(const QJsonObject &p)
{
    return p.contains(QStringLiteral("asOf")) ? clock::toIso(clock::fromIso(p.value(QStringLiteral("asOf")).toString())) : QString();
}

QString code(const QJsonObject &p)
{
    return p.value(QStringLiteral("code")).toString();
}

void registerPlain(Services &s, const EntityDef &e)
{
    using namespace schema;
    const QString n = prefix(e);
    const EntityDef *def = &e;
    s.registry.add({
        .name = n + QStringLiteral(".list"),
        .summary = QStringLiteral("%1 records ordered by code; search matches code and name.").arg(e.label),
        .permission = kRead,
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("search"), string(100)}, {QStringLiteral("limit"), integer(1, 5000)}}),
        .read = [def](ReadContext &ctx, const QJsonObject &p) {
            return QJsonObject{{QStringLiteral("records"), entitystore::list(ctx.sql(), *def, p.value(QStringLiteral("search")).toString(),
                                                                            p.value(QStringLiteral("limit")).toInt(1000))}};
        },
    });
    s.registry.add({
        .name = n + QStringLiteral(".get"),
        .summary = QStringLiteral("One %1 by code.").arg(e.label.toLower()),
        .permission = kRead,
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("code"), string(64, 1)}}, {QStringLiteral("code")}),
        .read = [def](ReadContext &ctx, const QJsonObject &p) { return entitystore::get(ctx.sql(), *def, code(p)); },
    });
    s.registry.add({
        .name = n + QStringLiteral(".create"),
        .summary = QStringLiteral("Creates a %1; the code must match its coding rule and be new. Audited.").arg(e.label.toLower()),
        .permission = e.editPermission,
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("data"), records::dataSchema(dictionary(), e, true)}}, {QStringLiteral("data")}),
        .write = [def](WriteContext &ctx, const QJsonObject &p) { return entitystore::create(ctx, *def, p.value(QStringLiteral("data")).toObject()); },
    });
    s.registry.add({
        .name = n + QStringLiteral(".update"),
        .summary = QStringLiteral("Changes fields of a %1 (only those given); rowVersion must be current. Audited with the reason.").arg(e.label.toLower()),
        .permission = e.editPermission,
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("code"), string(64, 1)},
                          {QStringLiteral("rowVersion"), integer(1)},
                          {QStringLiteral("data"), records::dataSchema(dictionary(), e, false)},
                          {QStringLiteral("reason"), text(1000)}},
                         {QStringLiteral("code"), QStringLiteral("rowVersion"), QStringLiteral("data")}),
        .write = [def](WriteContext &ctx, const QJsonObject &p) {
            return entitystore::update(ctx, *def, code(p), p.value(QStringLiteral("rowVersion")).toInt(), p.value(QStringLiteral("data")).toObject(),
                                       p.value(QStringLiteral("reason")).toString());
        },
    });
}

void registerVersioned(Services &s, const EntityDef &e)
{
    using namespace schema;
    const QString n = prefix(e);
    const EntityDef *def = &e;
    s.registry.add({
        .name = n + QStringLiteral(".list"),
        .summary = QStringLiteral("%1 records: the version in force at asOf (default now; then also codes with only a draft), "
                                  "with latestVersion/latestStatus.").arg(e.label),
        .permission = kRead,
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("search"), string(100)}, {QStringLiteral("asOf"), dateTime()}, {QStringLiteral("limit"), integer(1, 5000)}}),
        .read = [def](ReadContext &ctx, const QJsonObject &p) {
            return QJsonObject{{QStringLiteral("records"),
                                entitystore::listVersions(ctx.sql(), *def, p.value(QStringLiteral("search")).toString(), p.value(QStringLiteral("limit")).toInt(1000),
                                                          asOfParam(p), clock::nowIso())}};
        },
    });
    s.registry.add({
        .name = n + QStringLiteral(".get"),
        .summary = QStringLiteral("One %1 with its rows: a given version, the version in force at asOf, or (neither) the version in force "
                                  "now or else the newest draft.").arg(e.label.toLower()),
        .permission = kRead,
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("code"), string(64, 1)}, {QStringLiteral("version"), integer(1, 1000000)}, {QStringLiteral("asOf"), dateTime()}},
                         {QStringLiteral("code")}),
        .read = [def](ReadContext &ctx, const QJsonObject &p) {
            if (p.contains(QStringLiteral("version")))
                return entitystore::version(ctx.sql(), *def, code(p), p.value(QStringLiteral("version")).toInt());
            return entitystore::current(ctx.sql(), *def, code(p), asOfParam(p), clock::nowIso());
        },
    });
    s.registry.add({
        .name = n + QStringLiteral(".history"),
        .summary = QStringLiteral("Every version of a %1 with status, effective dates and change order.").arg(e.label.toLower()),
        .permission = kRead,
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("code"), string(64, 1)}}, {QStringLiteral("code")}),
        .read = [def](ReadContext &ctx, const QJsonObject &p) {
            return QJsonObject{{QStringLiteral("versions"), entitystore::history(ctx.sql(), *def, code(p))}};
        },
    });
    s.registry.add({
        .name = n + QStringLiteral(".diff"),
        .summary = QStringLiteral("Differences between two versions of a %1: field -> [old, new], rows matched on their keys.").arg(e.label.toLower()),
        .permission = kRead,
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("code"), string(64, 1)}, {QStringLiteral("from"), integer(1, 1000000)}, {QStringLiteral("to"), integer(1, 1000000)}},
                         {QStringLiteral("code"), QStringLiteral("from"), QStringLiteral("to")}),
        .read = [def](ReadContext &ctx, const QJsonObject &p) {
            return entitystore::diff(ctx.sql(), *def, code(p), p.value(QStringLiteral("from")).toInt(), p.value(QStringLiteral("to")).toInt());
        },
    });
    s.registry.add({
        .name = n + QStringLiteral(".create"),
        .summary = QStringLiteral("Creates a new %1 code with version 1 as a draft; it takes effect only through an approved change order.").arg(e.label.toLower()),
        .permission = e.editPermission,
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("data"), records::dataSchema(dictionary(), e, true)}}, {QStringLiteral("data")}),
        .write = [def](WriteContext &ctx, const QJsonObject &p) { return entitystore::createVersioned(ctx, *def, p.value(QStringLiteral("data")).toObject()); },
    });
    s.registry.add({
        .name = n + QStringLiteral(".saveDraft"),
        .summary = QStringLiteral("Saves the whole content of a %1 as the open draft (rowVersion needed) or, if there is none, as a new "
                                  "draft version. A version that is in review or approved is never changed.").arg(e.label.toLower()),
        .permission = e.editPermission,
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("code"), string(64, 1)},
                          {QStringLiteral("version"), integer(1, 1000000)},
                          {QStringLiteral("rowVersion"), integer(1)},
                          {QStringLiteral("data"), records::dataSchema(dictionary(), e, true)}},
                         {QStringLiteral("code"), QStringLiteral("data")}),
        .write = [def](WriteContext &ctx, const QJsonObject &p) {
            auto opt = [&p](const char *k) { return p.contains(QLatin1String(k)) ? std::optional<int>(p.value(QLatin1String(k)).toInt()) : std::nullopt; };
            return entitystore::saveDraft(ctx, *def, code(p), opt("version"), opt("rowVersion"), p.value(QStringLiteral("data")).toObject());
        },
    });
    s.registry.add({
        .name = n + QStringLiteral(".discardDraft"),
        .summary = QStringLiteral("Removes the open draft of a %1 (not while it is on a change order). Audited.").arg(e.label.toLower()),
        .permission = e.editPermission,
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("code"), string(64, 1)}, {QStringLiteral("rowVersion"), integer(1)}}, {QStringLiteral("code"), QStringLiteral("rowVersion")}),
        .write = [def](WriteContext &ctx, const QJsonObject &p) {
            entitystore::discardDraft(ctx, *def, code(p), p.value(QStringLiteral("rowVersion")).toInt());
            return QJsonObject{{QStringLiteral("discarded"), true}};
        },
    });
}
} // namespace

void registerEntityMethods(Services &s)
{
    for (const EntityDef &e : dictionary().entities()) {
        if (e.kind == EntityKind::Plain)
            registerPlain(s, e);
        else if (e.kind == EntityKind::Versioned)
            registerVersioned(s, e);
    }
}

} // namespace concord
