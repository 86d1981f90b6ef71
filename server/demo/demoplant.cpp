// The plant side of the demo master data: equipment, people and their training, suppliers,
// customers with ship-to addresses, storage locations — each entered by the role that owns it.
#include "demo/demomasterdata.h"
#include "demo/demoscript.h"

#include <QJsonArray>
#include <climits>

namespace concord::demo {

namespace {
constexpr int kNone = INT_MIN;

QJsonValue day(const QDate &today, int offset)
{
    return offset == kNone ? QJsonValue(QJsonValue::Null) : QJsonValue(today.addDays(offset).toString(Qt::ISODate));
}

void create(DemoScript &s, const char *user, const char *entity, const QJsonObject &data, const QString &key = {})
{
    s.call(QLatin1String(user), QLatin1String(entity) + QStringLiteral(".create"), QJsonObject{{QStringLiteral("data"), data}}, key);
}

struct Equipment
{
    const char *code;
    const char *name;
    const char *level;
    const char *parent;
    int calibrationDays = kNone; // measuring equipment only
    int dueIn = kNone;
};

// ISA-95 levels top-down, so that every parent exists before its children.
const Equipment kEquipment[] = {
    {"SITE-SZ", "Suzhou plant (sterile disposables and infusion pumps)", "site", nullptr},
    {"AREA-MOULD", "Injection moulding hall", "area", "SITE-SZ"},
    {"AREA-CLEAN", "Cleanroom assembly (ISO 14644 class 8)", "area", "SITE-SZ"},
    {"AREA-ELEC", "Electronic device assembly (ESD protected area)", "area", "SITE-SZ"},
    {"AREA-TEST", "Test and QC laboratory", "area", "SITE-SZ"},
    {"AREA-PACK", "Packaging and sterile goods", "area", "SITE-SZ"},
    {"LINE-IV1", "Infusion set line 1", "line", "AREA-CLEAN"},
    {"LINE-IV2", "Infusion set line 2", "line", "AREA-CLEAN"},
    {"LINE-PACK1", "Sterile barrier packaging line 1", "line", "AREA-PACK"},
    {"LINE-PUMP", "Infusion pump line", "line", "AREA-ELEC"},
    {"WC-MOULD", "Drip chamber moulding cell", "work_centre", "AREA-MOULD"},
    {"WC-ASSY-IV1", "Set assembly and UV bonding, line 1", "work_centre", "LINE-IV1"},
    {"WC-LEAK-IV1", "100 % leak test, line 1", "work_centre", "LINE-IV1"},
    {"WC-ASSY-IV2", "Set assembly and UV bonding, line 2", "work_centre", "LINE-IV2"},
    {"WC-SEAL-1", "Pouch sealing", "work_centre", "LINE-PACK1"},
    {"WC-EO-EXT", "EO sterilisation (subcontractor S-EO-01)", "work_centre", "AREA-PACK"},
    {"WC-QC-LAB", "QC release laboratory", "work_centre", "AREA-TEST"},
    {"WC-PCBA-TEST", "PCBA functional test", "work_centre", "LINE-PUMP"},
    {"WC-PUMP-ASSY", "Pump assembly", "work_centre", "LINE-PUMP"},
    {"WC-PUMP-CAL", "Flow-accuracy calibration", "work_centre", "AREA-TEST"},
    {"WC-ESAFETY", "Electrical safety test", "work_centre", "AREA-TEST"},
    {"WC-BURNIN", "Burn-in room", "work_centre", "AREA-TEST"},
    {"WC-FINAL-INSP", "Pump final inspection", "work_centre", "LINE-PUMP"},
    {"WC-PUMP-PACK", "Pump packing and UDI labelling", "work_centre", "LINE-PUMP"},
    {"IMM-01", "Injection moulding machine IMM-01 (120 t, 4-cavity drip chamber tool)", "unit", "WC-MOULD"},
    {"IMM-02", "Injection moulding machine IMM-02 (120 t, spare tool)", "unit", "WC-MOULD"},
    {"UV-01", "UV curing station UV-01 (365 nm, built-in radiometer)", "unit", "WC-ASSY-IV1", 180, 21},
    {"UV-02", "UV curing station UV-02 (365 nm, built-in radiometer)", "unit", "WC-ASSY-IV2", 180, 96},
    // Due in a few days when created; maintenance records its calibration below.
    {"LT-01", "Leak tester LT-01 (pressure decay, 0-100 kPa)", "unit", "WC-LEAK-IV1", 180, 4},
    {"PS-01", "Pouch sealer PS-01 (rotary band sealer, temperature and pressure sensors)", "unit", "WC-SEAL-1", 365, 142},
    {"ICT-01", "PCBA functional tester ICT-01", "unit", "WC-PCBA-TEST", 365, 230},
    {"TQ-01", "Torque screwdriver TQ-01 (0.2-1.2 N·m)", "unit", "WC-PUMP-ASSY", 180, 64},
    {"FLOW-RIG-01", "Gravimetric flow rig FR-01 (balance 0.1 mg)", "unit", "WC-PUMP-CAL", 90, 9},
    {"HIPOT-01", "Electrical safety tester HIPOT-01 (dielectric strength, leakage current)", "unit", "WC-ESAFETY", 365, 188},
    {"BURNIN-01", "Burn-in rack BR-01 (40 positions, 40 °C)", "unit", "WC-BURNIN"},
    {"PRN-UDI-01", "UDI label printer with GS1 DataMatrix verifier", "unit", "WC-PUMP-PACK", 365, 75},
};

void equipment(DemoScript &s, const QDate &today)
{
    for (const Equipment &e : kEquipment) {
        const bool measuring = e.calibrationDays != kNone;
        create(s, "engineer", "equipment",
               rec({{"code", e.code},
                    {"name", e.name},
                    {"level", e.level},
                    {"parent", e.parent ? QJsonValue(e.parent) : QJsonValue(QJsonValue::Null)},
                    {"measuring", measuring},
                    {"calibrationIntervalDays", measuring ? QJsonValue(e.calibrationDays) : QJsonValue(QJsonValue::Null)},
                    {"calibrationDueOn", day(today, e.dueIn)}}),
               QStringLiteral("equipment:") + QLatin1String(e.code));
    }
    // Metrology calibrates the leak tester: the next due date moves on by one interval.
    s.call(QStringLiteral("maintenance"), QStringLiteral("equipment.update"), DemoScript::Params([today](const Results &r) {
               return rec({{"code", "LT-01"},
                           {"rowVersion", r.value(QStringLiteral("equipment:LT-01")).value(QStringLiteral("rowVersion"))},
                           {"data", rec({{"calibrationDueOn", day(today, 180)}})},
                           {"reason", "Calibrated against reference leak 10 Pa·m3/s; as found and as left within tolerance, certificate CAL-LT01-0412"}});
           }));
}

struct Person
{
    const char *code;
    const char *name;
    const char *username; // nullptr: no account
    const char *department;
    bool active = true;
};

const Person kPeople[] = {
    {"E1001", "Zhang Min", "operator", "Production - infusion set line 1"},
    {"E1002", "Sarah Kim", "operator2", "Production - infusion set line 2"},
    {"E1003", "Wang Fang", "inspector", "Quality control"},
    {"E1004", "Dr. Helen Ortiz", "qa", "Quality assurance"},
    {"E1005", "Chen Jing", "qa2", "Quality assurance"},
    {"E1006", "Omar Haddad", "engineer", "Process engineering"},
    {"E1007", "Ivan Petrov", "maintenance", "Maintenance and metrology"},
    {"E1008", "Li Wei", "planner", "Production planning"},
    {"E1009", "Tom Becker", "warehouse", "Warehouse and logistics"},
    {"E1010", "Grace Liu", "manager", "Plant management"},
    {"E1011", "Maria Santos", "buyer", "Purchasing"},
    {"E1020", "Liu Yang", nullptr, "Production - moulding"},
    {"E1021", "Zhao Lei", nullptr, "Production - moulding"},
    {"E1022", "Anna Schmidt", nullptr, "Production - infusion pump line"},
    {"E1023", "Huang Xin", nullptr, "Production - infusion set line 1", false},
};

struct Training
{
    const char *person;
    const char *procedure;
    int version;
    int trainedAgo; // days
    int expiresIn;  // days from today; negative = lapsed
    const char *trainer;
};

// The qualifications the routings require (routing_operation.qualification). Two expire within a
// month and one has lapsed, so the qualification checks and reminders have something to show.
const Training kTraining[] = {
    {"E1001", "SOP-PRD-012", 3, 220, 510, "Omar Haddad"},
    {"E1001", "SOP-PRD-014", 2, 345, 20, "Wang Fang"},
    {"E1001", "SOP-PRD-016", 4, 150, 580, "Omar Haddad"},
    {"E1002", "SOP-PRD-012", 3, 375, -10, "Omar Haddad"},
    {"E1002", "SOP-PRD-016", 4, 90, 640, "Omar Haddad"},
    {"E1003", "SOP-QC-020", 5, 120, 610, "Dr. Helen Ortiz"},
    {"E1003", "SOP-PRD-014", 2, 120, 610, "Omar Haddad"},
    {"E1003", "SOP-PRD-036", 1, 60, 670, "Ivan Petrov"},
    {"E1004", "SOP-QC-020", 5, 300, 430, "External: TUV training academy"},
    {"E1004", "SOP-QA-040", 2, 200, 530, "External: S-EO-01 sterilisation services"},
    {"E1005", "SOP-QC-020", 5, 80, 650, "Dr. Helen Ortiz"},
    {"E1005", "SOP-QA-040", 2, 80, 650, "Dr. Helen Ortiz"},
    {"E1020", "SOP-PRD-010", 2, 351, 14, "Omar Haddad"},
    {"E1021", "SOP-PRD-010", 2, 40, 690, "Omar Haddad"},
    {"E1022", "SOP-PRD-030", 1, 100, 630, "Omar Haddad"},
    {"E1022", "SOP-PRD-032", 2, 100, 630, "Omar Haddad"},
    {"E1022", "SOP-PRD-034", 1, 95, 635, "Ivan Petrov"},
    {"E1022", "SOP-PRD-036", 1, 95, 635, "Ivan Petrov"},
    {"E1022", "SOP-PRD-038", 1, 95, 635, "Omar Haddad"},
    {"E1002", "SOP-PRD-030", 1, 70, 660, "Omar Haddad"},
    {"E1002", "SOP-PRD-032", 2, 70, 660, "Omar Haddad"},
    {"E1002", "SOP-PRD-038", 1, 70, 660, "Omar Haddad"},
    {"E1007", "SOP-PRD-034", 1, 180, 550, "External: balance manufacturer service"},
    {"E1006", "SOP-PRD-010", 2, 400, 330, "External: moulding machine supplier"},
};

void people(DemoScript &s, const QDate &today)
{
    for (const Person &p : kPeople)
        create(s, "qa", "person",
               rec({{"code", p.code},
                    {"name", p.name},
                    {"username", p.username ? QJsonValue(p.username) : QJsonValue(QJsonValue::Null)},
                    {"department", p.department},
                    {"active", p.active}}));
    for (const Training &t : kTraining)
        create(s, "qa", "trainingRecord",
               rec({{"person", t.person},
                    {"procedure", t.procedure},
                    {"procedureVersion", t.version},
                    {"trainedOn", day(today, -t.trainedAgo)},
                    {"expiresOn", day(today, t.expiresIn)},
                    {"trainer", t.trainer}}));
}

struct Supplier
{
    const char *code;
    const char *name;
    const char *status;
    int approvedFor; // days from today the approval runs; kNone: none
    const char *address;
    const char *country;
    const char *contact;
    const char *phone;
    const char *email;
};

const Supplier kSuppliers[] = {
    {"S-RESIN-01", "Jiangsu Huaxin Polymer Materials Co., Ltd.", "approved", 410, "88 Chemical Park Road, Changshu, Jiangsu 215500",
     "China", "Mr. Xu Hao", "+86 512 5288 1000", "sales@huaxin-polymer.example.cn"},
    {"S-TUBING-01", "Zhejiang MedTube Co., Ltd.", "approved", 265, "12 Binhai 3rd Road, Wenzhou, Zhejiang 325025", "China",
     "Ms. Lin Yue", "+86 577 8690 2211", "quality@medtube.example.cn"},
    {"S-NEEDLE-01", "Shanghai Precision Needle Co., Ltd.", "approved", 330, "501 Jiangchang West Road, Jing'an, Shanghai 200436",
     "China", "Mr. Gao Peng", "+86 21 5667 3300", "export@spn-needle.example.cn"},
    {"S-FILTER-01", "Hangzhou Filtration Technology Co., Ltd.", "approved", 190, "7 Xiyuan 9th Road, Xihu, Hangzhou 310030", "China",
     "Ms. Sun Li", "+86 571 8781 4400", "orders@hzfiltration.example.cn"},
    // The second-source filter of the change order still in review: approved with conditions.
    {"S-FILTER-02", "Membrana Filter Solutions GmbH", "conditional", 120, "Industriestrasse 14, 42103 Wuppertal", "Germany",
     "Dr. Jonas Weber", "+49 202 4711 300", "medical@membrana-filter.example.de"},
    {"S-PCBA-01", "Shenzhen Everbright Electronics Co., Ltd.", "approved", 300, "Building 5, Hi-Tech Park North, Nanshan, Shenzhen 518057",
     "China", "Mr. Huang Wei", "+86 755 2660 8800", "ems@everbright-elec.example.cn"},
    {"S-MOTOR-01", "Changzhou Micro Motion Co., Ltd.", "approved", 240, "36 Hanjiang Road, Xinbei, Changzhou 213022", "China",
     "Ms. Qian Rong", "+86 519 8512 7700", "sales@cz-micromotion.example.cn"},
    {"S-BATTERY-01", "Ningbo PowerCell Technology Co., Ltd.", "conditional", 75, "199 Mingzhou Road, Beilun, Ningbo 315800", "China",
     "Mr. Ye Ming", "+86 574 8688 5500", "oem@powercell.example.cn"},
    {"S-PLASTIC-02", "Dongguan Fastmold Plastics Ltd.", "disqualified", kNone, "3 Industrial Avenue, Chang'an, Dongguan 523850",
     "China", "Mr. Chan Ka Ho", "+86 769 8555 1200", "info@fastmold.example.cn"},
    {"S-POUCH-01", "Suzhou SteriPack Packaging Co., Ltd.", "approved", 360, "66 Suhong East Road, Suzhou Industrial Park 215021", "China",
     "Ms. Zhou Ting", "+86 512 6258 9900", "service@steripack.example.cn"},
    {"S-LABEL-01", "Suzhou LabelPrint Co., Ltd.", "approved", 280, "20 Xinghu Street, Suzhou Industrial Park 215123", "China",
     "Mr. Wu Jie", "+86 512 6777 3400", "orders@labelprint.example.cn"},
    // The EO steriliser: the re-audit is due soon.
    {"S-EO-01", "East China Sterilization Services Co., Ltd.", "approved", 45, "8 Yangshan Road, Wujiang, Suzhou 215200", "China",
     "Dr. Ma Jun", "+86 512 6308 4500", "eo@ecss-steri.example.cn"},
};

struct Customer
{
    const char *code;
    const char *name;
    const char *kind;
    const char *address;
    const char *country;
    const char *contact;
    const char *phone;
    const char *email;
};

const Customer kCustomers[] = {
    {"C-SH-HUADONG", "Shanghai Huadong General Hospital", "hospital", "1665 Kongjiang Road, Yangpu, Shanghai 200092", "China",
     "Ms. Tang Hui (Procurement)", "+86 21 6569 0520", "procurement@huadong-hospital.example.cn"},
    {"C-BJ-KANGJIAN", "Beijing Kangjian Medical Distribution Co., Ltd.", "distributor", "28 Jinghai 5th Road, BDA, Beijing 100176",
     "China", "Mr. Liu Qiang", "+86 10 6780 2288", "purchasing@kangjian-med.example.cn"},
    {"C-SZ-SIPCLINIC", "Suzhou Industrial Park Community Clinic", "clinic", "9 Xinghai Street, Suzhou Industrial Park 215021", "China",
     "Dr. Xie Na", "+86 512 6761 2200", "clinic@sip-health.example.cn"},
    {"C-EU-MEDLOG", "MedLogistik Europa GmbH", "distributor", "Hafenstrasse 40, 47119 Duisburg", "Germany", "Mr. Stefan Braun",
     "+49 203 5550 180", "einkauf@medlogistik.example.de"},
    {"C-NL-AMSTEL", "Amstel University Medical Centre", "hospital", "Meibergdreef 120, 1105 AZ Amsterdam", "Netherlands",
     "Ms. Eva de Vries (Central purchasing)", "+31 20 555 0142", "inkoop@amstel-umc.example.nl"},
    {"C-US-INFUSECARE", "InfuseCare Distribution Inc.", "distributor", "4400 Airways Blvd, Memphis, TN 38116", "United States",
     "Mr. Daniel Ross", "+1 901 555 0148", "supply@infusecare.example.com"},
    {"C-US-STMARY", "St. Mary's Regional Medical Center", "hospital", "2100 Lakeshore Drive, Madison, WI 53703", "United States",
     "Ms. Karen Miller (Materials management)", "+1 608 555 0190", "materials@stmarys-regional.example.org"},
};

struct ShipTo
{
    const char *code;
    const char *customer;
    const char *name;
    const char *address;
    const char *city;
    const char *country;
    const char *contact;
    const char *phone;
};

const ShipTo kShipTos[] = {
    {"C-SH-HUADONG-CSSD", "C-SH-HUADONG", "Central sterile supply department", "1665 Kongjiang Road, building 3, dock B", "Shanghai",
     "China", "Mr. Fei Long", "+86 21 6569 0611"},
    {"C-SH-HUADONG-PHARM", "C-SH-HUADONG", "Hospital pharmacy store", "1665 Kongjiang Road, building 1, B1", "Shanghai", "China",
     "Ms. Yao Jing", "+86 21 6569 0630"},
    {"C-BJ-KANGJIAN-BJ", "C-BJ-KANGJIAN", "Beijing distribution centre", "28 Jinghai 5th Road, warehouse 2", "Beijing", "China",
     "Mr. Sun Bo", "+86 10 6780 2301"},
    {"C-BJ-KANGJIAN-GZ", "C-BJ-KANGJIAN", "Guangzhou distribution centre", "115 Kaifa Avenue, Huangpu", "Guangzhou", "China",
     "Ms. He Min", "+86 20 8222 5610"},
    {"C-SZ-SIPCLINIC-MAIN", "C-SZ-SIPCLINIC", "Clinic store room", "9 Xinghai Street, ground floor", "Suzhou", "China", "Dr. Xie Na",
     "+86 512 6761 2200"},
    {"C-EU-MEDLOG-DUI", "C-EU-MEDLOG", "Distribution centre Duisburg", "Hafenstrasse 40, gate 3", "Duisburg", "Germany",
     "Mr. Tobias Klein", "+49 203 5550 210"},
    {"C-EU-MEDLOG-LYO", "C-EU-MEDLOG", "Distribution centre Lyon", "12 Rue de l'Industrie, 69200 Venissieux", "Lyon", "France",
     "Mme Claire Martin", "+33 4 72 55 01 40"},
    {"C-NL-AMSTEL-LOG", "C-NL-AMSTEL", "Logistics centre, goods receipt", "Meibergdreef 120, loading dock 4", "Amsterdam",
     "Netherlands", "Mr. Pieter Bakker", "+31 20 555 0177"},
    {"C-US-INFUSECARE-MEM", "C-US-INFUSECARE", "Memphis distribution center", "4400 Airways Blvd, dock 12", "Memphis, TN",
     "United States", "Mr. Carlos Diaz", "+1 901 555 0163"},
    {"C-US-STMARY-RCV", "C-US-STMARY", "Receiving, materials management", "2100 Lakeshore Drive, dock A", "Madison, WI",
     "United States", "Mr. Brian Olson", "+1 608 555 0122"},
};

void partners(DemoScript &s, const QDate &today)
{
    for (const Supplier &p : kSuppliers)
        create(s, "qa", "supplier",
               rec({{"code", p.code},
                    {"name", p.name},
                    {"approvalStatus", p.status},
                    {"approvedUntil", day(today, p.approvedFor)},
                    {"address", p.address},
                    {"country", p.country},
                    {"contact", p.contact},
                    {"phone", p.phone},
                    {"email", p.email},
                    {"active", QLatin1String(p.status) != QLatin1String("disqualified")}}));
    for (const Customer &c : kCustomers)
        create(s, "manager", "customer",
               rec({{"code", c.code},
                    {"name", c.name},
                    {"kind", c.kind},
                    {"address", c.address},
                    {"country", c.country},
                    {"contact", c.contact},
                    {"phone", c.phone},
                    {"email", c.email}}));
    for (const ShipTo &t : kShipTos)
        create(s, "manager", "shipTo",
               rec({{"code", t.code},
                    {"customer", t.customer},
                    {"name", t.name},
                    {"address", t.address},
                    {"city", t.city},
                    {"country", t.country},
                    {"contact", t.contact},
                    {"phone", t.phone}}));
}

struct Location
{
    const char *code;
    const char *name;
    const char *statusType;
    const char *parent;
    const char *conditions;
};

const Location kLocations[] = {
    {"WH-MAIN", "Main warehouse", "general", nullptr, "15-25 °C, RH 30-65 %, pest control"},
    {"WH-RECV-QUAR", "Receiving quarantine (awaiting incoming inspection)", "quarantine", "WH-MAIN", "15-25 °C, RH 30-65 %"},
    {"WH-RAW", "Released raw materials and components", "released", "WH-MAIN", "15-25 °C, RH 30-65 %"},
    {"WH-RESIN", "Resin dry store", "released", "WH-MAIN", "Dry, sealed bags, 15-30 °C"},
    {"WH-ESD", "ESD store (PCBAs, batteries)", "released", "WH-MAIN", "ESD protected, 15-25 °C, RH 30-60 %"},
    {"WH-COLD", "Cold store (adhesives)", "released", "WH-MAIN", "2-8 °C, monitored"},
    {"WH-MRB", "Rejected goods / MRB cage (locked)", "rejected", "WH-MAIN", "Locked cage, access QA and warehouse lead"},
    {"WH-HOLD", "On-hold area (investigation pending)", "on_hold", "WH-MAIN", "15-25 °C, segregated, red floor marking"},
    {"WH-FG-QUAR", "Finished goods awaiting release (after sterilisation)", "quarantine", "WH-MAIN", "15-30 °C, dry"},
    {"WH-FG", "Finished goods, released for shipment", "released", "WH-MAIN", "5-40 °C, RH up to 80 %, away from sunlight"},
    {"CR-SUPERMARKET", "Cleanroom supermarket (line-side stock, ISO 8)", "released", nullptr, "ISO 8, 18-26 °C, RH 30-60 %"},
};

void locations(DemoScript &s)
{
    for (const Location &l : kLocations)
        create(s, "warehouse", "location",
               rec({{"code", l.code},
                    {"name", l.name},
                    {"statusType", l.statusType},
                    {"parent", l.parent ? QJsonValue(l.parent) : QJsonValue(QJsonValue::Null)},
                    {"storageConditions", l.conditions}}));
}
} // namespace

void queuePlant(DemoScript &s, const QDate &today)
{
    equipment(s, today);
    people(s, today);
    partners(s, today);
    locations(s);
}

} // namespace concord::demo
