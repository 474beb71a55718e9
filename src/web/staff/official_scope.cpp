#include "web/staff/official_scope.h"

#include "web/staff/numbers.h"

namespace nok::web {

std::optional<staff::AuthorityScope> official_scope(const StaffAccount& account, const http::Request& request) {
  staff::AuthorityScope scope{
      staff::scope_kind(account.user.role) == staff::ScopeKind::authority ? account.user.authority_id : 0};
  if (const auto text = request.query_value("authority"); !text.empty()) {
    const auto id = parse_id(text);
    if (!id) return std::nullopt;
    scope.authority_id = *id;
  }
  if (!can(account.user, staff::Action::view, scope)) return std::nullopt;
  return scope;
}

}  // namespace nok::web
