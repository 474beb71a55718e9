#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "app/scoring/catalog.h"
#include "core/error.h"
#include "domain/staff/access.h"
#include "domain/survey/channel.h"
#include "store/registry_store.h"

namespace nok {

// Who collects, and for which organisations: the operator's staff user and the
// organisations of its contracts it may enter for, each with its cycle (already checked
// with staff::can on SampleCollection by the caller).
struct Collector {
  staff::StaffUser user;
  std::map<std::string, std::int64_t, std::less<>> cycle_of;  // organisation code → cycle id
  std::map<std::int64_t, const methodology::Methodology*> edition_of_cycle;  // cycle id → its edition
  // Cycles not collecting now (in preparation, or the materials are with the council or
  // published): their organisations take no new questionnaires.
  std::set<std::int64_t> closed_cycles;
  bool collecting(std::int64_t cycle_id) const { return !closed_cycles.contains(cycle_id); }
  // The edition of the organisation's cycle: what its forms ask and its inputs are checked
  // under (the default for an organisation outside the contracts).
  const methodology::Methodology& edition(std::string_view org_code) const;
};

// The channels an operator enters: paper questionnaires, field interviews, phone calls.
constexpr bool operator_channel(survey::Channel c) {
  return c == survey::Channel::operator_paper || c == survey::Channel::operator_interview ||
         c == survey::Channel::operator_phone;
}

// An idempotency key of the collector's own: keys are unique across all responses, and a
// key a citizen's browser made must never match an operator's.
inline std::string collector_key(const Collector& collector, const std::string& key) {
  return key.empty() ? key : "op:" + std::to_string(collector.user.id) + ":" + key;
}

// The collector's organisations as the scoring catalog, so each row of an upload is
// checked against its organisation's sphere and any other organisation is unknown.
scoring::Catalog contract_catalog(RegistryStore& store, const Collector& collector);

// The registry may hold an organisation an upload names; what matters to the operator is
// that it is not theirs: `{prefix}_unknown_org` becomes upload_not_in_contract.
void report_not_in_contract(std::string_view prefix, Errors& errors);

}  // namespace nok
