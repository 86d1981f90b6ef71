#include "masterdata/entities.h"

#include <QtGlobal>

// Labels and descriptions are English source strings; the client translates them in the context
// "Dictionary" (QT_TRANSLATE_NOOP marks them for lupdate).

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
    uom.label = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "Unit of measure"));
    uom.description = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "A unit and its conversion to the base unit of its dimension: value in base = value × factor + zero offset."));
    uom.isa95 = QStringLiteral("UnitOfMeasure");
    uom.ownerModule = QStringLiteral("masterdata");
    uom.table = QStringLiteral("uom");
    uom.editPermission = QStringLiteral("uom.edit");
    uom.fields = {
        text(QStringLiteral("code"), QT_TRANSLATE_NOOP("Dictionary", "Code"), QT_TRANSLATE_NOOP("Dictionary", "Unit symbol as printed, e.g. kg, mL, °C."), 16).req().regex(QStringLiteral("[A-Za-z0-9%°µ/._-]{1,16}")).search(),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Dictionary", "Name"), QT_TRANSLATE_NOOP("Dictionary", "Full name of the unit."), 80).req().search(),
        enumField(QStringLiteral("dimension"),
                  {QStringLiteral("count"), QStringLiteral("mass"), QStringLiteral("length"), QStringLiteral("volume"), QStringLiteral("time"),
                   QStringLiteral("temperature"), QStringLiteral("pressure"), QStringLiteral("flow"), QStringLiteral("energy_density"),
                   QStringLiteral("current"), QStringLiteral("voltage"), QStringLiteral("resistance"), QStringLiteral("ratio"), QStringLiteral("force")},
                  QT_TRANSLATE_NOOP("Dictionary", "Dimension"), QT_TRANSLATE_NOOP("Dictionary", "What the unit measures; conversions exist only within one dimension.")).req(),
        decimal(QStringLiteral("factor"), QT_TRANSLATE_NOOP("Dictionary", "Factor"), QT_TRANSLATE_NOOP("Dictionary", "Multiplier to the dimension's base unit (the base unit has 1).")).req().min(QStringLiteral("0"), true),
        decimal(QStringLiteral("zeroOffset"), QT_TRANSLATE_NOOP("Dictionary", "Zero offset"), QT_TRANSLATE_NOOP("Dictionary", "Added after the factor (temperature scales); 0 for most units.")).byDefault(QStringLiteral("\"0\"")),
        field(QStringLiteral("active"), FieldType::Bool, QT_TRANSLATE_NOOP("Dictionary", "Active"), QT_TRANSLATE_NOOP("Dictionary", "Inactive units cannot be chosen for new data.")).byDefault(QStringLiteral("true")),
    };
    uom.check = checkUom;
    list.append(uom);

    EntityDef material;
    material.name = QStringLiteral("material");
    material.label = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "Material"));
    material.description = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "Anything stocked or made: raw material, purchased part, semi-finished or finished device, packaging."));
    material.isa95 = QStringLiteral("MaterialDefinition");
    material.ownerModule = QStringLiteral("masterdata");
    material.table = QStringLiteral("material");
    material.kind = EntityKind::Versioned;
    material.codingRule = QStringLiteral("material");
    material.editPermission = QStringLiteral("material.edit");
    material.fields = {
        text(QStringLiteral("code"), QT_TRANSLATE_NOOP("Dictionary", "Code"), QT_TRANSLATE_NOOP("Dictionary", "Material code; never changes (统一编码)."), 40).req().search().isa(QStringLiteral("ID")),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Dictionary", "Name"), QT_TRANSLATE_NOOP("Dictionary", "Name of the material as used on documents."), 120).req().search().isa(QStringLiteral("Description")),
        text(QStringLiteral("description"), QT_TRANSLATE_NOOP("Dictionary", "Description"), QT_TRANSLATE_NOOP("Dictionary", "Longer description, specification reference."), 1000).byDefault(QStringLiteral("\"\"")),
        enumField(QStringLiteral("type"),
                  {QStringLiteral("raw"), QStringLiteral("purchased"), QStringLiteral("semi_finished"), QStringLiteral("finished"),
                   QStringLiteral("packaging"), QStringLiteral("consumable")},
                  QT_TRANSLATE_NOOP("Dictionary", "Type"), QT_TRANSLATE_NOOP("Dictionary", "Kind of material; finished materials are medical devices with a GTIN.")).req().isa(QStringLiteral("MaterialClass")),
        refField(QStringLiteral("unit"), QStringLiteral("uom"), QT_TRANSLATE_NOOP("Dictionary", "Unit"), QT_TRANSLATE_NOOP("Dictionary", "Unit in which the material is stocked and counted.")).req().isa(QStringLiteral("UnitOfMeasure")),
        enumField(QStringLiteral("tracking"), {QStringLiteral("none"), QStringLiteral("lot"), QStringLiteral("serial")}, QT_TRANSLATE_NOOP("Dictionary", "Tracking"),
                  QT_TRANSLATE_NOOP("Dictionary", "Whether stock and genealogy are kept per lot, per serial number, or not at all.")).req(),
        field(QStringLiteral("shelfLifeDays"), FieldType::Integer, QT_TRANSLATE_NOOP("Dictionary", "Shelf life"), QT_TRANSLATE_NOOP("Dictionary", "Days from manufacture or receipt to expiry; empty if unlimited.")).min(QStringLiteral("0")).max(QStringLiteral("36500")).inUnit(QStringLiteral("d")),
        text(QStringLiteral("storageConditions"), QT_TRANSLATE_NOOP("Dictionary", "Storage conditions"), QT_TRANSLATE_NOOP("Dictionary", "E.g. 15–25 °C, dry, away from light."), 200).byDefault(QStringLiteral("\"\"")),
        text(QStringLiteral("gtin"), QT_TRANSLATE_NOOP("Dictionary", "GTIN"), QT_TRANSLATE_NOOP("Dictionary", "GS1 Global Trade Item Number (14 digits with check digit): the UDI device identifier."), 14).regex(QStringLiteral("[0-9]{14}")),
        enumField(QStringLiteral("deviceClass"), {QStringLiteral("I"), QStringLiteral("IIa"), QStringLiteral("IIb"), QStringLiteral("II"), QStringLiteral("III")},
                  QT_TRANSLATE_NOOP("Dictionary", "Device class"), QT_TRANSLATE_NOOP("Dictionary", "Regulatory risk class of a finished device (EU I–III, US/China I–III).")),
    };
    material.check = checkMaterial;
    list.append(material);

    EntityDef bom;
    bom.name = QStringLiteral("bom");
    bom.label = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "Bill of materials"));
    bom.description = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "Components and quantities needed to make one base quantity of a material; its code is the material's code."));
    bom.isa95 = QStringLiteral("BillOfMaterials");
    bom.ownerModule = QStringLiteral("masterdata");
    bom.table = QStringLiteral("bom");
    bom.kind = EntityKind::Versioned;
    bom.codingRule = QStringLiteral("material");
    bom.editPermission = QStringLiteral("bom.edit");
    bom.fields = {
        refField(QStringLiteral("code"), QStringLiteral("material"), QT_TRANSLATE_NOOP("Dictionary", "Material"), QT_TRANSLATE_NOOP("Dictionary", "Code of the material this BOM makes.")).req().search().isa(QStringLiteral("MaterialDefinitionID")),
        decimal(QStringLiteral("baseQuantity"), QT_TRANSLATE_NOOP("Dictionary", "Base quantity"), QT_TRANSLATE_NOOP("Dictionary", "Quantity of the parent material the lines are for, in its unit.")).req().min(QStringLiteral("0"), true).byDefault(QStringLiteral("\"1\"")),
        text(QStringLiteral("note"), QT_TRANSLATE_NOOP("Dictionary", "Note"), QT_TRANSLATE_NOOP("Dictionary", "Free note about this version."), 1000).byDefault(QStringLiteral("\"\"")),
    };
    bom.check = checkBom;
    list.append(bom);

    EntityDef line;
    line.name = QStringLiteral("bom_line");
    line.label = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "BOM line"));
    line.description = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "One component of a BOM version."));
    line.isa95 = QStringLiteral("BillOfMaterialsItem");
    line.ownerModule = QStringLiteral("masterdata");
    line.table = QStringLiteral("bom_line");
    line.kind = EntityKind::Child;
    line.parent = QStringLiteral("bom");
    line.member = QStringLiteral("lines");
    line.fields = {
        field(QStringLiteral("position"), FieldType::Integer, QT_TRANSLATE_NOOP("Dictionary", "Position"), QT_TRANSLATE_NOOP("Dictionary", "Line number, unique in the version.")).req().min(QStringLiteral("1")).max(QStringLiteral("9999")).asKey(),
        refField(QStringLiteral("component"), QStringLiteral("material"), QT_TRANSLATE_NOOP("Dictionary", "Component"), QT_TRANSLATE_NOOP("Dictionary", "Material consumed.")).req().isa(QStringLiteral("MaterialDefinitionID")),
        decimal(QStringLiteral("qtyPer"), QT_TRANSLATE_NOOP("Dictionary", "Quantity per"), QT_TRANSLATE_NOOP("Dictionary", "Quantity of the component per base quantity of the parent; greater than 0.")).req().min(QStringLiteral("0"), true).unitFrom(QStringLiteral("unit")).isa(QStringLiteral("Quantity")),
        refField(QStringLiteral("unit"), QStringLiteral("uom"), QT_TRANSLATE_NOOP("Dictionary", "Unit"), QT_TRANSLATE_NOOP("Dictionary", "Unit of the quantity; same dimension as the component's unit.")).req(),
        decimal(QStringLiteral("scrapFactor"), QT_TRANSLATE_NOOP("Dictionary", "Scrap factor"), QT_TRANSLATE_NOOP("Dictionary", "Expected loss as a fraction (0.02 = 2 %), from 0 to 0.9.")).min(QStringLiteral("0")).max(QStringLiteral("0.9")).byDefault(QStringLiteral("\"0\"")),
        text(QStringLiteral("note"), QT_TRANSLATE_NOOP("Dictionary", "Note"), QT_TRANSLATE_NOOP("Dictionary", "Free note about this line."), 500).byDefault(QStringLiteral("\"\"")),
    };
    list.append(line);

    EntityDef routing;
    routing.name = QStringLiteral("routing");
    routing.label = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "Routing"));
    routing.description = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "The controlled process for making a material: operations, work centres, times and process parameter limits."));
    routing.isa95 = QStringLiteral("OperationsDefinition");
    routing.ownerModule = QStringLiteral("masterdata");
    routing.table = QStringLiteral("routing");
    routing.kind = EntityKind::Versioned;
    routing.codingRule = QStringLiteral("routing");
    routing.editPermission = QStringLiteral("routing.edit");
    routing.fields = {
        text(QStringLiteral("code"), QT_TRANSLATE_NOOP("Dictionary", "Code"), QT_TRANSLATE_NOOP("Dictionary", "Routing code, e.g. RT-INFUSION-SET."), 40).req().search().isa(QStringLiteral("ID")),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Dictionary", "Name"), QT_TRANSLATE_NOOP("Dictionary", "Name of the process."), 120).req().search(),
        refField(QStringLiteral("material"), QStringLiteral("material"), QT_TRANSLATE_NOOP("Dictionary", "Material"), QT_TRANSLATE_NOOP("Dictionary", "Material this routing makes.")).req().search(),
        text(QStringLiteral("note"), QT_TRANSLATE_NOOP("Dictionary", "Note"), QT_TRANSLATE_NOOP("Dictionary", "Free note about this version."), 1000).byDefault(QStringLiteral("\"\"")),
    };
    routing.check = checkRouting;
    list.append(routing);

    EntityDef op;
    op.name = QStringLiteral("routing_operation");
    op.label = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "Operation"));
    op.description = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "One step of a routing version."));
    op.isa95 = QStringLiteral("OperationsSegment");
    op.ownerModule = QStringLiteral("masterdata");
    op.table = QStringLiteral("routing_operation");
    op.kind = EntityKind::Child;
    op.parent = QStringLiteral("routing");
    op.member = QStringLiteral("operations");
    op.fields = {
        field(QStringLiteral("seq"), FieldType::Integer, QT_TRANSLATE_NOOP("Dictionary", "Sequence"), QT_TRANSLATE_NOOP("Dictionary", "Operation number (10, 20 …), unique in the version.")).req().min(QStringLiteral("1")).max(QStringLiteral("9999")).asKey(),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Dictionary", "Name"), QT_TRANSLATE_NOOP("Dictionary", "What is done."), 120).req(),
        refField(QStringLiteral("workCentre"), QStringLiteral("equipment"), QT_TRANSLATE_NOOP("Dictionary", "Work centre"), QT_TRANSLATE_NOOP("Dictionary", "Equipment (work centre level) where the operation runs.")).req().isa(QStringLiteral("EquipmentSpecification")),
        decimal(QStringLiteral("setupMinutes"), QT_TRANSLATE_NOOP("Dictionary", "Set-up time"), QT_TRANSLATE_NOOP("Dictionary", "Standard set-up time per order.")).min(QStringLiteral("0")).inUnit(QStringLiteral("min")).byDefault(QStringLiteral("\"0\"")),
        decimal(QStringLiteral("runMinutes"), QT_TRANSLATE_NOOP("Dictionary", "Run time"), QT_TRANSLATE_NOOP("Dictionary", "Standard run time per unit.")).min(QStringLiteral("0")).inUnit(QStringLiteral("min")).byDefault(QStringLiteral("\"0\"")),
        text(QStringLiteral("qualification"), QT_TRANSLATE_NOOP("Dictionary", "Qualification"), QT_TRANSLATE_NOOP("Dictionary", "Training procedure an operator needs (a training record for it must be valid)."), 60).byDefault(QStringLiteral("\"\"")).isa(QStringLiteral("PersonnelSpecification")),
        field(QStringLiteral("inspectionPoint"), FieldType::Bool, QT_TRANSLATE_NOOP("Dictionary", "Inspection point"), QT_TRANSLATE_NOOP("Dictionary", "Results must be inspected before the next operation.")).byDefault(QStringLiteral("false")),
        field(QStringLiteral("secondPerson"), FieldType::Bool, QT_TRANSLATE_NOOP("Dictionary", "Second-person verification"), QT_TRANSLATE_NOOP("Dictionary", "A second person must verify the step.")).byDefault(QStringLiteral("false")),
        text(QStringLiteral("instructions"), QT_TRANSLATE_NOOP("Dictionary", "Instructions"), QT_TRANSLATE_NOOP("Dictionary", "Work instruction reference or short text."), 2000).byDefault(QStringLiteral("\"\"")),
    };
    list.append(op);

    EntityDef param;
    param.name = QStringLiteral("routing_parameter");
    param.label = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "Process parameter"));
    param.description = QStringLiteral(QT_TRANSLATE_NOOP("Dictionary", "A value captured at an operation and checked against its limits (minimum ≤ target ≤ maximum)."));
    param.isa95 = QStringLiteral("ParameterSpecification");
    param.ownerModule = QStringLiteral("masterdata");
    param.table = QStringLiteral("routing_parameter");
    param.kind = EntityKind::Child;
    param.parent = QStringLiteral("routing");
    param.member = QStringLiteral("parameters");
    param.fields = {
        field(QStringLiteral("operation"), FieldType::Integer, QT_TRANSLATE_NOOP("Dictionary", "Operation"), QT_TRANSLATE_NOOP("Dictionary", "Sequence number of the operation the parameter belongs to.")).req().min(QStringLiteral("1")).max(QStringLiteral("9999")).asKey(),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Dictionary", "Name"), QT_TRANSLATE_NOOP("Dictionary", "Parameter name, e.g. seal temperature."), 80).req().asKey().isa(QStringLiteral("ID")),
        decimal(QStringLiteral("target"), QT_TRANSLATE_NOOP("Dictionary", "Target"), QT_TRANSLATE_NOOP("Dictionary", "Nominal value.")).unitFrom(QStringLiteral("unit")),
        decimal(QStringLiteral("minimum"), QT_TRANSLATE_NOOP("Dictionary", "Minimum"), QT_TRANSLATE_NOOP("Dictionary", "Lowest acceptable value (inclusive).")).unitFrom(QStringLiteral("unit")),
        decimal(QStringLiteral("maximum"), QT_TRANSLATE_NOOP("Dictionary", "Maximum"), QT_TRANSLATE_NOOP("Dictionary", "Highest acceptable value (inclusive).")).unitFrom(QStringLiteral("unit")),
        refField(QStringLiteral("unit"), QStringLiteral("uom"), QT_TRANSLATE_NOOP("Dictionary", "Unit"), QT_TRANSLATE_NOOP("Dictionary", "Unit of target and limits.")).req().isa(QStringLiteral("UnitOfMeasure")),
    };
    list.append(param);
    return list;
}

} // namespace concord::masterdata
