#pragma once
#include <string>

#include "domain/registry/organisation.h"
#include "store/store.h"

namespace nok::test {

// An organisation of education at "ул. Ленина, 1" listed by `authority`.
Organisation staff_test_organisation(std::string code, std::string name, std::string region, std::string authority);

// Two organisations of two authorities, both assessed this year: "school" (region 77,
// «Департамент образования») and "clinic" (region 50, «Минздрав области»).
void add_two_assessed_organisations(Store& store);

}  // namespace nok::test
