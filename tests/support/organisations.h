#pragma once
#include <string>

#include "domain/registry/organisation.h"

namespace nok::test {

// A valid registry row (the ИНН passes its checksum) with the fields tests vary; a test
// sets anything else it needs on the returned value.
inline Organisation test_organisation(std::string code, std::string name, Sphere sphere, std::string authority,
                                      std::string region = "77") {
  Organisation o;
  o.code = std::move(code);
  o.inn = "7707083893";
  o.full_name = o.short_name = std::move(name);
  o.region_code = std::move(region);
  o.sphere = sphere;
  o.authority = std::move(authority);
  return o;
}

}  // namespace nok::test
