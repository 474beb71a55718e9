#include "web/staff/official_scope.h"

#include <cctype>
#include <charconv>

namespace nok::web {

std::optional<staff::AuthorityScope> official_scope(const StaffAccount& account, const http::Request& request) {
  staff::AuthorityScope scope{
      staff::scope_kind(account.user.role) == staff::ScopeKind::authority ? account.user.authority_id : 0};
  if (const auto text = request.query_value("authority"); !text.empty()) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), scope.authority_id);
    if (ec != std::errc{} || end != text.data() + text.size() || scope.authority_id <= 0) return std::nullopt;
  }
  if (!can(account.user, staff::Action::view, scope)) return std::nullopt;
  return scope;
}

bool valid_region(std::string_view region) {
  return region.empty() || (region.size() == 2 && std::isdigit(static_cast<unsigned char>(region[0])) &&
                            std::isdigit(static_cast<unsigned char>(region[1])));
}

}  // namespace nok::web
