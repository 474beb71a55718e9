#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "store/registry_store.h"

namespace nok {

// The name of the authority `authority_id` as the registry gives it, when it lists at least
// one organisation; nullopt for an unknown id or an authority that lists none. Public pages
// name authorities by id: their names are long and change with reorganisations.
std::optional<std::string> listing_authority(RegistryStore& store, std::int64_t authority_id);

}  // namespace nok
