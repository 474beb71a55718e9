#include "web/staff/key_rows.h"

#include <kainjow/mustache.hpp>

#include "core/time.h"

namespace nok::web {

void set_key_rows(Data& data, OrganisationKeyStore& keys, KeyKind kind, std::int64_t organisation_id) {
  kainjow::mustache::list rows;
  for (const auto& k : keys.keys(kind, organisation_id)) {
    kainjow::mustache::object row{{"id", std::to_string(k.id)}, {"name", k.name}, {"created", day_text(k.created_at)}};
    if (!k.last_used_at.empty()) row["last_used"] = day_text(k.last_used_at);
    if (!k.revoked_at.empty()) row["revoked"] = day_text(k.revoked_at);
    rows.push_back(row);
  }
  data.set("has_keys", !rows.empty());
  data.set("keys", rows);
}

}  // namespace nok::web
