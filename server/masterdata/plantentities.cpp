#include "masterdata/entities.h"

#include <QtGlobal>

// Labels and descriptions: English, marked for lupdate; the client translates them ("Dictionary").
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
    return text(QStringLiteral("code"), QT_TRANSLATE_NOOP("Dictionary", "Code"), description, maxLength).req().search().isa(QStringLiteral("ID"));
}
FieldDef nameField(const char *description, int maxLength = 120)
{
    return text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Dictionary", "Name"), description, maxLength).req().search();
}
FieldDef activeField()
{
    return field(QStringLiteral("active"), FieldType::Bool, QT_TRANSLATE_NOOP("Dictionary", "Active"), QT_TRANSLATE_NOOP("Dictionary", "Inactive records stay for history but cannot be chosen for new data."))
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

    EntityDef eq = plain(QStringLiteral("equipment"), QT_TRANSLATE_NOOP("Dictionary", "Equipment"),
                         QT_TRANSLATE_NOOP("Dictionary", "The equipment hierarchy: site, area, line, work centre, unit; measuring equipment has a calibration interval."),
                         QStringLiteral("Equipment"), QStringLiteral("equipment"), QStringLiteral("equipment.edit"));
    eq.fields = {
        codeField(QT_TRANSLATE_NOOP("Dictionary", "Equipment code, e.g. WC-UV-01.")),
        nameField(QT_TRANSLATE_NOOP("Dictionary", "Name of the equipment.")),
        enumField(QStringLiteral("level"), {QStringLiteral("site"), QStringLiteral("area"), QStringLiteral("line"), QStringLiteral("work_centre"), QStringLiteral("unit")},
                  QT_TRANSLATE_NOOP("Dictionary", "Level"), QT_TRANSLATE_NOOP("Dictionary", "Level in the ISA-95 equipment hierarchy.")).req().isa(QStringLiteral("EquipmentLevel")),
        refField(QStringLiteral("parent"), QStringLiteral("equipment"), QT_TRANSLATE_NOOP("Dictionary", "Parent"), QT_TRANSLATE_NOOP("Dictionary", "The equipment one level up (empty for a site).")),
        field(QStringLiteral("measuring"), FieldType::Bool, QT_TRANSLATE_NOOP("Dictionary", "Measuring equipment"), QT_TRANSLATE_NOOP("Dictionary", "Used to measure product or process: needs valid calibration.")).byDefault(QStringLiteral("false")),
        field(QStringLiteral("calibrationIntervalDays"), FieldType::Integer, QT_TRANSLATE_NOOP("Dictionary", "Calibration interval"), QT_TRANSLATE_NOOP("Dictionary", "Days between calibrations; required for measuring equipment.")).min(QStringLiteral("1")).max(QStringLiteral("3650")).inUnit(QStringLiteral("d")),
        field(QStringLiteral("calibrationDueOn"), FieldType::Date, QT_TRANSLATE_NOOP("Dictionary", "Calibration due"), QT_TRANSLATE_NOOP("Dictionary", "Date the next calibration is due.")),
        activeField(),
    };
    eq.check = checkEquipment;
    list.append(eq);

    EntityDef person = plain(QStringLiteral("person"), QT_TRANSLATE_NOOP("Dictionary", "Person"), QT_TRANSLATE_NOOP("Dictionary", "A member of staff, optionally linked to a user account, with training records."),
                             QStringLiteral("Person"), QStringLiteral("person"), QStringLiteral("person.edit"));
    person.fields = {
        codeField(QT_TRANSLATE_NOOP("Dictionary", "Personnel number."), 20),
        nameField(QT_TRANSLATE_NOOP("Dictionary", "Full name.")),
        refField(QStringLiteral("username"), QStringLiteral("user"), QT_TRANSLATE_NOOP("Dictionary", "User"), QT_TRANSLATE_NOOP("Dictionary", "User account of this person, if any.")),
        blankText(QStringLiteral("department"), QT_TRANSLATE_NOOP("Dictionary", "Department"), QT_TRANSLATE_NOOP("Dictionary", "Department or team."), 80),
        activeField(),
    };
    list.append(person);

    EntityDef tr = plain(QStringLiteral("training_record"), QT_TRANSLATE_NOOP("Dictionary", "Training record"),
                         QT_TRANSLATE_NOOP("Dictionary", "Proof that a person was trained on one version of a procedure or routing, and until when it is valid."),
                         QStringLiteral("QualificationTestResult"), QStringLiteral("training_record"), QStringLiteral("training.edit"));
    tr.autoCode = true;
    tr.fields = {
        text(QStringLiteral("code"), QT_TRANSLATE_NOOP("Dictionary", "Number"), QT_TRANSLATE_NOOP("Dictionary", "Number given by the server."), 40).search(),
        refField(QStringLiteral("person"), QStringLiteral("person"), QT_TRANSLATE_NOOP("Dictionary", "Person"), QT_TRANSLATE_NOOP("Dictionary", "Who was trained.")).req().search(),
        text(QStringLiteral("procedure"), QT_TRANSLATE_NOOP("Dictionary", "Procedure"), QT_TRANSLATE_NOOP("Dictionary", "Procedure, work instruction or routing code trained on."), 60).req().search(),
        field(QStringLiteral("procedureVersion"), FieldType::Integer, QT_TRANSLATE_NOOP("Dictionary", "Procedure version"), QT_TRANSLATE_NOOP("Dictionary", "Version of the procedure trained on.")).req().min(QStringLiteral("1")),
        field(QStringLiteral("trainedOn"), FieldType::Date, QT_TRANSLATE_NOOP("Dictionary", "Trained on"), QT_TRANSLATE_NOOP("Dictionary", "Date of the training.")).req(),
        field(QStringLiteral("expiresOn"), FieldType::Date, QT_TRANSLATE_NOOP("Dictionary", "Expires on"), QT_TRANSLATE_NOOP("Dictionary", "Date the qualification lapses; empty if it does not.")),
        blankText(QStringLiteral("trainer"), QT_TRANSLATE_NOOP("Dictionary", "Trainer"), QT_TRANSLATE_NOOP("Dictionary", "Who trained or assessed."), 120),
        activeField(),
    };
    tr.check = checkTraining;
    list.append(tr);

    EntityDef supplier = plain(QStringLiteral("supplier"), QT_TRANSLATE_NOOP("Dictionary", "Supplier"), QT_TRANSLATE_NOOP("Dictionary", "A supplier and its status on the approved supplier list."),
                               QStringLiteral("Organization"), QStringLiteral("supplier"), QStringLiteral("supplier.edit"));
    supplier.fields = {
        codeField(QT_TRANSLATE_NOOP("Dictionary", "Supplier code, e.g. S-RESIN-01."), 24),
        nameField(QT_TRANSLATE_NOOP("Dictionary", "Legal name.")),
        enumField(QStringLiteral("approvalStatus"), {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("conditional"), QStringLiteral("disqualified")},
                  QT_TRANSLATE_NOOP("Dictionary", "Approval status"), QT_TRANSLATE_NOOP("Dictionary", "Status on the approved supplier list; only approved or conditional suppliers may be ordered from.")).req(),
        field(QStringLiteral("approvedUntil"), FieldType::Date, QT_TRANSLATE_NOOP("Dictionary", "Approved until"), QT_TRANSLATE_NOOP("Dictionary", "Date the approval must be renewed (re-audit).")),
        blankText(QStringLiteral("address"), QT_TRANSLATE_NOOP("Dictionary", "Address"), QT_TRANSLATE_NOOP("Dictionary", "Postal address."), 400),
        blankText(QStringLiteral("country"), QT_TRANSLATE_NOOP("Dictionary", "Country"), QT_TRANSLATE_NOOP("Dictionary", "Country."), 60),
        blankText(QStringLiteral("contact"), QT_TRANSLATE_NOOP("Dictionary", "Contact"), QT_TRANSLATE_NOOP("Dictionary", "Contact person."), 120),
        blankText(QStringLiteral("phone"), QT_TRANSLATE_NOOP("Dictionary", "Phone"), QT_TRANSLATE_NOOP("Dictionary", "Phone number."), 40),
        blankText(QStringLiteral("email"), QT_TRANSLATE_NOOP("Dictionary", "E-mail"), QT_TRANSLATE_NOOP("Dictionary", "E-mail address."), 120),
        activeField(),
    };
    list.append(supplier);

    EntityDef customer = plain(QStringLiteral("customer"), QT_TRANSLATE_NOOP("Dictionary", "Customer"), QT_TRANSLATE_NOOP("Dictionary", "A customer (hospital, distributor); recall reports name them."),
                               QStringLiteral("Organization"), QStringLiteral("customer"), QStringLiteral("customer.edit"));
    customer.fields = {
        codeField(QT_TRANSLATE_NOOP("Dictionary", "Customer code, e.g. C-SH-HOSP1."), 24),
        nameField(QT_TRANSLATE_NOOP("Dictionary", "Legal name.")),
        enumField(QStringLiteral("kind"), {QStringLiteral("hospital"), QStringLiteral("distributor"), QStringLiteral("clinic"), QStringLiteral("other")},
                  QT_TRANSLATE_NOOP("Dictionary", "Kind"), QT_TRANSLATE_NOOP("Dictionary", "Kind of customer.")).req(),
        blankText(QStringLiteral("address"), QT_TRANSLATE_NOOP("Dictionary", "Address"), QT_TRANSLATE_NOOP("Dictionary", "Billing address."), 400),
        blankText(QStringLiteral("country"), QT_TRANSLATE_NOOP("Dictionary", "Country"), QT_TRANSLATE_NOOP("Dictionary", "Country."), 60),
        blankText(QStringLiteral("contact"), QT_TRANSLATE_NOOP("Dictionary", "Contact"), QT_TRANSLATE_NOOP("Dictionary", "Contact person."), 120),
        blankText(QStringLiteral("phone"), QT_TRANSLATE_NOOP("Dictionary", "Phone"), QT_TRANSLATE_NOOP("Dictionary", "Phone number."), 40),
        blankText(QStringLiteral("email"), QT_TRANSLATE_NOOP("Dictionary", "E-mail"), QT_TRANSLATE_NOOP("Dictionary", "E-mail address."), 120),
        activeField(),
    };
    list.append(customer);

    EntityDef shipTo = plain(QStringLiteral("shipTo"), QT_TRANSLATE_NOOP("Dictionary", "Ship-to address"), QT_TRANSLATE_NOOP("Dictionary", "An address a customer's goods are shipped to (a consignee in a recall)."),
                             QStringLiteral("Location"), QStringLiteral("ship_to"), QStringLiteral("shipTo.edit"));
    shipTo.fields = {
        codeField(QT_TRANSLATE_NOOP("Dictionary", "Ship-to code."), 30),
        refField(QStringLiteral("customer"), QStringLiteral("customer"), QT_TRANSLATE_NOOP("Dictionary", "Customer"), QT_TRANSLATE_NOOP("Dictionary", "Customer the address belongs to.")).req().search(),
        nameField(QT_TRANSLATE_NOOP("Dictionary", "Name of the receiving site or department.")),
        text(QStringLiteral("address"), QT_TRANSLATE_NOOP("Dictionary", "Address"), QT_TRANSLATE_NOOP("Dictionary", "Street address."), 400).req(),
        blankText(QStringLiteral("city"), QT_TRANSLATE_NOOP("Dictionary", "City"), QT_TRANSLATE_NOOP("Dictionary", "City."), 80),
        blankText(QStringLiteral("country"), QT_TRANSLATE_NOOP("Dictionary", "Country"), QT_TRANSLATE_NOOP("Dictionary", "Country."), 60),
        blankText(QStringLiteral("contact"), QT_TRANSLATE_NOOP("Dictionary", "Contact"), QT_TRANSLATE_NOOP("Dictionary", "Person receiving goods."), 120),
        blankText(QStringLiteral("phone"), QT_TRANSLATE_NOOP("Dictionary", "Phone"), QT_TRANSLATE_NOOP("Dictionary", "Phone number."), 40),
        activeField(),
    };
    list.append(shipTo);

    EntityDef loc = plain(QStringLiteral("location"), QT_TRANSLATE_NOOP("Dictionary", "Storage location"),
                          QT_TRANSLATE_NOOP("Dictionary", "A place where stock is kept; its status type says what stock may be there (quarantine, released …)."),
                          QStringLiteral("StorageLocation"), QStringLiteral("storage_location"), QStringLiteral("location.edit"));
    loc.fields = {
        codeField(QT_TRANSLATE_NOOP("Dictionary", "Location code, e.g. WH-QUAR."), 20),
        nameField(QT_TRANSLATE_NOOP("Dictionary", "Name of the location.")),
        enumField(QStringLiteral("statusType"), {QStringLiteral("general"), QStringLiteral("quarantine"), QStringLiteral("released"), QStringLiteral("rejected"), QStringLiteral("on_hold")},
                  QT_TRANSLATE_NOOP("Dictionary", "Status type"), QT_TRANSLATE_NOOP("Dictionary", "Which lot status the stock here must have.")).req(),
        refField(QStringLiteral("parent"), QStringLiteral("location"), QT_TRANSLATE_NOOP("Dictionary", "Parent"), QT_TRANSLATE_NOOP("Dictionary", "Enclosing location (warehouse, room).")),
        blankText(QStringLiteral("storageConditions"), QT_TRANSLATE_NOOP("Dictionary", "Storage conditions"), QT_TRANSLATE_NOOP("Dictionary", "Conditions the location provides, e.g. 2–8 °C."), 200),
        activeField(),
    };
    loc.check = checkLocation;
    list.append(loc);
    return list;
}

} // namespace concord::masterdata
