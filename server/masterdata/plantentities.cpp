#include "masterdata/entities.h"

#include <QtGlobal>

#define L(x) QT_TRANSLATE_NOOP("Dictionary", x)

namespace concord::masterdata {

namespace {
FieldDef text(const QString &name, const char *label, const char *description, int maxLength = 200)
{
    return field(name, FieldType::Text, label, description).len(maxLength);
}
FieldDef blankText(const QString &name, const char *label, const char *description, int maxLength = 200)
{
    return text(name, label, description, maxLength).byDefault(QStringLiteral("\"\""));
}
FieldDef codeField(const char *description, int maxLength = 40)
{
    return text(QStringLiteral("code"), L("Code"), description, maxLength).req().search().isa(QStringLiteral("ID"));
}
FieldDef nameField(const char *description, int maxLength = 120)
{
    return text(QStringLiteral("name"), L("Name"), description, maxLength).req().search();
}
FieldDef activeField()
{
    return field(QStringLiteral("active"), FieldType::Bool, L("Active"), L("Inactive records stay for history but cannot be chosen for new data."))
        .byDefault(QStringLiteral("true"));
}
EntityDef plain(const QString &name, const char *label, const char *description, const QString &isa95, const QString &table,
                const QString &permission)
{
    EntityDef e;
    e.name = name;
    e.label = QString::fromUtf8(label);
    e.description = QString::fromUtf8(description);
    e.isa95 = isa95;
    e.ownerModule = QStringLiteral("masterdata");
    e.table = table;
    e.kind = EntityKind::Plain;
    e.codingRule = table;
    e.editPermission = permission;
    return e;
}
} // namespace

QList<EntityDef> plantEntities()
{
    QList<EntityDef> list;

    EntityDef eq = plain(QStringLiteral("equipment"), L("Equipment"),
                         L("The equipment hierarchy: site, area, line, work centre, unit; measuring equipment has a calibration interval."),
                         QStringLiteral("Equipment"), QStringLiteral("equipment"), QStringLiteral("equipment.edit"));
    eq.fields = {
        codeField(L("Equipment code, e.g. WC-UV-01.")),
        nameField(L("Name of the equipment.")),
        enumField(QStringLiteral("level"), {QStringLiteral("site"), QStringLiteral("area"), QStringLiteral("line"), QStringLiteral("work_centre"), QStringLiteral("unit")},
                  L("Level"), L("Level in the ISA-95 equipment hierarchy.")).req().isa(QStringLiteral("EquipmentLevel")),
        refField(QStringLiteral("parent"), QStringLiteral("equipment"), L("Parent"), L("The equipment one level up (empty for a site).")),
        field(QStringLiteral("measuring"), FieldType::Bool, L("Measuring equipment"), L("Used to measure product or process: needs valid calibration.")).byDefault(QStringLiteral("false")),
        field(QStringLiteral("calibrationIntervalDays"), FieldType::Integer, L("Calibration interval"), L("Days between calibrations; required for measuring equipment.")).min(QStringLiteral("1")).max(QStringLiteral("3650")).inUnit(QStringLiteral("d")),
        field(QStringLiteral("calibrationDueOn"), FieldType::Date, L("Calibration due"), L("Date the next calibration is due.")),
        activeField(),
    };
    eq.check = checkEquipment;
    list.append(eq);

    EntityDef person = plain(QStringLiteral("person"), L("Person"), L("A member of staff, optionally linked to a user account, with training records."),
                             QStringLiteral("Person"), QStringLiteral("person"), QStringLiteral("person.edit"));
    person.fields = {
        codeField(L("Personnel number."), 20),
        nameField(L("Full name.")),
        refField(QStringLiteral("username"), QStringLiteral("user"), L("User"), L("User account of this person, if any.")),
        blankText(QStringLiteral("department"), L("Department"), L("Department or team."), 80),
        activeField(),
    };
    list.append(person);

    EntityDef tr = plain(QStringLiteral("training_record"), L("Training record"),
                         L("Proof that a person was trained on one version of a procedure or routing, and until when it is valid."),
                         QStringLiteral("QualificationTestResult"), QStringLiteral("training_record"), QStringLiteral("training.edit"));
    tr.autoCode = true;
    tr.fields = {
        text(QStringLiteral("code"), L("Number"), L("Number given by the server."), 40).search(),
        refField(QStringLiteral("person"), QStringLiteral("person"), L("Person"), L("Who was trained.")).req().search(),
        text(QStringLiteral("procedure"), L("Procedure"), L("Procedure, work instruction or routing code trained on."), 60).req().search(),
        field(QStringLiteral("procedureVersion"), FieldType::Integer, L("Procedure version"), L("Version of the procedure trained on.")).req().min(QStringLiteral("1")),
        field(QStringLiteral("trainedOn"), FieldType::Date, L("Trained on"), L("Date of the training.")).req(),
        field(QStringLiteral("expiresOn"), FieldType::Date, L("Expires on"), L("Date the qualification lapses; empty if it does not.")),
        blankText(QStringLiteral("trainer"), L("Trainer"), L("Who trained or assessed."), 120),
        activeField(),
    };
    tr.check = checkTraining;
    list.append(tr);

    EntityDef supplier = plain(QStringLiteral("supplier"), L("Supplier"), L("A supplier and its status on the approved supplier list."),
                               QStringLiteral("Organization"), QStringLiteral("supplier"), QStringLiteral("supplier.edit"));
    supplier.fields = {
        codeField(L("Supplier code, e.g. S-RESIN-01."), 24),
        nameField(L("Legal name.")),
        enumField(QStringLiteral("approvalStatus"), {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("conditional"), QStringLiteral("disqualified")},
                  L("Approval status"), L("Status on the approved supplier list; only approved or conditional suppliers may be ordered from.")).req(),
        field(QStringLiteral("approvedUntil"), FieldType::Date, L("Approved until"), L("Date the approval must be renewed (re-audit).")),
        blankText(QStringLiteral("address"), L("Address"), L("Postal address."), 400),
        blankText(QStringLiteral("country"), L("Country"), L("Country."), 60),
        blankText(QStringLiteral("contact"), L("Contact"), L("Contact person."), 120),
        blankText(QStringLiteral("phone"), L("Phone"), L("Phone number."), 40),
        blankText(QStringLiteral("email"), L("E-mail"), L("E-mail address."), 120),
        activeField(),
    };
    list.append(supplier);

    EntityDef customer = plain(QStringLiteral("customer"), L("Customer"), L("A customer (hospital, distributor); recall reports name them."),
                               QStringLiteral("Organization"), QStringLiteral("customer"), QStringLiteral("customer.edit"));
    customer.fields = {
        codeField(L("Customer code, e.g. C-SH-HOSP1."), 24),
        nameField(L("Legal name.")),
        enumField(QStringLiteral("kind"), {QStringLiteral("hospital"), QStringLiteral("distributor"), QStringLiteral("clinic"), QStringLiteral("other")},
                  L("Kind"), L("Kind of customer.")).req(),
        blankText(QStringLiteral("address"), L("Address"), L("Billing address."), 400),
        blankText(QStringLiteral("country"), L("Country"), L("Country."), 60),
        blankText(QStringLiteral("contact"), L("Contact"), L("Contact person."), 120),
        blankText(QStringLiteral("phone"), L("Phone"), L("Phone number."), 40),
        blankText(QStringLiteral("email"), L("E-mail"), L("E-mail address."), 120),
        activeField(),
    };
    list.append(customer);

    EntityDef shipTo = plain(QStringLiteral("shipTo"), L("Ship-to address"), L("An address a customer's goods are shipped to (a consignee in a recall)."),
                             QStringLiteral("Location"), QStringLiteral("ship_to"), QStringLiteral("shipTo.edit"));
    shipTo.fields = {
        codeField(L("Ship-to code."), 30),
        refField(QStringLiteral("customer"), QStringLiteral("customer"), L("Customer"), L("Customer the address belongs to.")).req().search(),
        nameField(L("Name of the receiving site or department.")),
        text(QStringLiteral("address"), L("Address"), L("Street address."), 400).req(),
        blankText(QStringLiteral("city"), L("City"), L("City."), 80),
        blankText(QStringLiteral("country"), L("Country"), L("Country."), 60),
        blankText(QStringLiteral("contact"), L("Contact"), L("Person receiving goods."), 120),
        blankText(QStringLiteral("phone"), L("Phone"), L("Phone number."), 40),
        activeField(),
    };
    list.append(shipTo);

    EntityDef loc = plain(QStringLiteral("location"), L("Storage location"),
                          L("A place where stock is kept; its status type says what stock may be there (quarantine, released …)."),
                          QStringLiteral("StorageLocation"), QStringLiteral("storage_location"), QStringLiteral("location.edit"));
    loc.fields = {
        codeField(L("Location code, e.g. WH-QUAR."), 20),
        nameField(L("Name of the location.")),
        enumField(QStringLiteral("statusType"), {QStringLiteral("general"), QStringLiteral("quarantine"), QStringLiteral("released"), QStringLiteral("rejected"), QStringLiteral("on_hold")},
                  L("Status type"), L("Which lot status the stock here must have.")).req(),
        refField(QStringLiteral("parent"), QStringLiteral("location"), L("Parent"), L("Enclosing location (warehouse, room).")),
        blankText(QStringLiteral("storageConditions"), L("Storage conditions"), L("Conditions the location provides, e.g. 2–8 °C."), 200),
        activeField(),
    };
    loc.check = checkLocation;
    list.append(loc);
    return list;
}

} // namespace concord::masterdata
