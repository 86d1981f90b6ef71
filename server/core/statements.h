#pragma once
#include "storage/sqlcatalog.h"

namespace concord {

// Every named statement this server build runs on `dialect`: the modules' .sql files plus the
// statements generated from the data dictionary. The server and the query-plan test
// (tests/server/tst_queryplans.cpp) build it here, so a new statement is covered by that test.
SqlCatalog loadStatements(Dialect dialect, QString *error);

} // namespace concord
