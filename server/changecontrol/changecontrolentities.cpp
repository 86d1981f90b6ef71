#include "changecontrol/changecontrolentities.h"

#include <QtGlobal>

// Labels and descriptions: English, marked for lupdate; the client translates them ("Dictionary").
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
    return {timestamp(QStringLiteral("createdAt"), QT_TRANSLATE_NOOP("Dictionary", "Created at"), QT_TRANSLATE_NOOP("Dictionary", "Server time (UTC) of creation.")).req(),
            text(QStringLiteral("createdBy"), QT_TRANSLATE_NOOP("Dictionary", "Created by"), QT_TRANSLATE_NOOP("Dictionary", "User who created it."), 64).req(),
            timestamp(QStringLiteral("updatedAt"), QT_TRANSLATE_NOOP("Dictionary", "Changed at"), QT_TRANSLATE_NOOP("Dictionary", "Server time (UTC) of the last change.")).req(),
            text(QStringLiteral("updatedBy"), QT_TRANSLATE_NOOP("Dictionary", "Changed by"), QT_TRANSLATE_NOOP("Dictionary", "User who changed it last."), 64).req(),
            integer(QStringLiteral("rowVersion"), QT_TRANSLATE_NOOP("Dictionary", "Row version"), QT_TRANSLATE_NOOP("Dictionary", "Incremented by every change (optimistic concurrency).")).req()};
}
const QStringList kVersionedEntities{QStringLiteral("material"), QStringLiteral("bom"), QStringLiteral("routing")};
} // namespace

QList<EntityDef> entities()
{
    QList<EntityDef> list;

    EntityDef rule = record(QStringLiteral("coding_rule"), QT_TRANSLATE_NOOP("Dictionary", "Coding rule"),
                            QT_TRANSLATE_NOOP("Dictionary", "Pattern of a kind of code or number, e.g. WO-{yyyy}{MM}-{seq:5} (统一编码体系)."), QString(),
                            QStringLiteral("coding"), QStringLiteral("coding_rule"));
    rule.fields = QList<FieldDef>{text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Dictionary", "Name"), QT_TRANSLATE_NOOP("Dictionary", "What the rule numbers: material, lot, serial, work_order …"), 40).req(),
                                  text(QStringLiteral("pattern"), QT_TRANSLATE_NOOP("Dictionary", "Pattern"), QT_TRANSLATE_NOOP("Dictionary", "Literal text with {yyyy} {yy} {MM} {dd} {seq:N} {alpha:N} {digit:N} {code:N-M}."), 80).req(),
                                  text(QStringLiteral("description"), QT_TRANSLATE_NOOP("Dictionary", "Description"), QT_TRANSLATE_NOOP("Dictionary", "What the codes are used for."), 200)} +
                  stamps();
    list.append(rule);

    EntityDef counter = record(QStringLiteral("coding_counter"), QT_TRANSLATE_NOOP("Dictionary", "Coding counter"),
                               QT_TRANSLATE_NOOP("Dictionary", "Next sequence number of a rule in one period; taken in the same transaction as the record that uses it."),
                               QString(), QStringLiteral("coding"), QStringLiteral("coding_counter"));
    counter.fields = {refField(QStringLiteral("rule"), QStringLiteral("coding_rule"), QT_TRANSLATE_NOOP("Dictionary", "Rule"), QT_TRANSLATE_NOOP("Dictionary", "The coding rule.")).req(),
                      text(QStringLiteral("periodKey"), QT_TRANSLATE_NOOP("Dictionary", "Period"), QT_TRANSLATE_NOOP("Dictionary", "Period the sequence restarts in (e.g. 202611), empty if never."), 20),
                      integer(QStringLiteral("nextValue"), QT_TRANSLATE_NOOP("Dictionary", "Next value"), QT_TRANSLATE_NOOP("Dictionary", "The next number to give out.")).req().min(QStringLiteral("1"))};
    list.append(counter);

    EntityDef cls = record(QStringLiteral("change_class"), QT_TRANSLATE_NOOP("Dictionary", "Change class"),
                           QT_TRANSLATE_NOOP("Dictionary", "A kind of change order and its approval chain: the signature meanings needed, in order."), QString(),
                           QStringLiteral("changecontrol"), QStringLiteral("change_class"));
    cls.fields = QList<FieldDef>{text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Dictionary", "Name"), QT_TRANSLATE_NOOP("Dictionary", "Class name, e.g. minor, major."), 40).req(),
                                 text(QStringLiteral("description"), QT_TRANSLATE_NOOP("Dictionary", "Description"), QT_TRANSLATE_NOOP("Dictionary", "When to use the class."), 400),
                                 text(QStringLiteral("stepsJson"), QT_TRANSLATE_NOOP("Dictionary", "Approval steps"), QT_TRANSLATE_NOOP("Dictionary", "Signature meanings in order (reviewed, approved, released), as JSON."), 1000).req()} +
                 stamps();
    list.append(cls);

    EntityDef eco = record(QStringLiteral("change_order"), QT_TRANSLATE_NOOP("Dictionary", "Change order"),
                           QT_TRANSLATE_NOOP("Dictionary", "A controlled change of master data (ECO): affected versions, reason, impact, approval signatures."),
                           QStringLiteral("OperationsRequest"), QStringLiteral("changecontrol"), QStringLiteral("change_order"));
    eco.codingRule = QStringLiteral("change_order");
    eco.autoCode = true;
    eco.fields = {integer(QStringLiteral("id"), QT_TRANSLATE_NOOP("Dictionary", "ID"), QT_TRANSLATE_NOOP("Dictionary", "Internal number.")).req(),
                  text(QStringLiteral("number"), QT_TRANSLATE_NOOP("Dictionary", "Number"), QT_TRANSLATE_NOOP("Dictionary", "Change order number from its coding rule."), 40).req(),
                  refField(QStringLiteral("changeClass"), QStringLiteral("change_class"), QT_TRANSLATE_NOOP("Dictionary", "Class"), QT_TRANSLATE_NOOP("Dictionary", "Change class; decides the approval chain.")).req(),
                  text(QStringLiteral("title"), QT_TRANSLATE_NOOP("Dictionary", "Title"), QT_TRANSLATE_NOOP("Dictionary", "What changes, in one line."), 200).req(),
                  text(QStringLiteral("reason"), QT_TRANSLATE_NOOP("Dictionary", "Reason"), QT_TRANSLATE_NOOP("Dictionary", "Why the change is made."), 4000).req(),
                  enumField(QStringLiteral("status"), {QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("cancelled")},
                            QT_TRANSLATE_NOOP("Dictionary", "Status"), QT_TRANSLATE_NOOP("Dictionary", "Workflow state of the change order.")).req(),
                  text(QStringLiteral("impactJson"), QT_TRANSLATE_NOOP("Dictionary", "Impact"), QT_TRANSLATE_NOOP("Dictionary", "Impact assessment computed by the server at submission (JSON)."), 100000),
                  integer(QStringLiteral("authorId"), QT_TRANSLATE_NOOP("Dictionary", "Author"), QT_TRANSLATE_NOOP("Dictionary", "User who wrote the change order.")).req(),
                  timestamp(QStringLiteral("createdAt"), QT_TRANSLATE_NOOP("Dictionary", "Created at"), QT_TRANSLATE_NOOP("Dictionary", "Server time (UTC) of creation.")).req(),
                  timestamp(QStringLiteral("submittedAt"), QT_TRANSLATE_NOOP("Dictionary", "Submitted at"), QT_TRANSLATE_NOOP("Dictionary", "When it was submitted for approval.")),
                  timestamp(QStringLiteral("closedAt"), QT_TRANSLATE_NOOP("Dictionary", "Closed at"), QT_TRANSLATE_NOOP("Dictionary", "When it was approved, rejected or cancelled.")),
                  integer(QStringLiteral("rowVersion"), QT_TRANSLATE_NOOP("Dictionary", "Row version"), QT_TRANSLATE_NOOP("Dictionary", "The version signatures bind to.")).req()};
    list.append(eco);

    EntityDef item = record(QStringLiteral("change_order_item"), QT_TRANSLATE_NOOP("Dictionary", "Change order item"),
                            QT_TRANSLATE_NOOP("Dictionary", "One new version a change order makes effective, and from when."), QString(), QStringLiteral("changecontrol"),
                            QStringLiteral("change_order_item"));
    item.fields = {integer(QStringLiteral("id"), QT_TRANSLATE_NOOP("Dictionary", "ID"), QT_TRANSLATE_NOOP("Dictionary", "Internal number.")).req(),
                   integer(QStringLiteral("changeOrderId"), QT_TRANSLATE_NOOP("Dictionary", "Change order"), QT_TRANSLATE_NOOP("Dictionary", "The change order.")).req(),
                   enumField(QStringLiteral("entity"), kVersionedEntities, QT_TRANSLATE_NOOP("Dictionary", "Entity"), QT_TRANSLATE_NOOP("Dictionary", "Kind of master data.")).req(),
                   text(QStringLiteral("code"), QT_TRANSLATE_NOOP("Dictionary", "Code"), QT_TRANSLATE_NOOP("Dictionary", "Code of the record."), 40).req(),
                   integer(QStringLiteral("version"), QT_TRANSLATE_NOOP("Dictionary", "Version"), QT_TRANSLATE_NOOP("Dictionary", "The new version.")).req().min(QStringLiteral("1")),
                   timestamp(QStringLiteral("effectiveFrom"), QT_TRANSLATE_NOOP("Dictionary", "Effective from"), QT_TRANSLATE_NOOP("Dictionary", "When the version takes effect; empty = at approval.")),
                   enumField(QStringLiteral("action"), {QStringLiteral("release"), QStringLiteral("obsolete")}, QT_TRANSLATE_NOOP("Dictionary", "Action"),
                             QT_TRANSLATE_NOOP("Dictionary", "release: the new version takes effect; obsolete: the version in force is taken out of use.")).req()};
    list.append(item);

    EntityDef pin = record(QStringLiteral("version_pin"), QT_TRANSLATE_NOOP("Dictionary", "Version pin"),
                           QT_TRANSLATE_NOOP("Dictionary", "The master-data version a released order uses; it keeps it when newer versions are approved."), QString(),
                           QStringLiteral("masterdata"), QStringLiteral("version_pin"));
    pin.fields = {integer(QStringLiteral("id"), QT_TRANSLATE_NOOP("Dictionary", "ID"), QT_TRANSLATE_NOOP("Dictionary", "Internal number.")).req(),
                  text(QStringLiteral("holderType"), QT_TRANSLATE_NOOP("Dictionary", "Holder type"), QT_TRANSLATE_NOOP("Dictionary", "Kind of order holding the pin, e.g. work_order."), 40).req(),
                  text(QStringLiteral("holderId"), QT_TRANSLATE_NOOP("Dictionary", "Holder"), QT_TRANSLATE_NOOP("Dictionary", "Number of the order."), 64).req(),
                  enumField(QStringLiteral("entity"), kVersionedEntities, QT_TRANSLATE_NOOP("Dictionary", "Entity"), QT_TRANSLATE_NOOP("Dictionary", "Kind of master data.")).req(),
                  text(QStringLiteral("code"), QT_TRANSLATE_NOOP("Dictionary", "Code"), QT_TRANSLATE_NOOP("Dictionary", "Code of the record."), 40).req(),
                  integer(QStringLiteral("version"), QT_TRANSLATE_NOOP("Dictionary", "Version"), QT_TRANSLATE_NOOP("Dictionary", "The pinned version.")).req().min(QStringLiteral("1")),
                  timestamp(QStringLiteral("pinnedAt"), QT_TRANSLATE_NOOP("Dictionary", "Pinned at"), QT_TRANSLATE_NOOP("Dictionary", "When the order was released.")).req(),
                  text(QStringLiteral("pinnedBy"), QT_TRANSLATE_NOOP("Dictionary", "Pinned by"), QT_TRANSLATE_NOOP("Dictionary", "User who released the order."), 64).req(),
                  timestamp(QStringLiteral("closedAt"), QT_TRANSLATE_NOOP("Dictionary", "Closed at"), QT_TRANSLATE_NOOP("Dictionary", "When the order was closed; open pins count in impact assessments."))};
    list.append(pin);
    return list;
}

} // namespace concord::changecontrol
