#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/methodology/methodology.h"
#include "domain/registry/organisation.h"
#include "domain/survey/questionnaire.h"
#include "store/registry_store.h"

namespace nok::scoring {

// What scoring knows about organisations. With a registry (a registry CSV or the
// database) every organisation named in the inputs must be in it, and its sphere picks
// its questionnaire and indicators. Without one, any code is accepted, responses are
// checked against the widest questionnaire, and the sphere-specific indicator 2.2
// applies exactly when there is data for it (docs/methodology.md, "Spheres").
class Catalog {
 public:
  Catalog() = default;  // no registry
  explicit Catalog(std::vector<Organisation> registry);

  bool has_registry() const { return has_registry_; }
  // nullptr without a registry or for a code it does not hold.
  const Organisation* find(std::string_view code) const;
  // False only when a registry is given and does not hold the code.
  bool knows(std::string_view code) const { return !has_registry_ || find(code); }
  // Reports `{prefix}_unknown_org` for a non-empty code the registry does not hold.
  void check_known(std::string_view prefix, std::string_view code, Errors& errors) const;
  std::optional<Sphere> sphere(std::string_view code) const;
  // The questionnaire the organisation asks under its edition; without its sphere, the
  // widest one.
  const survey::Questionnaire& questionnaire(std::string_view code) const;
  // The edition the organisation's inputs are read and checked under: its own when one was
  // set (its cycle's), else the catalog's (the default until set).
  const methodology::Methodology& edition(std::string_view code) const;
  void use_edition(const methodology::Methodology& edition) { edition_ = &edition; }
  void use_edition(std::string_view code, const methodology::Methodology& edition) {
    edition_of_.insert_or_assign(std::string(code), &edition);
  }

 private:
  const methodology::Methodology* edition_ = &methodology::default_methodology();
  std::map<std::string, const methodology::Methodology*, std::less<>> edition_of_;
  bool has_registry_ = false;
  std::map<std::string, Organisation, std::less<>> by_code_;
};

// Every organisation in the database.
Catalog catalog_from_store(RegistryStore& store);

}  // namespace nok::scoring
