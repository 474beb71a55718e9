#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "domain/staff/access.h"
#include "http/message.h"
#include "store/staff_store.h"

namespace nok::web {

// The authority an official's pages cover: `?authority=ID` when given, else the person's
// own for officials and councils, and every authority (0) for the monitor and
// administrators. nullopt when the person may not view it — answer 404.
std::optional<staff::AuthorityScope> official_scope(const StaffAccount& account, const http::Request& request);

}  // namespace nok::web
