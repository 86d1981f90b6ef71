#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace concord {

class Sql;
struct FieldError;

// The unified data dictionary (统一数据字典): every master-data entity and field is declared once
// here. Validation, the method schemas, dictionary.get, CSV import/export and the schema test
// (tst_dictionary) are all derived from these declarations.

enum class FieldType { Text, Integer, Decimal, Date, Bool, Enum, Ref };

QString fieldTypeName(FieldType t);

struct FieldDef
{
    QString name;        // wire and CSV name (camelCase); the column is its snake_case
    FieldType type = FieldType::Text;
    QString label;       // short English label; translated by the client (context "Dictionary")
    QString description; // one English sentence
    bool required = false;
    int maxLength = 0;     // Text: 0 = 200
    QString pattern;       // Text: regular expression the whole value must match
    QStringList allowed;   // Enum
    QString ref;           // Ref: entity whose code this holds ("user" = a user name)
    QString minimum;       // Integer/Decimal: inclusive lower bound (decimal text), empty = none
    QString maximum;       // Integer/Decimal: inclusive upper bound
    bool minimumExclusive = false; // e.g. quantity > 0
    QString unit;          // fixed unit of the value (e.g. "min", "d"); empty = none or unitField
    QString unitField;     // the field holding this value's unit (e.g. "unit")
    QString isa95;         // ISA-95 attribute name where it has one
    QString defaultValue;  // applied when the field is absent on create (JSON text: "0", "true", "\"\"")
    bool key = false;      // part of a child row's key (position, seq ...)
    bool searchable = false; // matched by list's search text

    QString column() const;
    // Builder helpers keep the definitions one line per field.
    FieldDef &req() { required = true; return *this; }
    FieldDef &len(int n) { maxLength = n; return *this; }
    FieldDef &regex(const QString &p) { pattern = p; return *this; }
    FieldDef &min(const QString &m, bool exclusive = false) { minimum = m; minimumExclusive = exclusive; return *this; }
    FieldDef &max(const QString &m) { maximum = m; return *this; }
    FieldDef &inUnit(const QString &u) { unit = u; return *this; }
    FieldDef &unitFrom(const QString &f) { unitField = f; return *this; }
    FieldDef &isa(const QString &n) { isa95 = n; return *this; }
    FieldDef &byDefault(const QString &json) { defaultValue = json; return *this; }
    FieldDef &asKey() { key = true; return *this; }
    FieldDef &search() { searchable = true; return *this; }
};

FieldDef field(const QString &name, FieldType type, const char *label, const char *description);
FieldDef enumField(const QString &name, const QStringList &allowed, const char *label, const char *description);
FieldDef refField(const QString &name, const QString &entity, const char *label, const char *description);

enum class EntityKind {
    Plain,     // one row per code, changed in place (row_version), every change audited
    Versioned, // identity table + <table>_version; changes only through approved change orders
    Child,     // rows of one version of a versioned parent (BOM lines, routing operations)
    Record,    // a workflow record with its own methods (change orders); described, not generic
};

struct RuleContext;

struct EntityDef
{
    QString name;        // "material": record type in audit rows, signatures and events
    QString label;       // English, translated by the client
    QString description;
    QString isa95;       // ISA-95 object name
    QString ownerModule; // "masterdata", "changecontrol" ...
    QString table;       // plain/record: the table; versioned: identity table (+ "_version"); child: its table
    EntityKind kind = EntityKind::Plain;
    QString parent;      // Child: the versioned entity
    QString member;      // Child: the array holding its rows in the parent ("lines")
    QString codingRule;  // rule codes must match, or (autoCode) the rule that numbers them
    bool autoCode = false;
    QString editPermission; // Plain/Versioned: needed to create and change
    QList<FieldDef> fields; // content fields, without the bookkeeping columns
    // Cross-field and database-backed rules, run after field validation on every save and import.
    // Adds FieldErrors for field problems; throws RpcError(rule.*) for rules about the whole record.
    std::function<void(RuleContext &, const QJsonObject &record, QList<FieldError> &errors)> check;

    bool versioned() const { return kind == EntityKind::Versioned; }
    QString versionTable() const { return table + QStringLiteral("_version"); }
    const FieldDef *find(const QString &fieldName) const;
    QStringList keyFields() const; // Child: the fields that identify a row within its version
};

// Columns every table of a kind has besides its fields (listed in dictionary.get as "bookkeeping").
QStringList bookkeepingColumns(EntityKind kind, bool identityTable = false);

} // namespace concord
