#pragma once
#include "store/sql/organisation_cache.h"
#include "store/sql/pool.h"
#include "store/store.h"

namespace nok::sql {

// The Store written once in SQL that both engines accept. Each table family's queries
// live in their own file (registry.cpp, …); engine differences stay in migrations.
class SqlStore final : public Store {
 public:
  explicit SqlStore(std::unique_ptr<Pool> pool) : pool_(std::move(pool)) {}

  Engine engine() const override { return pool_->engine(); }
  std::vector<std::string> migrate() override;
  int schema_version() override;

  void upsert_regions(const std::vector<Region>& regions) override;
  std::vector<Region> regions() override;
  UpsertSummary upsert_organisations(const std::vector<Organisation>& organisations) override;
  std::optional<Organisation> find_organisation(std::string_view code) override;
  OrganisationPage search_organisations(const OrganisationQuery& query) override;
  std::int64_t count_organisations() override;

  std::int64_t open_cycle(const std::string& authority, int year, const std::string& methodology) override;
  void include_in_cycle(std::int64_t cycle_id,
                        const std::vector<std::pair<std::string, std::int64_t>>& codes_and_targets) override;
  std::optional<Assessment> assessment_of(std::string_view organisation_code, int year) override;

 private:
  std::unique_ptr<Pool> pool_;
  OrganisationCache organisations_;
};

}  // namespace nok::sql
