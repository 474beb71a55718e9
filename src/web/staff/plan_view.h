#pragma once
#include <optional>
#include <string>

#include "app/staff/plans.h"
#include "http/message.h"
#include "web/context.h"

namespace nok::web {

// What a refused plan form puts back on the page: the errors, which form posted (an item's
// id, 0 for the new item form, -1 for none) and what it posted, so nothing typed is lost.
struct PlanPageForm {
  PlanResult result;
  std::int64_t item_id = -1;
  plans::ItemDraft item;
  plans::ProgressReport report;
  std::string comment;
  std::string notice;
};

// The plan page of an organisation's latest published cycle (/cabinet/{code}/plan) for
// whoever may see it: the organisation's forms when it may edit, the decision forms for an
// official of its authority, the citizens' comments on the measures.
http::Response plan_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                         std::string_view code, const staff::OrganisationScope& scope, const PlanPageForm& form);

}  // namespace nok::web
