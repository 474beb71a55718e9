#include "app/staff/audit.h"

#include <boost/json/serialize.hpp>

namespace nok {

AuditEntry audit_entry(std::int64_t actor_id, std::string_view action, std::string_view object_type,
                       std::string object_id, const boost::json::object& before, const boost::json::object& after) {
  AuditEntry e;
  e.user_id = actor_id;
  e.action = action;
  e.object_type = object_type;
  e.object_id = std::move(object_id);
  if (!before.empty()) e.before_json = boost::json::serialize(before);
  e.after_json = boost::json::serialize(after);
  return e;
}

}  // namespace nok
