#include "web/pages/organisation_pages.h"

namespace nok::web {

std::shared_ptr<const http::KeptBody> OrganisationPages::find(std::string_view target) {
  auto kept = pages_.find(target);
  return kept ? std::move(*kept) : nullptr;
}

std::shared_ptr<const http::KeptBody> OrganisationPages::keep(std::string_view target, std::string html) {
  auto kept = pages_.find_expired_too(target);
  if (!kept || (*kept)->plain != html) kept = http::keep_body(std::move(html), "text/html; charset=utf-8");
  pages_.put(target, *kept);
  return std::move(*kept);
}

void OrganisationPages::forget(std::string_view code) { pages_.erase("/o/" + std::string(code)); }

void OrganisationPages::forget_all() { pages_.clear(); }

}  // namespace nok::web
