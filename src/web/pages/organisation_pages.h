#pragma once
#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "core/ttl_cache.h"
#include "http/response_filter.h"

namespace nok::web {

// The organisation pages as a visitor without a session sees them in the normal version: the
// same for everyone, so each is kept, rendered, compressed and tagged — a crowd scanning one
// poster costs one render, not one each, and no request hashes or compresses the page again
// (http::KeptBody). The version for the visually impaired has dozens of variants and few
// visitors: it is not kept. Each site has its own (SiteContext); calls from several threads
// are safe.
//
// How fresh a kept page is: this process forgets a page on its own writes to it (forget);
// a change any process makes to the registry, the cycles or the published results forgets
// every page at once (forget_all, called by the owner on the database's change events). What
// remains is the running figures and the latest reviews written through another process:
// those show within kLifetime. A citizen who has just answered has a session, and so never
// gets a kept page.
class OrganisationPages {
 public:
  static constexpr std::chrono::seconds kLifetime{10};

  // The page at `target` ("/o/0123"), when one was kept less than kLifetime ago; else nullptr.
  std::shared_ptr<const http::KeptBody> find(std::string_view target);

  // Keeps `html` as the page at `target` and returns it kept. When it is byte for byte the page
  // kept there before (the usual case a second later), that one is kept again rather than
  // compressed anew.
  std::shared_ptr<const http::KeptBody> keep(std::string_view target, std::string html);

  // Drops the page of the organisation `code`, after a change to its scores in this process.
  void forget(std::string_view code);

  // Drops every page: something every page may show has changed, here or in another process.
  void forget_all();

 private:
  TtlCache<std::shared_ptr<const http::KeptBody>> pages_{kLifetime, 4096};
};

}  // namespace nok::web
