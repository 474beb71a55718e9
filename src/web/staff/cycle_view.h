#pragma once
#include <optional>
#include <string>

#include "core/error.h"
#include "http/message.h"
#include "store/cycle_store.h"
#include "web/context.h"

namespace nok::web {

// The cycle named by the route's {id} if `account` may see it; nullopt for unknown
// cycles and other scopes alike (the caller answers 404).
std::optional<CycleRecord> visible_cycle(const SiteContext& site, const http::Request& request,
                                         const StaffAccount& account);

// What a refused form puts back on a cycle page: the error and what was typed.
struct CycleFormState {
  int status = 200;
  std::optional<Error> error;
  std::string notice;
  std::string organisations_text;  // the list as posted
  // The search for organisations to show again with a refused addition; else the page
  // shows the search of its query string.
  std::optional<http::Fields> search;
  std::string comment;
};

// The cycle: its state and calendar, the steps the person may take, the organisations
// with their samples and results, the council's decisions and the history of steps.
http::Response cycle_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                          const CycleRecord& cycle, const CycleFormState& form);

// One organisation's results in the cycle: values, deficiencies, proposals.
http::Response result_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                           const CycleRecord& cycle, const CycleFormState& form);

}  // namespace nok::web
