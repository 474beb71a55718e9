#pragma once
#include <string>
#include <vector>

#include "http/message.h"
#include "store/cycle_store.h"
#include "store/registry_store.h"
#include "web/view.h"

// The cycle page's search for organisations to add to its list: the organisations its
// authority lists in the cycle's spheres, narrowed by a part of the name or the ИНН (`q`), a
// municipality and a sphere, each shown with a checkbox. A GET form, so it works without
// JavaScript; the chosen ones (or every one found) are posted to /cycles/{id}/organisations/add.
namespace nok::web {

// The query for `fields` (q, municipality, sphere: the page's query string, or the posted
// form that repeats them) within `cycle`'s authority and spheres; `limit` rows.
OrganisationQuery cycle_search_query(const CycleRecord& cycle, const http::Fields& fields, int limit);

// Whether `fields` ask for a search (the form was sent, even empty).
bool cycle_search_asked(const http::Fields& fields);

// Fills the search form and, when asked, what it found (templates/cycle.mustache, "add"):
// search_q, search_sphere, municipalities, sphere_choices, searched, found, found_total…
// Organisations listed already are shown checked and cannot be chosen again.
void set_cycle_search(Data& data, RegistryStore& registry, const CycleRecord& cycle,
                      const std::vector<CycleMember>& members, const http::Fields& fields);

// The codes of every organisation `fields` find (at most kMaxChosen), for «Все найденные».
std::vector<std::string> every_found(RegistryStore& registry, const CycleRecord& cycle, const http::Fields& fields);

// How many organisations one addition takes at most: a region's list, not the country's.
inline constexpr int kMaxChosen = 5000;

}  // namespace nok::web
