#pragma once

namespace concord {
struct Services;
// masterdata.export and masterdata.import: CSV files of the dictionary's entities.
void registerCsvMethods(Services &services);
} // namespace concord
