#pragma once
#include "dictionary/entitydef.h"

namespace concord::changecontrol {
// Dictionary entries of the workflow records behind master data: change classes, change orders and
// their items, coding rules and counters, version pins. They have their own methods (eco.*,
// codingRule.*, pin.*); the dictionary describes them so that every column is documented.
QList<EntityDef> entities();
} // namespace concord::changecontrol
