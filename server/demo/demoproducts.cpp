// The product side of the demo master data: materials, BOMs and routings of the single-use infusion
// set (一次性使用输液器) and the infusion pump (输液泵), written by the process engineer and released
// by change orders that QA reviews and approves — then the later changes that give the version and
// change-control screens a history: a superseded routing, an order in review, a rejected one, a draft.
#include "demo/demomasterdata.h"
#include "demo/demoscript.h"

#include <QJsonArray>
#include <climits>

namespace concord::demo {

namespace {
constexpr int kNone = INT_MIN;
const QString kEngineer = QStringLiteral("engineer");

struct Material
{
    const char *code;
    const char *name;
    const char *type;
    const char *unit;
    const char *tracking;
    int shelfLifeDays;
    const char *storage;
    const char *description = "";
    const char *gtin = nullptr; // GS1 GTIN-14 with a valid check digit; finished devices only
    const char *deviceClass = nullptr;
};

// Released by ECO 1 (minor): packaging and labelling.
const Material kPackaging[] = {
    {"PK-TYVEK-POUCH", "Peel pouch, Tyvek / PET-PE film, 110 × 380 mm", "packaging", "pcs", "lot", 1825, "15-30 °C, dry",
     "Sterile barrier system per ISO 11607-1; breathable for EO."},
    {"PK-LABEL-IV", "Pouch label, infusion set, with UDI (GS1 DataMatrix)", "packaging", "pcs", "lot", kNone, "15-30 °C, dry",
     "Label artwork LA-IV-001; (01) GTIN, (17) expiry, (10) lot."},
    {"PK-SHIPPER-IV50", "Shipper carton for 50 infusion sets", "packaging", "pcs", "none", kNone, "Dry"},
    {"PK-LABEL-UDI-PUMP", "Rating and UDI label VP-300 (GS1 DataMatrix)", "packaging", "pcs", "lot", kNone, "15-30 °C, dry",
     "Label artwork LA-VP300-002; (01) GTIN, (11) production date, (21) serial."},
    {"PK-IFU-PUMP", "Instructions for use VP-300 (English / Chinese)", "packaging", "pcs", "lot", kNone, "Dry", "Document IFU-VP300 rev D."},
    {"PK-CARTON-PUMP", "Single carton with foam inserts, VP-300", "packaging", "pcs", "none", kNone, "Dry"},
};

// Released by ECO 2 (major) with the BOMs and the routing of the infusion set.
const Material kInfusionSet[] = {
    {"RM-PC-ABS-RESIN", "PC/ABS resin, medical grade, natural", "raw", "kg", "lot", 1095, "Dry, sealed bags, 15-30 °C",
     "ISO 10993 and USP class VI; dried 4 h at 100 °C before moulding."},
    {"SA-DRIP-CHAMBER", "Drip chamber with spike, 20 drops/mL", "semi_finished", "pcs", "lot", kNone, "Cleanroom supermarket, bagged",
     "Moulded in-house on IMM-01 (4-cavity tool T-DC-04) from one resin lot per moulding lot."},
    {"RM-PVC-TUBING", "PVC tubing, DEHP-free, 3.0 × 4.1 mm, medical grade", "raw", "m", "lot", 1095, "15-25 °C, away from light"},
    {"PU-ROLLER-CLAMP", "Roller clamp, ABS, for 4.1 mm tubing", "purchased", "pcs", "lot", 1825, "15-30 °C, dry"},
    {"PU-FILTER-15UM", "In-line fluid filter 15 µm (Hangzhou Filtration HF-15)", "purchased", "pcs", "lot", 1825, "15-30 °C, dry",
     "Supplier S-FILTER-01; drawing DWG-IV-014."},
    {"PU-NEEDLE-21G", "Hypodermic needle 21G × 1½ in, with cap", "purchased", "pcs", "lot", 1825, "15-30 °C, dry"},
    {"CS-UV-ADHESIVE", "UV-curing medical adhesive, ISO 10993 tested", "consumable", "mL", "lot", 365, "2-8 °C, away from light"},
    {"FG-INFUSION-SET", "Single-use infusion set, gravity, 20 drops/mL, 21G needle", "finished", "pcs", "lot", 1825,
     "5-40 °C, RH up to 80 %, away from sunlight",
     "一次性使用输液器. Sterile (EO), single use, DEHP-free; 15 µm filter, roller clamp, Luer lock, 1.8 m tubing. Specification PS-IV-001.",
     "06971234500014", "IIa"},
};

// Released by ECO 3 (major) with the BOM and the routing of the pump.
const Material kPump[] = {
    {"PU-PCBA-MAIN", "Main controller PCBA VP-300, firmware 2.4", "purchased", "pcs", "serial", kNone, "ESD protected, 15-25 °C",
     "Supplier S-PCBA-01; each board serialised, firmware version recorded at PCBA test."},
    {"PU-MOTOR-STEP", "Stepper motor with planetary gearbox 1:64", "purchased", "pcs", "lot", kNone, "15-30 °C, dry"},
    {"PU-HOUSING", "Housing set VP-300 (front and rear), PC/ABS V-0", "purchased", "pcs", "lot", kNone, "15-30 °C, dry"},
    {"PU-SCREW-M3X8", "Screw M3 × 8, stainless A2, Torx", "purchased", "pcs", "none", kNone, "Dry"},
    {"PU-BATTERY-LI", "Li-ion battery pack 7.4 V 2600 mAh with protection circuit", "purchased", "pcs", "lot", 730,
     "15-25 °C, stored at 40-60 % charge"},
    {"FG-INFUSION-PUMP", "Volumetric infusion pump VP-300", "finished", "pcs", "serial", kNone,
     "Transport -20-55 °C; operation 5-40 °C",
     "输液泵. Mains / battery, 0.1-1200 mL/h, IEC 60601-1 and IEC 60601-2-24. Specification PS-VP300-001.", "06971234500021", "IIb"},
};

QJsonObject materialData(const Material &m)
{
    return rec({{"code", m.code},
                {"name", m.name},
                {"description", m.description},
                {"type", m.type},
                {"unit", m.unit},
                {"tracking", m.tracking},
                {"shelfLifeDays", m.shelfLifeDays == kNone ? QJsonValue(QJsonValue::Null) : QJsonValue(m.shelfLifeDays)},
                {"storageConditions", m.storage},
                {"gtin", m.gtin ? QJsonValue(m.gtin) : QJsonValue(QJsonValue::Null)},
                {"deviceClass", m.deviceClass ? QJsonValue(m.deviceClass) : QJsonValue(QJsonValue::Null)}});
}

QJsonObject line(int position, const char *component, const char *qtyPer, const char *unit, const char *scrap, const char *note = "")
{
    return rec({{"position", position}, {"component", component}, {"qtyPer", qtyPer}, {"unit", unit}, {"scrapFactor", scrap}, {"note", note}});
}

QJsonObject dripChamberBom()
{
    return rec({{"code", "SA-DRIP-CHAMBER"},
                {"baseQuantity", "1"},
                {"note", "Shot weight 17.6 g for 4 cavities incl. runner; runners are not reground (medical grade)."},
                {"lines", QJsonArray{line(10, "RM-PC-ABS-RESIN", "4.4", "g", "0.03", "Purging and start-up losses")}}});
}

// `secondSourceFilter`: version 2 of the change order still in review.
QJsonObject infusionSetBom(bool secondSourceFilter)
{
    return rec({{"code", "FG-INFUSION-SET"},
                {"baseQuantity", "1"},
                {"note", secondSourceFilter ? "Filter from second source S-FILTER-02 (PU-FILTER-15UM-B), equivalence report EQ-IV-2026-03."
                                            : "Initial release, design transfer file DTF-IV-001."},
                {"lines", QJsonArray{line(10, "SA-DRIP-CHAMBER", "1", "pcs", "0.005"),
                                     line(20, "RM-PVC-TUBING", "1.8", "m", "0.02", "Cut length 1 800 mm ± 10 mm"),
                                     line(30, "PU-ROLLER-CLAMP", "1", "pcs", "0.002"),
                                     line(40, secondSourceFilter ? "PU-FILTER-15UM-B" : "PU-FILTER-15UM", "1", "pcs", "0.002"),
                                     line(50, "PU-NEEDLE-21G", "1", "pcs", "0.003"),
                                     line(60, "CS-UV-ADHESIVE", "0.08", "mL", "0.1", "Three bond points"),
                                     line(70, "PK-TYVEK-POUCH", "1", "pcs", "0.01"),
                                     line(80, "PK-LABEL-IV", "1", "pcs", "0.02"),
                                     line(90, "PK-SHIPPER-IV50", "0.02", "pcs", "0")}}});
}

QJsonObject pumpBom()
{
    return rec({{"code", "FG-INFUSION-PUMP"},
                {"baseQuantity", "1"},
                {"note", "Initial release, design transfer file DTF-VP300-001."},
                {"lines", QJsonArray{line(10, "PU-PCBA-MAIN", "1", "pcs", "0", "Serial number recorded in the device history record"),
                                     line(20, "PU-MOTOR-STEP", "1", "pcs", "0"),
                                     line(30, "PU-HOUSING", "1", "pcs", "0.005"),
                                     line(40, "PU-SCREW-M3X8", "12", "pcs", "0.02", "Torque 0.6 N·m"),
                                     line(50, "PU-BATTERY-LI", "1", "pcs", "0"),
                                     line(60, "PK-LABEL-UDI-PUMP", "1", "pcs", "0.01"),
                                     line(70, "PK-IFU-PUMP", "1", "pcs", "0"),
                                     line(80, "PK-CARTON-PUMP", "1", "pcs", "0.005")}}});
}

QJsonObject op(int seq, const char *name, const char *workCentre, const char *setup, const char *run, const char *qualification,
               bool inspection, bool secondPerson, const char *instructions)
{
    return rec({{"seq", seq},
                {"name", name},
                {"workCentre", workCentre},
                {"setupMinutes", setup},
                {"runMinutes", run},
                {"qualification", qualification},
                {"inspectionPoint", inspection},
                {"secondPerson", secondPerson},
                {"instructions", instructions}});
}

QJsonObject param(int operation, const char *name, const char *target, const char *minimum, const char *maximum, const char *unit)
{
    auto opt = [](const char *v) { return v ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return rec({{"operation", operation}, {"name", name}, {"target", opt(target)}, {"minimum", opt(minimum)}, {"maximum", opt(maximum)}, {"unit", unit}});
}

// Version 2 narrows the seal temperature window after the sealing performance qualification.
QJsonObject infusionSetRouting(bool narrowSealWindow)
{
    return rec({{"code", "RT-INFUSION-SET"},
                {"name", "Single-use infusion set: moulding to QC release"},
                {"material", "FG-INFUSION-SET"},
                {"note", narrowSealWindow ? "Seal temperature 145-155 °C per sealing PQ report VR-PKG-2026-07 (was 140-160 °C)."
                                          : "Initial release; process validation VMP-IV-001 (IQ/OQ/PQ)."},
                {"operations",
                 QJsonArray{op(10, "Injection moulding of drip chambers", "WC-MOULD", "45", "0.12", "SOP-PRD-010", true, false,
                               "WI-MLD-003: first-article inspection of 5 parts per cavity at every start-up"),
                            op(20, "Assembly with UV bonding", "WC-ASSY-IV1", "20", "0.45", "SOP-PRD-012", false, false,
                               "WI-ASM-012: tubing, chamber, clamp, filter, needle; UV cure at each bond point"),
                            op(30, "100 % leak test (pressure decay)", "WC-LEAK-IV1", "10", "0.2", "SOP-PRD-014", true, false,
                               "WI-TST-014: every set on LT-01; calibration must be valid"),
                            op(40, "Pouch sealing", "WC-SEAL-1", "15", "0.1", "SOP-PRD-016", true, false,
                               "WI-PKG-016: seal peel test (ASTM F88) at start, every 2 h and at end of lot"),
                            op(50, "EO sterilisation (outsourced)", "WC-EO-EXT", "0", "0", "SOP-QA-040", true, false,
                               "Ship to S-EO-01; attach the cycle record and biological indicator results to the lot"),
                            op(60, "QC release (sterility, EO residue, final inspection)", "WC-QC-LAB", "0", "0.05", "SOP-QC-020", true, true,
                               "QCP-IV-060: release by QC, verified by a second person")}},
                {"parameters",
                 QJsonArray{param(10, "Barrel temperature", "270", "260", "280", "°C"),
                            param(10, "Holding pressure", "600", "550", "650", "bar"),
                            param(10, "Cycle time", "28", "26", "31", "s"),
                            param(20, "UV dose", "1500", "1200", "2000", "mJ/cm2"),
                            param(20, "Cure time", "6", "5", "8", "s"),
                            param(30, "Test pressure", "50", "48", "52", "kPa"),
                            param(30, "Pressure decay", nullptr, "0", "25", "Pa"),
                            param(30, "Test time", "10", "9", "12", "s"),
                            param(40, "Seal temperature", "150", narrowSealWindow ? "145" : "140", narrowSealWindow ? "155" : "160", "°C"),
                            param(40, "Seal pressure", "300", "250", "350", "kPa"),
                            param(40, "Dwell time", "1.5", "1.2", "1.8", "s"),
                            param(50, "Sterilisation temperature", "50", "45", "55", "°C"),
                            param(50, "Relative humidity", "60", "40", "80", "%"),
                            param(50, "EO exposure time", "6", "5.5", "6.5", "h"),
                            param(60, "EO residue per device", nullptr, "0", "4", "mg")}}});
}

// Version 2 (the draft): burn-in extended from 4 h to 8 h.
QJsonObject pumpRouting(bool longBurnIn)
{
    return rec({{"code", "RT-INFUSION-PUMP"},
                {"name", "Infusion pump VP-300: PCBA test to UDI label"},
                {"material", "FG-INFUSION-PUMP"},
                {"note", longBurnIn ? "Burn-in extended to 8 h after two early motor-driver failures in the field (CAPA-2026-0007)."
                                    : "Initial release; process validation VMP-VP300-001."},
                {"operations",
                 QJsonArray{op(10, "PCBA functional test", "WC-PCBA-TEST", "15", "6", "SOP-PRD-030", true, false,
                               "WI-TST-030: ICT-01 test program VP300-ICT v5; record board serial and firmware version"),
                            op(20, "Pump assembly", "WC-PUMP-ASSY", "20", "35", "SOP-PRD-032", false, false,
                               "WI-ASM-032: screws with TQ-01 at 0.6 N·m"),
                            op(30, "Flow-accuracy calibration", "WC-PUMP-CAL", "10", "45", "SOP-PRD-034", true, false,
                               "WI-CAL-034: gravimetric, FLOW-RIG-01 must be in calibration"),
                            op(40, "Electrical safety test", "WC-ESAFETY", "5", "8", "SOP-PRD-036", true, false,
                               "WI-TST-036: IEC 60601-1 dielectric strength and leakage currents on HIPOT-01"),
                            op(50, "Burn-in", "WC-BURNIN", "5", longBurnIn ? "480" : "240", "", false, false,
                               "WI-TST-050: powered, infusing at 100 mL/h, 40 °C ambient"),
                            op(60, "Final inspection", "WC-FINAL-INSP", "0", "15", "SOP-QC-020", true, false, "QCP-VP300-060"),
                            op(70, "Pack and UDI label", "WC-PUMP-PACK", "10", "8", "SOP-PRD-038", false, true,
                               "WI-PKG-070: print and verify the UDI label (grade B or better); second person checks label against the DHR")}},
                {"parameters",
                 QJsonArray{param(10, "Supply current", "180", "150", "220", "mA"),
                            param(30, "Flow rate at 25 mL/h", "25", "23.75", "26.25", "mL/h"),
                            param(30, "Flow rate at 100 mL/h", "100", "95", "105", "mL/h"),
                            param(40, "Dielectric test voltage", "1.5", "1.5", "1.6", "kV"),
                            param(40, "Dielectric test time", "60", "60", "65", "s"),
                            param(40, "Earth leakage current", nullptr, "0", "500", "µA"),
                            param(40, "Patient leakage current", nullptr, "0", "100", "µA"),
                            param(50, "Burn-in duration", longBurnIn ? "8" : "4", longBurnIn ? "8" : "4", longBurnIn ? "10" : "6", "h"),
                            param(50, "Ambient temperature", "40", "38", "42", "°C")}}});
}

void create(DemoScript &s, const char *entity, const QJsonObject &data)
{
    s.call(kEngineer, QLatin1String(entity) + QStringLiteral(".create"), QJsonObject{{QStringLiteral("data"), data}});
}

void saveDraft(DemoScript &s, const char *entity, const QJsonObject &data)
{
    s.call(kEngineer, QLatin1String(entity) + QStringLiteral(".saveDraft"),
           QJsonObject{{QStringLiteral("code"), data.value(QStringLiteral("code"))}, {QStringLiteral("data"), data}});
}

// A change order by the engineer, kept under `key` so that each later step uses its current
// rowVersion, as the client would after reloading it.
struct ChangeOrder
{
    DemoScript &s;
    QString key;

    ChangeOrder(DemoScript &script, const char *k, const char *changeClass, const char *title, const char *reason) : s(script), key(QLatin1String(k))
    {
        s.call(kEngineer, QStringLiteral("eco.create"), rec({{"changeClass", changeClass}, {"title", title}, {"reason", reason}}), key);
    }
    void step(const QString &user, const char *method, const QJsonObject &more)
    {
        const QString k = key;
        s.call(user, QLatin1String(method), DemoScript::Params([k, more](const Results &r) {
                   QJsonObject p = more;
                   p.insert(QStringLiteral("id"), r.value(k).value(QStringLiteral("id")));
                   p.insert(QStringLiteral("rowVersion"), r.value(k).value(QStringLiteral("rowVersion")));
                   return p;
               }),
               key);
    }
    ChangeOrder &add(const char *entity, const char *code)
    {
        step(kEngineer, "eco.addItem", rec({{"entity", entity}, {"code", code}}));
        return *this;
    }
    ChangeOrder &submit()
    {
        step(kEngineer, "eco.submit", {});
        return *this;
    }
    ChangeOrder &sign(const char *user, const char *meaning, const char *reason)
    {
        s.signChangeOrder(QLatin1String(user), key, QLatin1String(meaning), QLatin1String(reason));
        return *this;
    }
    ChangeOrder &reject(const char *user, const char *reason)
    {
        step(QLatin1String(user), "eco.reject", rec({{"reason", reason}}));
        return *this;
    }
};
} // namespace

void queueProducts(DemoScript &s)
{
    for (const Material &m : kPackaging)
        create(s, "material", materialData(m));
    for (const Material &m : kInfusionSet)
        create(s, "material", materialData(m));
    for (const Material &m : kPump)
        create(s, "material", materialData(m));
    create(s, "bom", dripChamberBom());
    create(s, "bom", infusionSetBom(false));
    create(s, "bom", pumpBom());
    create(s, "routing", infusionSetRouting(false));
    create(s, "routing", pumpRouting(false));

    ChangeOrder packaging(s, "eco:packaging", "minor", "Release packaging and labelling components",
                          "Sterile barrier, labels and cartons for the infusion set and the pump; artwork approved by regulatory affairs.");
    for (const Material &m : kPackaging)
        packaging.add("material", m.code);
    packaging.submit().sign("qa", "approved", "Artwork and ISO 11607 packaging validation PV-PKG-001 checked");

    ChangeOrder set(s, "eco:infusion-set", "major", "New product introduction: single-use infusion set",
                    "Design transfer of the gravity infusion set (DTF-IV-001): materials, BOMs of the set and the moulded drip "
                    "chamber, and the validated routing.");
    for (const Material &m : kInfusionSet)
        set.add("material", m.code);
    set.add("bom", "SA-DRIP-CHAMBER").add("bom", "FG-INFUSION-SET").add("routing", "RT-INFUSION-SET").submit();
    set.sign("qa2", "reviewed", "PFMEA, process validation IQ/OQ/PQ and biocompatibility reports reviewed");
    set.sign("qa", "approved", "Released for production");

    ChangeOrder pump(s, "eco:pump", "major", "New product introduction: infusion pump VP-300",
                     "Design transfer of the volumetric infusion pump (DTF-VP300-001): purchased parts, BOM and the validated routing.");
    for (const Material &m : kPump)
        pump.add("material", m.code);
    pump.add("bom", "FG-INFUSION-PUMP").add("routing", "RT-INFUSION-PUMP").submit();
    pump.sign("qa2", "reviewed", "IEC 60601 test reports, software release note 2.4 and process validation reviewed");
    pump.sign("qa", "approved", "Released for production");
}

void queueChanges(DemoScript &s)
{
    // Routing version 2, effective when approved; version 1 is superseded from then on.
    saveDraft(s, "routing", infusionSetRouting(true));
    ChangeOrder seal(s, "eco:seal-window", "major", "Pouch sealing: narrow the seal temperature window to 145-155 °C",
                     "Sealing PQ (VR-PKG-2026-07) showed weak seals at 140-144 °C on the low edge of the validated range.");
    seal.add("routing", "RT-INFUSION-SET").submit();
    seal.sign("qa2", "reviewed", "PQ report and seal strength data reviewed");
    seal.sign("qa", "approved", "Approved; operators to be briefed before the next lot");

    // A second-source filter: new part and BOM version 2, reviewed and waiting for QA approval.
    create(s, "material",
           materialData({"PU-FILTER-15UM-B", "In-line fluid filter 15 µm (Membrana MF-15, second source)", "purchased", "pcs", "lot", 1825,
                         "15-30 °C, dry", "Supplier S-FILTER-02 (conditional approval); drawing DWG-IV-014."}));
    saveDraft(s, "bom", infusionSetBom(true));
    ChangeOrder filter(s, "eco:second-filter", "major", "Second source for the 15 µm fluid filter",
                       "Supply risk: single source S-FILTER-01. Equivalence of MF-15 shown in EQ-IV-2026-03 (flow, retention, biocompatibility).");
    filter.add("material", "PU-FILTER-15UM-B").add("bom", "FG-INFUSION-SET").submit();
    filter.sign("qa2", "reviewed", "Equivalence report reviewed; supplier audit of S-FILTER-02 still open");

    // Longer burn-in: submitted as minor, rejected by QA; the draft waits on a new major order.
    saveDraft(s, "routing", pumpRouting(true));
    ChangeOrder burnIn(s, "eco:burn-in", "minor", "Extend pump burn-in to 8 h", "Two early motor-driver failures reported from the field.");
    burnIn.add("routing", "RT-INFUSION-PUMP").submit();
    burnIn.reject("qa", "A change of a validated test step is major; attach the early-failure analysis from CAPA-2026-0007.");
    ChangeOrder again(s, "eco:burn-in-2", "major", "Extend pump burn-in to 8 h (with failure analysis)",
                      "Early motor-driver failures (CAPA-2026-0007); burn-in at 8 h screens the failure mode found.");
    again.add("routing", "RT-INFUSION-PUMP");
}

} // namespace concord::demo
