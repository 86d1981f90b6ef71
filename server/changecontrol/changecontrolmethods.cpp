#include "changecontrol/changecontrolmethods.h"

#include "changecontrol/changeorders.h"
#include "core/clock.h"
#include "core/services.h"
#include "events/eventhub.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"
#include "signature/signaturemethods.h"

#include <QJsonDocument>

namespace concord {

namespace {
const QString kAuthor = QStringLiteral("eco.author");
const QStringList kMeanings{QStringLiteral("reviewed"), QStringLiteral("approved"), QStringLiteral("released")};

qint64 id(const QJsonObject &p) { return p.value(QStringLiteral("id")).toInteger(); }
int rv(const QJsonObject &p) { return p.value(QStringLiteral("rowVersion")).toInt(); }

QJsonObject idAndVersion(QJsonObject more = {}, QStringList required = {})
{
    using namespace schema;
    more.insert(QStringLiteral("id"), integer(1));
    more.insert(QStringLiteral("rowVersion"), integer(1));
    return object(more, QStringList{QStringLiteral("id"), QStringLiteral("rowVersion")} + required);
}

QJsonObject withSignatures(Sql &sql, const SignatureService &sigs, QJsonObject o)
{
    o.insert(QStringLiteral("signatures"), signaturesWithValidity(sql, sigs, QStringLiteral("change_order"), QString::number(o.value(QStringLiteral("id")).toInteger())));
    return o;
}
} // namespace

void registerChangeControlMethods(Services &s)
{
    using namespace schema;
    s.events.declareTopic(QStringLiteral("eco"), QStringLiteral("masterdata.read"));
    s.signatures.registerType(changeorders::signableType());

    s.registry.add({
        .name = QStringLiteral("eco.create"),
        .summary = QStringLiteral("Opens a change order (number from the change_order coding rule) in a change class that sets its approval chain."),
        .permission = kAuthor,
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("changeClass"), string(40, 1)}, {QStringLiteral("title"), string(200, 1)}, {QStringLiteral("reason"), string(4000, 1)}},
                         {QStringLiteral("changeClass"), QStringLiteral("title"), QStringLiteral("reason")}),
        .write = [](WriteContext &ctx, const QJsonObject &p) {
            return changeorders::create(ctx, p.value(QStringLiteral("changeClass")).toString(), p.value(QStringLiteral("title")).toString(),
                                        p.value(QStringLiteral("reason")).toString());
        },
    });
    s.registry.add({
        .name = QStringLiteral("eco.update"),
        .summary = QStringLiteral("Changes class, title or reason of a draft change order."),
        .permission = kAuthor,
        .kind = MethodKind::Write,
        .params = idAndVersion({{QStringLiteral("changeClass"), string(40, 1)}, {QStringLiteral("title"), string(200, 1)}, {QStringLiteral("reason"), string(4000, 1)}}),
        .write = [](WriteContext &ctx, const QJsonObject &p) { return changeorders::update(ctx, id(p), rv(p), p); },
    });
    s.registry.add({
        .name = QStringLiteral("eco.addItem"),
        .summary = QStringLiteral("Puts the open draft of a material, BOM or routing on a draft change order (action release), or its approved "
                                  "version to be taken out of use (action obsolete), effective from a date (default: at approval)."),
        .permission = kAuthor,
        .kind = MethodKind::Write,
        .params = idAndVersion({{QStringLiteral("entity"), oneOf({QStringLiteral("material"), QStringLiteral("bom"), QStringLiteral("routing")})},
                                {QStringLiteral("code"), string(64, 1)},
                                {QStringLiteral("effectiveFrom"), dateTime()},
                                {QStringLiteral("action"), oneOf({QStringLiteral("release"), QStringLiteral("obsolete")})}},
                               {QStringLiteral("entity"), QStringLiteral("code")}),
        .write = [](WriteContext &ctx, const QJsonObject &p) {
            const QString eff = p.contains(QStringLiteral("effectiveFrom")) ? clock::toIso(clock::fromIso(p.value(QStringLiteral("effectiveFrom")).toString())) : QString();
            return changeorders::addItem(ctx, id(p), rv(p), p.value(QStringLiteral("entity")).toString(), p.value(QStringLiteral("code")).toString(), eff,
                                         p.value(QStringLiteral("action")).toString(QStringLiteral("release")));
        },
    });
    s.registry.add({
        .name = QStringLiteral("eco.removeItem"),
        .summary = QStringLiteral("Takes an item off a draft change order; its version stays a draft."),
        .permission = kAuthor,
        .kind = MethodKind::Write,
        .params = idAndVersion({{QStringLiteral("itemId"), integer(1)}}, {QStringLiteral("itemId")}),
        .write = [](WriteContext &ctx, const QJsonObject &p) {
            return changeorders::removeItem(ctx, id(p), rv(p), p.value(QStringLiteral("itemId")).toInteger());
        },
    });
    s.registry.add({
        .name = QStringLiteral("eco.submit"),
        .summary = QStringLiteral("Submits a change order for approval: its versions go in review (frozen) and the server records the impact "
                                  "assessment (dependent BOMs, routings, open orders)."),
        .permission = kAuthor,
        .kind = MethodKind::Write,
        .params = idAndVersion(),
        .write = [](WriteContext &ctx, const QJsonObject &p) { return changeorders::submit(ctx, id(p), rv(p)); },
    });
    s.registry.add({
        .name = QStringLiteral("eco.withdraw"),
        .summary = QStringLiteral("Takes a change order back from review to draft (its versions become editable; signatures so far become invalid)."),
        .permission = kAuthor,
        .kind = MethodKind::Write,
        .params = idAndVersion({{QStringLiteral("reason"), string(1000, 1)}}, {QStringLiteral("reason")}),
        .write = [](WriteContext &ctx, const QJsonObject &p) { return changeorders::withdraw(ctx, id(p), rv(p), p.value(QStringLiteral("reason")).toString()); },
    });
    s.registry.add({
        .name = QStringLiteral("eco.reject"),
        .summary = QStringLiteral("Rejects a change order in review; its versions return to draft, free for another change order."),
        .permission = QStringLiteral("eco.reject"),
        .kind = MethodKind::Write,
        .params = idAndVersion({{QStringLiteral("reason"), string(1000, 1)}}, {QStringLiteral("reason")}),
        .write = [](WriteContext &ctx, const QJsonObject &p) {
            return changeorders::close(ctx, id(p), rv(p), QStringLiteral("rejected"), p.value(QStringLiteral("reason")).toString());
        },
    });
    s.registry.add({
        .name = QStringLiteral("eco.cancel"),
        .summary = QStringLiteral("Cancels a change order that is not approved; its versions return to draft."),
        .permission = kAuthor,
        .kind = MethodKind::Write,
        .params = idAndVersion({{QStringLiteral("reason"), string(1000, 1)}}, {QStringLiteral("reason")}),
        .write = [](WriteContext &ctx, const QJsonObject &p) {
            return changeorders::close(ctx, id(p), rv(p), QStringLiteral("cancelled"), p.value(QStringLiteral("reason")).toString());
        },
    });
    s.registry.add({
        .name = QStringLiteral("eco.get"),
        .summary = QStringLiteral("One change order with items, impact, approval steps and signatures with validity."),
        .permission = QStringLiteral("masterdata.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("id"), integer(1)}}, {QStringLiteral("id")}),
        .read = [&s](ReadContext &ctx, const QJsonObject &p) { return withSignatures(ctx.sql(), s.signatures, changeorders::get(ctx.sql(), id(p))); },
    });
    s.registry.add({
        .name = QStringLiteral("eco.list"),
        .summary = QStringLiteral("Change orders, newest first, optionally of one status."),
        .permission = QStringLiteral("masterdata.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("status"), oneOf({QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("approved"),
                                                            QStringLiteral("rejected"), QStringLiteral("cancelled")})},
                          {QStringLiteral("limit"), integer(1, 5000)}}),
        .read = [](ReadContext &ctx, const QJsonObject &p) {
            const QVariant st = p.contains(QStringLiteral("status")) ? QVariant(p.value(QStringLiteral("status")).toString()) : QVariant();
            return QJsonObject{{QStringLiteral("changeOrders"), ctx.sql().rows(QStringLiteral("changecontrol.list"), {st, p.value(QStringLiteral("limit")).toInt(500)})}};
        },
    });
    s.registry.add({
        .name = QStringLiteral("changeClass.list"),
        .summary = QStringLiteral("Change classes with their approval steps."),
        .permission = QStringLiteral("masterdata.read"),
        .kind = MethodKind::Read,
        .read = [](ReadContext &ctx, const QJsonObject &) { return QJsonObject{{QStringLiteral("classes"), ctx.sql().rows(QStringLiteral("changecontrol.class_list"))}}; },
    });
    s.registry.add({
        .name = QStringLiteral("changeClass.update"),
        .summary = QStringLiteral("Changes the approval chain of a change class: signature meanings in order, ending with approved. Audited."),
        .permission = QStringLiteral("changeclass.admin"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("name"), string(40, 1)},
                          {QStringLiteral("description"), text(400)},
                          {QStringLiteral("steps"), array(oneOf(kMeanings), 3, 1)},
                          {QStringLiteral("rowVersion"), integer(1)},
                          {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("name"), QStringLiteral("steps"), QStringLiteral("rowVersion"), QStringLiteral("reason")}),
        .write = [](WriteContext &ctx, const QJsonObject &p) {
            const QString name = p.value(QStringLiteral("name")).toString();
            const auto row = ctx.sql().one(QStringLiteral("changecontrol.class_get"), {name});
            if (!row)
                throw RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), QStringLiteral("change_class")}, {QStringLiteral("recordId"), name}});
            const QJsonObject before = Sql::toJson(*row);
            QStringList meanings;
            QJsonArray steps;
            for (const QJsonValue &v : p.value(QStringLiteral("steps")).toArray()) {
                if (meanings.contains(v.toString()))
                    throw RpcError::validation({{QStringLiteral("params.steps"), QStringLiteral("duplicate"), QStringLiteral("%1 appears twice").arg(v.toString())}});
                meanings.append(v.toString());
                steps.append(QJsonObject{{QStringLiteral("meaning"), v.toString()}});
            }
            if (!meanings.contains(QStringLiteral("approved")))
                throw RpcError::validation({{QStringLiteral("params.steps"), QStringLiteral("required"), QStringLiteral("the chain needs an approved signature")}});
            const QString description = p.contains(QStringLiteral("description")) ? p.value(QStringLiteral("description")).toString()
                                                                                   : before.value(QStringLiteral("description")).toString();
            if (ctx.sql().exec(QStringLiteral("changecontrol.class_update"),
                               {description, QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact)), ctx.now(), ctx.principal().username, name, rv(p)}) != 1)
                throw RpcError::make(QStringLiteral("conflict"), {{QStringLiteral("recordType"), QStringLiteral("change_class")},
                                                                  {QStringLiteral("recordId"), name},
                                                                  {QStringLiteral("currentVersion"), before.value(QStringLiteral("rowVersion"))}});
            ctx.audit(QStringLiteral("update"), QStringLiteral("change_class"), name,
                      diff({{QStringLiteral("steps"), before.value(QStringLiteral("steps"))}, {QStringLiteral("description"), before.value(QStringLiteral("description"))}},
                           {{QStringLiteral("steps"), steps}, {QStringLiteral("description"), description}}),
                      p.value(QStringLiteral("reason")).toString());
            if (before.value(QStringLiteral("steps")) != QJsonValue(steps))
                changeorders::resetReviewsOfClass(ctx, name, before.value(QStringLiteral("steps")), steps, p.value(QStringLiteral("reason")).toString());
            return Sql::toJson(*ctx.sql().one(QStringLiteral("changecontrol.class_get"), {name}));
        },
    });
}

} // namespace concord
