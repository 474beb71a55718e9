#pragma once
#include <string_view>

#include "web/view.h"

namespace nok::web {

// The region and sphere options of a filter form (`regions`: code, name, selected;
// `spheres`: code, title, selected), the current choice selected.
void set_region_sphere_choices(Data& data, std::string_view region, std::string_view sphere);

// Whether `code` names a region of the reference list.
bool known_region(std::string_view code);

}  // namespace nok::web
