#include "domain/staff/role.h"

namespace nok::staff {
namespace {

struct RoleInfo {
  Role role;
  std::string_view code;
  std::string_view title;
  ScopeKind scope;
};

constexpr RoleInfo kRoles[] = {
    {Role::org_staff, "org_staff", "Сотрудник организации", ScopeKind::organisation},
    {Role::survey_operator, "operator", "Оператор", ScopeKind::survey_operator},
    {Role::council, "council", "Член общественного совета", ScopeKind::authority},
    {Role::official, "official", "Сотрудник уполномоченного органа", ScopeKind::authority},
    {Role::monitor, "monitor", "Федеральный мониторинг", ScopeKind::none},
    {Role::admin, "admin", "Администратор", ScopeKind::none},
};

constexpr Role kAll[] = {Role::org_staff, Role::survey_operator, Role::council,
                         Role::official,  Role::monitor,         Role::admin};

const RoleInfo& info(Role role) { return kRoles[static_cast<int>(role)]; }

}  // namespace

std::string_view code(Role role) { return info(role).code; }
std::string_view title(Role role) { return info(role).title; }
ScopeKind scope_kind(Role role) { return info(role).scope; }
std::span<const Role> all_roles() { return kAll; }

std::optional<Role> parse_role(std::string_view text) {
  for (const auto& r : kRoles)
    if (r.code == text) return r.role;
  return std::nullopt;
}

}  // namespace nok::staff
