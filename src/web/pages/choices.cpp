#include "web/pages/choices.h"

#include <kainjow/mustache.hpp>

#include "app/registry/reference_data.h"
#include "domain/registry/sphere.h"

namespace nok::web {

void set_region_sphere_choices(Data& data, std::string_view region, std::string_view sphere) {
  using kainjow::mustache::list;
  using kainjow::mustache::object;
  list regions, spheres;
  for (const auto& r : known_regions())
    regions.push_back(object{{"code", r.code}, {"name", r.name}, {"selected", r.code == region}});
  for (auto s : all_spheres())
    spheres.push_back(object{{"code", std::string(code(s))}, {"title", std::string(title(s))}, {"selected", code(s) == sphere}});
  data.set("regions", regions);
  data.set("spheres", spheres);
}

bool known_region(std::string_view code) {
  for (const auto& r : known_regions())
    if (r.code == code) return true;
  return false;
}

}  // namespace nok::web
