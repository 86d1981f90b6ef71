#include "changecontrol/changecontrolentities.h"

#include <QtGlobal>

#define L(x) QT_TRANSLATE_NOOP("Dictionary", x)

namespace concord::changecontrol {

namespace {
EntityDef record(const QString &name, const char *label, const char *description, const QString &isa95, const QString &module,
                 const QString &table)
{
    EntityDef e;
    e.name = name;
    e.label = QString::fromUtf8(label);
    e.description = QString::fromUtf8(description);
    e.isa95 = isa95;
    e.ownerModule = module;
    e.table = table;
    e.kind = EntityKind::Record;
    return e;
}
FieldDef text(const QString &name, const char *label, const char *description, int maxLength = 200)
{
    return field(name, FieldType::Text, label, description).len(maxLength);
}
FieldDef integer(const QString &name, const char *label, const char *description)
{
    return field(name, FieldType::Integer, label, description);
}
FieldDef timestamp(const QString &name, const char *label, const char *description)
{
    return text(name, label, description, 30).regex(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
}
QList<FieldDef> stamps()
{
    return {timestamp(QStringLiteral("createdAt"), L("Created at"), L("Server time (UTC) of creation.")).req(),
            text(QStringLiteral("createdBy"), L("Created by"), L("User who created it."), 64).req(),
            timestamp(QStringLiteral("updatedAt"), L("Changed at"), L("Server time (UTC) of the last change.")).req(),
            text(QStringLiteral("updatedBy"), L("Changed by"), L("User who changed it last."), 64).req(),
            integer(QStringLiteral("rowVersion"), L("Row version"), L("Incremented by every change (optimistic concurrency).")).req()};
}
const QStringList kVersionedEntities{QStringLiteral("material"), QStringLiteral("bom"), QStringLiteral("routing")};
} // namespace

QList<EntityDef> entities()
{
    QList<EntityDef> list;

    EntityDef rule = record(QStringLiteral("coding_rule"), L("Coding rule"),
                            L("Pattern of a kind of code or number, e.g. WO-{yyyy}{MM}-{seq:5} (统一编码体系)."), QString(),
                            QStringLiteral("coding"), QStringLiteral("coding_rule"));
    rule.fields = QList<FieldDef>{text(QStringLiteral("name"), L("Name"), L("What the rule numbers: material, lot, serial, work_order …"), 40).req(),
                                  text(QStringLiteral("pattern"), L("Pattern"), L("Literal text with {yyyy} {yy} {MM} {dd} {seq:N} {alpha:N} {digit:N} {code:N-M}."), 80).req(),
                                  text(QStringLiteral("description"), L("Description"), L("What the codes are used for."), 200)} +
                  stamps();
    list.append(rule);

    EntityDef counter = record(QStringLiteral("coding_counter"), L("Coding counter"),
                               L("Next sequence number of a rule in one period; taken in the same transaction as the record that uses it."),
                               QString(), QStringLiteral("coding"), QStringLiteral("coding_counter"));
    counter.fields = {refField(QStringLiteral("rule"), QStringLiteral("coding_rule"), L("Rule"), L("The coding rule.")).req(),
                      text(QStringLiteral("periodKey"), L("Period"), L("Period the sequence restarts in (e.g. 202611), empty if never."), 20),
                      integer(QStringLiteral("nextValue"), L("Next value"), L("The next number to give out.")).req().min(QStringLiteral("1"))};
    list.append(counter);

    EntityDef cls = record(QStringLiteral("change_class"), L("Change class"),
                           L("A kind of change order and its approval chain: the signature meanings needed, in order."), QString(),
                           QStringLiteral("changecontrol"), QStringLiteral("change_class"));
    cls.fields = QList<FieldDef>{text(QStringLiteral("name"), L("Name"), L("Class name, e.g. minor, major."), 40).req(),
                                 text(QStringLiteral("description"), L("Description"), L("When to use the class."), 400),
                                 text(QStringLiteral("stepsJson"), L("Approval steps"), L("Signature meanings in order (reviewed, approved, released), as JSON."), 1000).req()} +
                 stamps();
    list.append(cls);

    EntityDef eco = record(QStringLiteral("change_order"), L("Change order"),
                           L("A controlled change of master data (ECO): affected versions, reason, impact, approval signatures."),
                           QStringLiteral("OperationsRequest"), QStringLiteral("changecontrol"), QStringLiteral("change_order"));
    eco.codingRule = QStringLiteral("change_order");
    eco.autoCode = true;
    eco.fields = {integer(QStringLiteral("id"), L("ID"), L("Internal number.")).req(),
                  text(QStringLiteral("number"), L("Number"), L("Change order number from its coding rule."), 40).req(),
                  refField(QStringLiteral("changeClass"), QStringLiteral("change_class"), L("Class"), L("Change class; decides the approval chain.")).req(),
                  text(QStringLiteral("title"), L("Title"), L("What changes, in one line."), 200).req(),
                  text(QStringLiteral("reason"), L("Reason"), L("Why the change is made."), 4000).req(),
                  enumField(QStringLiteral("status"), {QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("cancelled")},
                            L("Status"), L("Workflow state of the change order.")).req(),
                  text(QStringLiteral("impactJson"), L("Impact"), L("Impact assessment computed by the server at submission (JSON)."), 100000),
                  integer(QStringLiteral("authorId"), L("Author"), L("User who wrote the change order.")).req(),
                  timestamp(QStringLiteral("createdAt"), L("Created at"), L("Server time (UTC) of creation.")).req(),
                  timestamp(QStringLiteral("submittedAt"), L("Submitted at"), L("When it was submitted for approval.")),
                  timestamp(QStringLiteral("closedAt"), L("Closed at"), L("When it was approved, rejected or cancelled.")),
                  integer(QStringLiteral("rowVersion"), L("Row version"), L("The version signatures bind to.")).req()};
    list.append(eco);

    EntityDef item = record(QStringLiteral("change_order_item"), L("Change order item"),
                            L("One new version a change order makes effective, and from when."), QString(), QStringLiteral("changecontrol"),
                            QStringLiteral("change_order_item"));
    item.fields = {integer(QStringLiteral("id"), L("ID"), L("Internal number.")).req(),
                   integer(QStringLiteral("changeOrderId"), L("Change order"), L("The change order.")).req(),
                   enumField(QStringLiteral("entity"), kVersionedEntities, L("Entity"), L("Kind of master data.")).req(),
                   text(QStringLiteral("code"), L("Code"), L("Code of the record."), 40).req(),
                   integer(QStringLiteral("version"), L("Version"), L("The new version.")).req().min(QStringLiteral("1")),
                   timestamp(QStringLiteral("effectiveFrom"), L("Effective from"), L("When the version takes effect; empty = at approval."))};
    list.append(item);

    EntityDef pin = record(QStringLiteral("version_pin"), L("Version pin"),
                           L("The master-data version a released order uses; it keeps it when newer versions are approved."), QString(),
                           QStringLiteral("masterdata"), QStringLiteral("version_pin"));
    pin.fields = {integer(QStringLiteral("id"), L("ID"), L("Internal number.")).req(),
                  text(QStringLiteral("holderType"), L("Holder type"), L("Kind of order holding the pin, e.g. work_order."), 40).req(),
                  text(QStringLiteral("holderId"), L("Holder"), L("Number of the order."), 64).req(),
                  enumField(QStringLiteral("entity"), kVersionedEntities, L("Entity"), L("Kind of master data.")).req(),
                  text(QStringLiteral("code"), L("Code"), L("Code of the record."), 40).req(),
                  integer(QStringLiteral("version"), L("Version"), L("The pinned version.")).req().min(QStringLiteral("1")),
                  timestamp(QStringLiteral("pinnedAt"), L("Pinned at"), L("When the order was released.")).req(),
                  text(QStringLiteral("pinnedBy"), L("Pinned by"), L("User who released the order."), 64).req(),
                  timestamp(QStringLiteral("closedAt"), L("Closed at"), L("When the order was closed; open pins count in impact assessments."))};
    list.append(pin);
    return list;
}

} // namespace concord::changecontrol
