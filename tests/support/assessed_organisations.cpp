#include "support/organisations.h"
#include "support/assessed_organisations.h"

#include "core/time.h"

namespace nok::test {

Organisation staff_test_organisation(std::string code, std::string name, std::string region, std::string authority) {
  auto o = test_organisation(std::move(code), std::move(name), Sphere::education, std::move(authority), std::move(region));
  o.address = "ул. Ленина, 1";
  return o;
}

void add_two_assessed_organisations(Store& store) {
  (void)store.upsert_organisations({staff_test_organisation("school", "Школа № 1", "77", "Департамент образования"),
                                    staff_test_organisation("clinic", "Поликлиника № 2", "50", "Минздрав области")});
  store.include_in_cycle(store.open_cycle("Департамент образования", current_year(), "344n-2019"), {{"school", 100}});
  store.include_in_cycle(store.open_cycle("Минздрав области", current_year(), "344n-2019"), {{"clinic", 100}});
}

}  // namespace nok::test
