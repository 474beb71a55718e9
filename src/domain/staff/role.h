#pragma once
#include <optional>
#include <span>
#include <string_view>

namespace nok::staff {

// The six kinds of staff account (docs/domain.md#actors). Each has one role and, except the
// monitor and the administrator, one scope that bounds what it sees.
enum class Role {
  org_staff,        // сотрудник организации: its organisation
  survey_operator,  // оператор: its contracts, the cycles where it is the operator
  council,          // член общественного совета: its authority's cycles
  official,         // сотрудник уполномоченного органа: its authority
  monitor,          // федеральный мониторинг: reads everything, changes nothing
  admin,            // администратор платформы
};

// What a role's scope points at.
enum class ScopeKind { none, organisation, survey_operator, authority };

// Stable code for the database and the CLI: org_staff, operator, council, official, monitor, admin.
std::string_view code(Role role);
std::optional<Role> parse_role(std::string_view code);
// Russian name for pages: «Сотрудник организации», …
std::string_view title(Role role);
ScopeKind scope_kind(Role role);
std::span<const Role> all_roles();

}  // namespace nok::staff
