#include "web/staff/cycle_search.h"

#include <kainjow/mustache.hpp>
#include <algorithm>
#include <set>

#include "core/text.h"
#include "domain/registry/sphere.h"
#include "web/session.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr int kShown = 50;  // rows a search shows; «Все найденные» takes the rest

// The cycle's spheres; empty when it covers every sphere of its authority.
std::vector<Sphere> cycle_spheres(const CycleRecord& cycle) {
  std::vector<Sphere> out;
  for (auto piece : text::split(cycle.spheres, ','))
    if (auto s = parse_sphere(piece)) out.push_back(*s);
  return out;
}

}  // namespace

bool cycle_search_asked(const http::Fields& fields) {
  return std::any_of(fields.begin(), fields.end(), [](const auto& f) { return f.first == "q"; });
}

OrganisationQuery cycle_search_query(const CycleRecord& cycle, const http::Fields& fields, int limit) {
  OrganisationQuery query{.text = std::string(text::trim(field(fields, "q"))), .limit = limit};
  query.authority_id = cycle.authority_id;
  query.municipality = std::string(field(fields, "municipality"));
  query.spheres = cycle_spheres(cycle);
  query.sphere = parse_sphere(field(fields, "sphere"));
  return query;
}

void set_cycle_search(Data& data, RegistryStore& registry, const CycleRecord& cycle,
                      const std::vector<CycleMember>& members, const http::Fields& fields) {
  const auto query = cycle_search_query(cycle, fields, kShown);
  data.set("search_q", query.text);
  list municipalities;
  for (const auto& m : registry.municipalities(cycle.authority_id))
    municipalities.push_back(object{{"name", m}, {"selected", m == query.municipality}});
  data.set("municipalities", municipalities);
  list spheres;
  const auto allowed = cycle_spheres(cycle);
  for (auto s : all_spheres())
    if (allowed.empty() || std::find(allowed.begin(), allowed.end(), s) != allowed.end())
      spheres.push_back(object{{"code", std::string(code(s))},
                               {"title", std::string(title(s))},
                               {"selected", query.sphere == s}});
  data.set("sphere_choices", spheres);
  if (!cycle_search_asked(fields)) return;
  data.set("searched", true);
  data.set("search_municipality", query.municipality);
  data.set("search_sphere", query.sphere ? std::string(code(*query.sphere)) : std::string());
  std::set<std::string, std::less<>> listed;
  for (const auto& m : members) listed.insert(m.code);
  const auto page = registry.search_organisations(query);
  list found;
  for (const auto& o : page.items) {
    object row{{"code", o.code},
               {"org_name", o.short_name},
               {"org_inn", o.inn},
               {"org_sphere", std::string(title(o.sphere))},
               {"listed", listed.contains(o.code)}};
    if (!o.municipality.empty()) row["org_municipality"] = o.municipality;
    found.push_back(row);
  }
  data.set("found", found);
  data.set("found_any", !page.items.empty());
  data.set("found_total", std::to_string(page.total));
  data.set("found_more", page.total > static_cast<std::int64_t>(page.items.size()));
  data.set("found_shown", std::to_string(page.items.size()));
}

std::vector<std::string> every_found(RegistryStore& registry, const CycleRecord& cycle, const http::Fields& fields) {
  std::vector<std::string> out;
  for (auto& o : registry.search_organisations(cycle_search_query(cycle, fields, kMaxChosen)).items)
    out.push_back(std::move(o.code));
  return out;
}

}  // namespace nok::web
