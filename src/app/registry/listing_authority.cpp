#include "app/registry/listing_authority.h"

namespace nok {

std::optional<std::string> listing_authority(RegistryStore& store, std::int64_t authority_id) {
  if (authority_id <= 0) return std::nullopt;  // 0 would match every authority
  OrganisationQuery query;
  query.authority_id = authority_id;
  query.limit = 1;
  auto page = store.search_organisations(query);
  if (page.items.empty()) return std::nullopt;
  return page.items.front().authority;
}

}  // namespace nok
