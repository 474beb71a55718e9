#pragma once
#include "store/sql/pool.h"
#include "store/website_check_store.h"

namespace nok::sql {

// The WebsiteCheckStore in the SQL both engines accept, over the main store's pool
// (website_checks.cpp).
class SqlWebsiteCheckStore final : public WebsiteCheckStore {
 public:
  explicit SqlWebsiteCheckStore(Pool& pool) : pool_(pool) {}

  WebsiteCheck record(WebsiteCheck check) override;
  std::vector<WebsiteCheck> history(std::int64_t organisation_id, int limit) override;
  std::vector<std::string> claim_due(const std::string& checked_before, const std::string& now,
                                     const std::string& lease_until, int limit) override;
  bool claim_now(std::int64_t organisation_id, const std::string& checked_after, const std::string& now,
                 const std::string& lease_until) override;
  std::vector<WebsiteCoverageRow> coverage(std::int64_t authority_id, std::string_view region_code) override;

 private:
  Pool& pool_;
};

}  // namespace nok::sql
