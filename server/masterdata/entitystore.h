#pragma once
#include "dictionary/dictionary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace concord {
class Sql;
class WriteContext;

// Generic storage of the dictionary's Plain and Versioned entities. Every write validates the whole
// record through records::validate (the same path for the API and CSV import), writes one audit row
// per record and the event masterdata.changed in the caller's transaction.
namespace entitystore {

// Rows as served: bookkeeping and fields in camelCase, booleans as true/false, children in arrays.
QJsonObject fromRow(const EntityDef &e, const QJsonObject &row);

// --- Plain entities (changed in place)
QJsonObject get(Sql &sql, const EntityDef &e, const QString &code); // throws not_found
QJsonArray list(Sql &sql, const EntityDef &e, const QString &search, int limit);
QJsonObject create(WriteContext &ctx, const EntityDef &e, const QJsonObject &data);
// `changes` holds only the fields to change; the merged record is validated as a whole.
QJsonObject update(WriteContext &ctx, const EntityDef &e, const QString &code, int rowVersion, const QJsonObject &changes,
                   const QString &reason);

// --- Versioned entities (a new version per change; approved only through a change order)
// The version in force at `asOf` (UTC ISO text), with its children.
std::optional<QJsonObject> inForce(Sql &sql, const EntityDef &e, const QString &code, const QString &asOf);
// One version, with its children; throws not_found.
QJsonObject version(Sql &sql, const EntityDef &e, const QString &code, int version);
// In-force version at asOf, or (without asOf) the newest version when none is in force yet.
QJsonObject current(Sql &sql, const EntityDef &e, const QString &code, const QString &asOf, const QString &now);
QJsonArray listVersions(Sql &sql, const EntityDef &e, const QString &search, int limit, const QString &asOf, const QString &now);
QJsonArray history(Sql &sql, const EntityDef &e, const QString &code);
// A new code: identity row and version 1 as a draft. conflict.duplicate if the code exists.
QJsonObject createVersioned(WriteContext &ctx, const EntityDef &e, const QJsonObject &data);
// Changes the open draft (rowVersion must match) or, when there is none, starts the next version
// as a draft. `editVersion`, when given, is the version the caller means to change: a version that
// is not the open draft is refused (rule.version_not_editable), as is any save while one is in review.
QJsonObject saveDraft(WriteContext &ctx, const EntityDef &e, const QString &code, std::optional<int> editVersion,
                      std::optional<int> rowVersion, QJsonObject data);
void discardDraft(WriteContext &ctx, const EntityDef &e, const QString &code, int rowVersion);
// field -> [old, new] between two versions; children compared row by row on their keys.
QJsonObject diff(Sql &sql, const EntityDef &e, const QString &code, int from, int to);
// The content of a version as signed and hashed (fields and children, no workflow columns).
QJsonObject content(const EntityDef &e, const QJsonObject &version);

} // namespace entitystore
} // namespace concord
