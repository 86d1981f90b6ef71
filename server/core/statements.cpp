#include "core/statements.h"

#include "dictionary/dictionary.h"
#include "masterdata/entitysql.h"

namespace concord {

SqlCatalog loadStatements(Dialect dialect, QString *error)
{
    SqlCatalog catalog = SqlCatalog::load(dialect, error);
    masterdata::addEntityStatements(catalog, dictionary());
    return catalog;
}

} // namespace concord
