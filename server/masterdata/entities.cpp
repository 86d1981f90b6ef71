#include "masterdata/entities.h"

#include <QtGlobal>

// Labels and descriptions are English source strings; the client translates them in the context
// "Dictionary" (QT_TRANSLATE_NOOP marks them for lupdate).
#define L(x) QT_TRANSLATE_NOOP("Dictionary", x)

namespace concord::masterdata {

namespace {
FieldDef text(const QString &name, const char *label, const char *description, int maxLength = 200)
{
    return field(name, FieldType::Text, label, description).len(maxLength);
}
FieldDef decimal(const QString &name, const char *label, const char *description)
{
    return field(name, FieldType::Decimal, label, description);
}
} // namespace

QList<EntityDef> productEntities()
{
    QList<EntityDef> list;

    EntityDef uom;
    uom.name = QStringLiteral("uom");
    uom.label = QStringLiteral(L("Unit of measure"));
    uom.description = QStringLiteral(L("A unit and its conversion to the base unit of its dimension: value in base = value × factor + zero offset."));
    uom.isa95 = QStringLiteral("UnitOfMeasure");
    uom.ownerModule = QStringLiteral("masterdata");
    uom.table = QStringLiteral("uom");
    uom.editPermission = QStringLiteral("uom.edit");
    uom.fields = {
        text(QStringLiteral("code"), L("Code"), L("Unit symbol as printed, e.g. kg, mL, °C."), 16).req().regex(QStringLiteral("[A-Za-z0-9%°µ/._-]{1,16}")).search(),
        text(QStringLiteral("name"), L("Name"), L("Full name of the unit."), 80).req().search(),
        enumField(QStringLiteral("dimension"),
                  {QStringLiteral("count"), QStringLiteral("mass"), QStringLiteral("length"), QStringLiteral("volume"), QStringLiteral("time"),
                   QStringLiteral("temperature"), QStringLiteral("pressure"), QStringLiteral("flow"), QStringLiteral("energy_density"),
                   QStringLiteral("current"), QStringLiteral("voltage"), QStringLiteral("resistance"), QStringLiteral("ratio"), QStringLiteral("force")},
                  L("Dimension"), L("What the unit measures; conversions exist only within one dimension.")).req(),
        decimal(QStringLiteral("factor"), L("Factor"), L("Multiplier to the dimension's base unit (the base unit has 1).")).req().min(QStringLiteral("0"), true),
        decimal(QStringLiteral("zeroOffset"), L("Zero offset"), L("Added after the factor (temperature scales); 0 for most units.")).byDefault(QStringLiteral("\"0\"")),
        field(QStringLiteral("active"), FieldType::Bool, L("Active"), L("Inactive units cannot be chosen for new data.")).byDefault(QStringLiteral("true")),
    };
    uom.check = checkUom;
    list.append(uom);

    EntityDef material;
    material.name = QStringLiteral("material");
    material.label = QStringLiteral(L("Material"));
    material.description = QStringLiteral(L("Anything stocked or made: raw material, purchased part, semi-finished or finished device, packaging."));
    material.isa95 = QStringLiteral("MaterialDefinition");
    material.ownerModule = QStringLiteral("masterdata");
    material.table = QStringLiteral("material");
    material.kind = EntityKind::Versioned;
    material.codingRule = QStringLiteral("material");
    material.editPermission = QStringLiteral("material.edit");
    material.fields = {
        text(QStringLiteral("code"), L("Code"), L("Material code; never changes (统一编码)."), 40).req().search().isa(QStringLiteral("ID")),
        text(QStringLiteral("name"), L("Name"), L("Name of the material as used on documents."), 120).req().search().isa(QStringLiteral("Description")),
        text(QStringLiteral("description"), L("Description"), L("Longer description, specification reference."), 1000).byDefault(QStringLiteral("\"\"")),
        enumField(QStringLiteral("type"),
                  {QStringLiteral("raw"), QStringLiteral("purchased"), QStringLiteral("semi_finished"), QStringLiteral("finished"),
                   QStringLiteral("packaging"), QStringLiteral("consumable")},
                  L("Type"), L("Kind of material; finished materials are medical devices with a GTIN.")).req().isa(QStringLiteral("MaterialClass")),
        refField(QStringLiteral("unit"), QStringLiteral("uom"), L("Unit"), L("Unit in which the material is stocked and counted.")).req().isa(QStringLiteral("UnitOfMeasure")),
        enumField(QStringLiteral("tracking"), {QStringLiteral("none"), QStringLiteral("lot"), QStringLiteral("serial")}, L("Tracking"),
                  L("Whether stock and genealogy are kept per lot, per serial number, or not at all.")).req(),
        field(QStringLiteral("shelfLifeDays"), FieldType::Integer, L("Shelf life"), L("Days from manufacture or receipt to expiry; empty if unlimited.")).min(QStringLiteral("0")).max(QStringLiteral("36500")).inUnit(QStringLiteral("d")),
        text(QStringLiteral("storageConditions"), L("Storage conditions"), L("E.g. 15–25 °C, dry, away from light."), 200).byDefault(QStringLiteral("\"\"")),
        text(QStringLiteral("gtin"), L("GTIN"), L("GS1 Global Trade Item Number (14 digits with check digit): the UDI device identifier."), 14).regex(QStringLiteral("[0-9]{14}")),
        enumField(QStringLiteral("deviceClass"), {QStringLiteral("I"), QStringLiteral("IIa"), QStringLiteral("IIb"), QStringLiteral("II"), QStringLiteral("III")},
                  L("Device class"), L("Regulatory risk class of a finished device (EU I–III, US/China I–III).")),
    };
    material.check = checkMaterial;
    list.append(material);

    EntityDef bom;
    bom.name = QStringLiteral("bom");
    bom.label = QStringLiteral(L("Bill of materials"));
    bom.description = QStringLiteral(L("Components and quantities needed to make one base quantity of a material; its code is the material's code."));
    bom.isa95 = QStringLiteral("BillOfMaterials");
    bom.ownerModule = QStringLiteral("masterdata");
    bom.table = QStringLiteral("bom");
    bom.kind = EntityKind::Versioned;
    bom.codingRule = QStringLiteral("material");
    bom.editPermission = QStringLiteral("bom.edit");
    bom.fields = {
        refField(QStringLiteral("code"), QStringLiteral("material"), L("Material"), L("Code of the material this BOM makes.")).req().search().isa(QStringLiteral("MaterialDefinitionID")),
        decimal(QStringLiteral("baseQuantity"), L("Base quantity"), L("Quantity of the parent material the lines are for, in its unit.")).req().min(QStringLiteral("0"), true).byDefault(QStringLiteral("\"1\"")),
        text(QStringLiteral("note"), L("Note"), L("Free note about this version."), 1000).byDefault(QStringLiteral("\"\"")),
    };
    bom.check = checkBom;
    list.append(bom);

    EntityDef line;
    line.name = QStringLiteral("bom_line");
    line.label = QStringLiteral(L("BOM line"));
    line.description = QStringLiteral(L("One component of a BOM version."));
    line.isa95 = QStringLiteral("BillOfMaterialsItem");
    line.ownerModule = QStringLiteral("masterdata");
    line.table = QStringLiteral("bom_line");
    line.kind = EntityKind::Child;
    line.parent = QStringLiteral("bom");
    line.member = QStringLiteral("lines");
    line.fields = {
        field(QStringLiteral("position"), FieldType::Integer, L("Position"), L("Line number, unique in the version.")).req().min(QStringLiteral("1")).max(QStringLiteral("9999")).asKey(),
        refField(QStringLiteral("component"), QStringLiteral("material"), L("Component"), L("Material consumed.")).req().isa(QStringLiteral("MaterialDefinitionID")),
        decimal(QStringLiteral("qtyPer"), L("Quantity per"), L("Quantity of the component per base quantity of the parent; greater than 0.")).req().min(QStringLiteral("0"), true).unitFrom(QStringLiteral("unit")).isa(QStringLiteral("Quantity")),
        refField(QStringLiteral("unit"), QStringLiteral("uom"), L("Unit"), L("Unit of the quantity; same dimension as the component's unit.")).req(),
        decimal(QStringLiteral("scrapFactor"), L("Scrap factor"), L("Expected loss as a fraction (0.02 = 2 %), from 0 to 0.9.")).min(QStringLiteral("0")).max(QStringLiteral("0.9")).byDefault(QStringLiteral("\"0\"")),
        text(QStringLiteral("note"), L("Note"), L("Free note about this line."), 500).byDefault(QStringLiteral("\"\"")),
    };
    list.append(line);

    EntityDef routing;
    routing.name = QStringLiteral("routing");
    routing.label = QStringLiteral(L("Routing"));
    routing.description = QStringLiteral(L("The controlled process for making a material: operations, work centres, times and process parameter limits."));
    routing.isa95 = QStringLiteral("OperationsDefinition");
    routing.ownerModule = QStringLiteral("masterdata");
    routing.table = QStringLiteral("routing");
    routing.kind = EntityKind::Versioned;
    routing.codingRule = QStringLiteral("routing");
    routing.editPermission = QStringLiteral("routing.edit");
    routing.fields = {
        text(QStringLiteral("code"), L("Code"), L("Routing code, e.g. RT-INFUSION-SET."), 40).req().search().isa(QStringLiteral("ID")),
        text(QStringLiteral("name"), L("Name"), L("Name of the process."), 120).req().search(),
        refField(QStringLiteral("material"), QStringLiteral("material"), L("Material"), L("Material this routing makes.")).req().search(),
        text(QStringLiteral("note"), L("Note"), L("Free note about this version."), 1000).byDefault(QStringLiteral("\"\"")),
    };
    routing.check = checkRouting;
    list.append(routing);

    EntityDef op;
    op.name = QStringLiteral("routing_operation");
    op.label = QStringLiteral(L("Operation"));
    op.description = QStringLiteral(L("One step of a routing version."));
    op.isa95 = QStringLiteral("OperationsSegment");
    op.ownerModule = QStringLiteral("masterdata");
    op.table = QStringLiteral("routing_operation");
    op.kind = EntityKind::Child;
    op.parent = QStringLiteral("routing");
    op.member = QStringLiteral("operations");
    op.fields = {
        field(QStringLiteral("seq"), FieldType::Integer, L("Sequence"), L("Operation number (10, 20 …), unique in the version.")).req().min(QStringLiteral("1")).max(QStringLiteral("9999")).asKey(),
        text(QStringLiteral("name"), L("Name"), L("What is done."), 120).req(),
        refField(QStringLiteral("workCentre"), QStringLiteral("equipment"), L("Work centre"), L("Equipment (work centre level) where the operation runs.")).req().isa(QStringLiteral("EquipmentSpecification")),
        decimal(QStringLiteral("setupMinutes"), L("Set-up time"), L("Standard set-up time per order.")).min(QStringLiteral("0")).inUnit(QStringLiteral("min")).byDefault(QStringLiteral("\"0\"")),
        decimal(QStringLiteral("runMinutes"), L("Run time"), L("Standard run time per unit.")).min(QStringLiteral("0")).inUnit(QStringLiteral("min")).byDefault(QStringLiteral("\"0\"")),
        text(QStringLiteral("qualification"), L("Qualification"), L("Training procedure an operator needs (a training record for it must be valid)."), 60).byDefault(QStringLiteral("\"\"")).isa(QStringLiteral("PersonnelSpecification")),
        field(QStringLiteral("inspectionPoint"), FieldType::Bool, L("Inspection point"), L("Results must be inspected before the next operation.")).byDefault(QStringLiteral("false")),
        field(QStringLiteral("secondPerson"), FieldType::Bool, L("Second-person verification"), L("A second person must verify the step.")).byDefault(QStringLiteral("false")),
        text(QStringLiteral("instructions"), L("Instructions"), L("Work instruction reference or short text."), 2000).byDefault(QStringLiteral("\"\"")),
    };
    list.append(op);

    EntityDef param;
    param.name = QStringLiteral("routing_parameter");
    param.label = QStringLiteral(L("Process parameter"));
    param.description = QStringLiteral(L("A value captured at an operation and checked against its limits (minimum ≤ target ≤ maximum)."));
    param.isa95 = QStringLiteral("ParameterSpecification");
    param.ownerModule = QStringLiteral("masterdata");
    param.table = QStringLiteral("routing_parameter");
    param.kind = EntityKind::Child;
    param.parent = QStringLiteral("routing");
    param.member = QStringLiteral("parameters");
    param.fields = {
        field(QStringLiteral("operation"), FieldType::Integer, L("Operation"), L("Sequence number of the operation the parameter belongs to.")).req().min(QStringLiteral("1")).max(QStringLiteral("9999")).asKey(),
        text(QStringLiteral("name"), L("Name"), L("Parameter name, e.g. seal temperature."), 80).req().asKey().isa(QStringLiteral("ID")),
        decimal(QStringLiteral("target"), L("Target"), L("Nominal value.")).unitFrom(QStringLiteral("unit")),
        decimal(QStringLiteral("minimum"), L("Minimum"), L("Lowest acceptable value (inclusive).")).unitFrom(QStringLiteral("unit")),
        decimal(QStringLiteral("maximum"), L("Maximum"), L("Highest acceptable value (inclusive).")).unitFrom(QStringLiteral("unit")),
        refField(QStringLiteral("unit"), QStringLiteral("uom"), L("Unit"), L("Unit of target and limits.")).req().isa(QStringLiteral("UnitOfMeasure")),
    };
    list.append(param);
    return list;
}

} // namespace concord::masterdata
