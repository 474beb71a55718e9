#pragma once
#include <string>
#include <string_view>

namespace nok::web {

// The audit log's machine codes in Russian for the administrator's page (/admin/audit).
// A code this version does not know is shown as it is, so no line is ever hidden.
std::string audit_action_title(std::string_view action);
std::string audit_object_title(std::string_view object_type);

}  // namespace nok::web
