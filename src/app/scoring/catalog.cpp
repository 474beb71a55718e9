#include "domain/methodology/methodology.h"
#include "app/scoring/catalog.h"

#include "domain/exchange/fields.h"

namespace nok::scoring {

Catalog::Catalog(std::vector<Organisation> registry) : has_registry_(true) {
  for (auto& o : registry) {
    std::string code = o.code;
    by_code_.emplace(std::move(code), std::move(o));
  }
}

const Organisation* Catalog::find(std::string_view code) const {
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : &it->second;
}

void Catalog::check_known(std::string_view prefix, std::string_view code, Errors& errors) const {
  if (!code.empty() && !knows(code))
    errors.push_back({std::string(prefix) + "_unknown_org", "организации " + quoted(code) + " нет в реестре", 0, "org"});
}

std::optional<Sphere> Catalog::sphere(std::string_view code) const {
  const Organisation* o = find(code);
  return o ? std::optional(o->sphere) : std::nullopt;
}

const survey::Questionnaire& Catalog::questionnaire(std::string_view code) const {
  auto s = sphere(code);
  return s ? methodology::questionnaire_for(edition(code), *s) : methodology::widest_questionnaire(edition(code));
}

const methodology::Methodology& Catalog::edition(std::string_view code) const {
  auto it = edition_of_.find(code);
  return it == edition_of_.end() ? *edition_ : *it->second;
}

Catalog catalog_from_store(RegistryStore& store) {
  std::vector<Organisation> all;
  OrganisationQuery query;
  query.limit = 5000;
  for (;;) {
    auto page = store.search_organisations(query);
    all.insert(all.end(), std::make_move_iterator(page.items.begin()), std::make_move_iterator(page.items.end()));
    if (page.items.empty() || static_cast<std::int64_t>(all.size()) >= page.total) break;
    query.offset += query.limit;
  }
  return Catalog(std::move(all));
}

}  // namespace nok::scoring
