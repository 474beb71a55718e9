#pragma once
#include <functional>
#include <string>
#include <vector>

#include "domain/registry/organisation.h"
#include "store/registry_store.h"

namespace nok {

// Organisations by code, `page_size` at a time, for print::write_bundle's `next_page`:
// an empty page after the last. Codes no longer in the registry are skipped.
std::function<std::vector<Organisation>()> organisation_pages(RegistryStore& store, std::vector<std::string> codes,
                                                              std::size_t page_size = 200);

}  // namespace nok
