#pragma once
#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "store/staff_store.h"

namespace nok {

// An audit line for a change by `actor_id` (0: the command line), with the object's
// fields before and after as JSON objects (empty `before` for a creation). Secrets
// never go in: a password change records that it happened, not the hash.
AuditEntry audit_entry(std::int64_t actor_id, std::string_view action, std::string_view object_type,
                       std::string object_id, const boost::json::object& before, const boost::json::object& after);

}  // namespace nok
