#pragma once
#include "dictionary/dictionary.h"
#include "masterdata/csvcodec.h"

#include <QJsonObject>

namespace concord {
class WriteContext;

// CSV import of master data (design/master-data.md section 6): every row goes through the same
// service code as the API (entitystore), in the caller's write transaction.
namespace csvimport {

struct Problem
{
    int row = 0;   // CSV row, the header being row 1
    QString field; // column name; empty when the problem is about the whole row or file
    QString code;  // a validation code ("required", "ref" ...), an error code ("rule.bom_cycle") or a file code
    QString message;
    QJsonObject toJson() const;
};

struct Report
{
    int rows = 0;      // data rows in the file
    int created = 0;   // rows that created a record (plain) or a code (versioned, as a draft)
    int changed = 0;   // rows that changed a record or saved a draft
    int unchanged = 0; // rows equal to what is stored: nothing written
    QList<Problem> problems;
    // {dryRun, rows, created, changed, unchanged, imported (created + changed when `committed`,
    //  else 0), problemCount, problems (ordered by row, at most 1000)}
    QJsonObject toJson(bool dryRun, bool committed) const;
};

// The header against the entity's columns (csvexport::columns): unknown and repeated columns, and
// missing columns of required fields without a default. Needs no database.
QList<Problem> checkHeader(const EntityDef &e, const QStringList &header);

// Imports the data rows (records[0] is the header, already checked), each through the parameter
// schema and the service of the API. Plain entities: a new code is created, a known one updated
// (audited with the reason "CSV import"); rows naming another row of the file as their parent
// (equipment, location) run after it whatever the file's order. Versioned: a new code becomes
// version 1 as a draft, a known code gets its open draft saved or a new draft (keeping its rows).
// Child entities: the rows of each parent code replace that kind of row of the parent's open (or a
// new) draft. Rows equal to what is stored write nothing. Each row runs in a savepoint of its own,
// so a failed row neither stops the rest nor leaves anything behind; problems are collected, not
// thrown. Storage failures are thrown.
Report run(WriteContext &ctx, const EntityDef &e, const QList<csv::Record> &records);

} // namespace csvimport
} // namespace concord
