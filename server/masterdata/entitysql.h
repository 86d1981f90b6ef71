#pragma once

namespace concord {
class Dictionary;
class SqlCatalog;

namespace masterdata {
// Adds the generated statements of every Plain, Versioned and Child entity to the catalogue
// (md.<entity>.get, .insert, .version_insert, .in_force …). Generated once at start from the
// compiled-in definitions only — identifiers come from the dictionary, values are always bound
// parameters — so the SQL follows the fields instead of being copied per entity by hand.
void addEntityStatements(SqlCatalog &catalog, const Dictionary &dictionary);
} // namespace masterdata
} // namespace concord
