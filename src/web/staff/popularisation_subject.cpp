#include "web/staff/popularisation_subject.h"

#include "app/monitoring/yearly_report.h"
#include "core/time.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/staff_context.h"
#include "web/view.h"

namespace nok::web {

std::variant<PlanSubject, http::Response> plan_subject(const SiteContext& site, const http::Request& request,
                                                       const StaffAccount& account) {
  if (!site.staff->popularisation) return not_found(request);
  const auto id = parse_id(request.param("id"));
  if (!id || !can(account.user, staff::Action::view, staff::PopularisationPlan{*id})) return not_found(request);
  auto authority = site.staff->popularisation->authority(*id);
  if (!authority) return not_found(request);
  // The plan's years are the yearly report's: the plan is reported in it.
  const auto year = monitoring::report_year(request.query_value("year"), current_year());
  if (!year) return message_page(400, "Неверные параметры", year.error().message, request);
  return PlanSubject{std::move(*authority), *year,
                     can(account.user, staff::Action::edit, staff::PopularisationPlan{*id})};
}

std::string plan_url(const PlanSubject& subject, std::string_view suffix) {
  return "/authorities/" + std::to_string(subject.authority.id) + "/popularisation" + std::string(suffix) +
         "?year=" + std::to_string(subject.year);
}

}  // namespace nok::web
