#pragma once
#include "dictionary/dictionary.h"

#include <QStringList>

namespace concord {
class Sql;

// CSV export of master data (design/master-data.md section 6); the import reads the same layout.
namespace csvexport {

// Entities that have a CSV form: plain, versioned and child entities (not workflow records).
QStringList entityNames(const Dictionary &d);
// The columns of an entity's file: its field names in dictionary order; a child entity's file
// starts with a column named after the parent entity ("bom", "routing") holding the parent's code.
QStringList columns(const EntityDef &e);

// The whole file: header, then one row per record ordered by code — every plain record, the
// version of each versioned code in force at `at` (UTC ISO text), the rows of those versions for a
// child entity (ordered by parent code, then the rows' keys). Values as records::toText.
QString exportCsv(Sql &sql, const EntityDef &e, const QString &at, int *rows);

} // namespace csvexport
} // namespace concord
