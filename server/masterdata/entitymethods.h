#pragma once

namespace concord {
struct Services;
// Registers the generic methods of every Plain and Versioned dictionary entity
// (<entity>.list/.get/.create/.update, and for versioned ones .history/.diff/.saveDraft/.discardDraft),
// with parameter schemas generated from the entity's fields.
void registerEntityMethods(Services &services);
// uom.convert, material.whereUsed, equipment.whereUsed, pin.create/.get/.close, dictionary.get.
void registerMasterDataMethods(Services &services);
} // namespace concord
