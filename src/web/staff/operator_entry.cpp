// Questionnaires typed in by the operator (/operator/{code}/entry): paper forms, phone
// calls and interviews, every question on one page in the order of the paper form, so a
// keyboard goes through it with Tab and the arrow keys. The filters are the citizen
// survey's (app/operator/enter_response); after saving, the form comes back empty.
#include <kainjow/mustache.hpp>

#include "domain/methodology/methodology.h"
#include "app/operator/enter_response.h"
#include "core/id.h"
#include "domain/survey/questionnaire.h"
#include "web/cycle_edition.h"
#include "web/pages/pages.h"
#include "web/pages/questionnaire_view.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/operator_desk.h"
#include "web/staff/operator_entry.h"
#include "web/staff/operator_pages.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr survey::Channel kEntryChannels[] = {survey::Channel::operator_paper, survey::Channel::operator_phone,
                                               survey::Channel::operator_interview};

std::string_view entry_title(survey::Channel c) {
  switch (c) {
    case survey::Channel::operator_phone: return "По телефону";
    case survey::Channel::operator_interview: return "Интервью на месте";
    default: return "Бумажная анкета";
  }
}

http::Response form(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                    const ContractOrganisation& organisation, const http::Fields& posted, const EntryResult& result) {
  Data data;
  set_staff_frame(data, site, request, account);
  if (!set_entry_form(data, site, request, organisation, posted, result, kEntryChannels[0])) return not_found(request);
  return staff_page(http_status(result.errors), "operator_entry", "Ввод анкеты — " + organisation.short_name, data, request);
}

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    const auto desk = operator_desk(site, account);
    const auto* organisation = desk.organisation(request.param("code"));
    if (!organisation) return not_found(request);
    return form(site, request, account, *organisation, {}, {});
  });
}

http::Response submit(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    const auto desk = operator_desk(site, account);
    const auto* organisation = desk.organisation(request.param("code"));
    if (!organisation) return not_found(request);
    auto result = enter_posted(site, desk.collector, organisation->code, posted);
    if (!result.errors.empty()) return form(site, request, account, *organisation, posted, result);
    return http::Response::redirect("/operator/" + organisation->code + "/entry?channel=" +
                                    std::string(field(posted, "channel")) + "&saved=" +
                                    http::percent_encode(saved_number(site, desk.collector, organisation->code, posted)));
  });
}

}  // namespace

bool set_entry_form(Data& data, const SiteContext& site, const http::Request& request,
                    const ContractOrganisation& organisation, const http::Fields& posted, const EntryResult& result,
                    survey::Channel default_channel) {
  auto org = site.store.find_organisation(organisation.code);
  if (!org) return false;
  data.set("code", org->code);
  data.set("short_name", org->short_name);
  set_progress(data, organisation);
  // A fresh key for a fresh form; the posted one again when the form comes back with errors.
  const auto posted_key = field(posted, "idempotency_key");
  data.set("idempotency_key", posted_key.empty() ? random_token(18) : std::string(posted_key));
  const auto chosen = field(posted, "channel").empty() ? request.query_value("channel") : field(posted, "channel");
  list channels;
  for (auto c : kEntryChannels)
    channels.push_back(object{{"value", std::string(survey::code(c))},
                              {"title", std::string(entry_title(c))},
                              {"first", c == kEntryChannels[0]},
                              {"checked", survey::code(c) == chosen || (chosen.empty() && c == default_channel)}});
  data.set("channels", channels);
  data.set("interview_id", std::string(field(posted, "interview_id")));
  if (const auto saved = request.query_value("saved"); !saved.empty() && posted.empty())
    data.set("notice", "Анкета № " + std::string(saved) + " сохранена.");
  set_questionnaire(data, methodology::questionnaire_for(cycle_edition(site, org->code), org->sphere), posted,
                    result.errors);
  set_errors(data, result.errors, "channel");
  return true;
}

EntryResult enter_posted(const SiteContext& site, const Collector& collector, const std::string& org_code,
                         const http::Fields& posted) {
  EntryRequest entry{org_code, survey::Channel::operator_paper, {}, std::string(field(posted, "idempotency_key"))};
  entry.channel = survey::parse_channel(field(posted, "channel")).value_or(survey::Channel::web);
  for (const auto& [k, v] : posted)
    if (k != "csrf" && k != "idempotency_key" && k != "channel" && k != "org") entry.answers.push_back({k, v});
  auto result = enter_response(site.store, collector, entry);
  if (result.errors.empty()) site.organisation_pages->forget(org_code);
  return result;
}

std::string saved_number(const SiteContext& site, const Collector& collector, const std::string& org_code,
                         const http::Fields& posted) {
  if (auto number = field(posted, "interview_id"); !number.empty()) return std::string(number);
  return std::to_string(site.store.survey_tally(org_code, collector.cycle_of.find(org_code)->second).respondents);
}

void add_operator_entry_pages(http::Router& router, const SiteContext& site) {
  router.get("/operator/{code}/entry", [&site](const http::Request& r) { return show(site, r); });
  router.post("/operator/{code}/entry", [&site](const http::Request& r) { return submit(site, r); });
}

}  // namespace nok::web
