#pragma once
// The page of an authority's plan of popularisation measures: the table with each measure's
// effect, and for its officials the form that adds or changes a measure, a status form and
// a remove button per row.
#include <string>

#include "core/error.h"
#include "http/message.h"
#include "store/staff_store.h"
#include "web/context.h"
#include "web/staff/popularisation_subject.h"

namespace nok::web {

struct PlanForm {
  std::int64_t editing = 0;  // the measure the form changes; 0: a new one
  http::Fields posted;       // what came back with errors; empty: the stored values
  Errors errors;
  std::string error_suffix;  // "-{id}" when the errors are of a row's status form
  std::string notice;        // what the last change did
};

http::Response plan_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                         const PlanSubject& subject, const PlanForm& form);

}  // namespace nok::web
