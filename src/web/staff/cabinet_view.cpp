#include "web/staff/cabinet_view.h"

#include <kainjow/mustache.hpp>
#include <map>

#include "core/time.h"
#include "domain/placement/placement.h"
#include "domain/website/verdict.h"
#include "print/scan_distance.h"
#include "print/target_url.h"
#include "web/staff/cabinet_qr_destination.h"
#include "web/staff/guard.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr int kFunnelDays = 30;

std::string place_title(std::string_view code) {
  auto place = placement::find_place(code);
  return place ? std::string(place->title) : std::string(code);
}

std::string carrier_title(std::string_view code) {
  auto carrier = placement::find_carrier(code);
  return carrier ? std::string(carrier->title) : std::string(code);
}

// The files to print for a placement, each carrying its id so its scans are counted.
list downloads(const std::string& code, const Placement& p) {
  const std::string base = "/o/" + code + "/", id = "p=" + std::to_string(p.id);
  // A poster's QR side follows the 1:10 rule for the place's scanning distance.
  const std::string place = print::find_place_type(p.place) ? "&place=" + p.place : "";
  list out;
  auto add = [&](std::string href, std::string label) { out.push_back(object{{"href", href}, {"label", label}}); };
  if (p.carrier == "poster_a4") add(base + "poster.pdf?format=a4" + place + "&" + id, "плакат А4 (PDF)");
  if (p.carrier == "poster_a3") add(base + "poster.pdf?format=a3" + place + "&" + id, "плакат А3 (PDF)");
  if (p.carrier == "label") add(base + "labels.pdf?" + id, "лист наклеек (PDF)");
  if (p.carrier == "ticket") {
    add(base + "ticket.pdf?width=58&" + id, "талон 58 мм");
    add(base + "ticket.pdf?width=80&" + id, "талон 80 мм");
  }
  if (p.carrier == "leaflet") add(base + "leaflet.pdf?" + id, "листовка А5 (PDF)");
  if (p.carrier == "screen") {
    add(base + "screen?" + id, "экран ожидания");
    add(base + "screen-loop?" + id, "экран ожидания со сменой слайдов");
  }
  if (p.carrier == "website") add(base + "website-block?" + id, "блок для сайта");
  add(base + "qr.svg?" + id, "QR-код SVG");
  add(base + "qr.png?dpi=300&size=40&" + id, "QR-код PNG");
  return out;
}

object funnel_row(const std::string& label, const FunnelCounts& n) {
  object row{{"label", label},
             {"scans", std::to_string(n.scans)},
             {"started", std::to_string(n.started)},
             {"completed", std::to_string(n.completed)},
             {"outgoing", std::to_string(n.outgoing)}};
  if (n.scans > 0) row["share"] = std::to_string(n.completed * 100 / n.scans) + " % от сканирований";
  return row;
}

void add_to(FunnelCounts& total, const FunnelCounts& n) {
  total.scans += n.scans;
  total.started += n.started;
  total.completed += n.completed;
  total.outgoing += n.outgoing;
}

void add_funnel(Data& data, const SiteContext& site, std::int64_t organisation_id,
                const std::vector<Placement>& placements) {
  const auto now = std::chrono::system_clock::now();
  const std::string from = iso_utc(now - std::chrono::days(kFunnelDays - 1)), to = iso_utc(now);
  data.set("period", std::to_string(kFunnelDays) + " дней (с " + day_text(from) + ")");
  std::map<std::int64_t, const Placement*> by_id;
  for (const auto& p : placements) by_id[p.id] = &p;
  list rows;
  std::map<std::string, FunnelCounts> by_place;
  for (const auto& f : site.staff->placements.funnel(organisation_id, from.substr(0, 10), to.substr(0, 10))) {
    const auto it = by_id.find(f.placement_id);
    std::string label = f.placement_id == 0        ? "Без места: ссылка, поиск, общий QR-код"
                        : it == by_id.end()        ? "Снятое размещение"
                                                   : place_title(it->second->place) + ", " + carrier_title(it->second->carrier);
    if (it != by_id.end() && !it->second->note.empty()) label += " (" + it->second->note + ")";
    rows.push_back(funnel_row(label, f.counts));
    add_to(by_place[f.placement_id == 0 ? "Без места" : it == by_id.end() ? "Снятые размещения"
                                                                          : place_title(it->second->place)],
           f.counts);
  }
  list places;
  for (const auto& [label, counts] : by_place) places.push_back(funnel_row(label, counts));
  data.set("funnel", rows);
  data.set("funnel_by_place", places);
}

void add_placements(Data& data, const SiteContext& site, const std::string& code,
                    const std::vector<Placement>& placements, const PlacementRequest& posted) {
  list rows;
  std::vector<std::string> places;
  for (const auto& p : placements) {
    places.push_back(p.place);
    rows.push_back(object{{"id", std::to_string(p.id)},
                          {"place", place_title(p.place)},
                          {"carrier", carrier_title(p.carrier)},
                          {"note", p.note},
                          {"has_note", !p.note.empty()},
                          {"is_confirmed", !p.confirmed_at.empty()},
                          {"url", print::organisation_url(site.public_url, code, p.id)},
                          {"downloads", downloads(code, p)},
                          {"confirmed", p.confirmed_at.empty() ? std::string() : day_text(p.confirmed_at)}});
  }
  data.set("placements", rows);
  data.set("has_placements", !placements.empty());
  const auto rule = placement::check_rule(places);
  data.set("rule_ok", rule.satisfied());
  list missing;
  for (const auto& m : rule.missing()) missing.push_back(m);
  data.set("missing", missing);
  list place_options, carrier_options;
  for (const auto& p : placement::places())
    place_options.push_back(object{{"code", std::string(p.code)}, {"title", std::string(p.title)},
                                   {"selected", p.code == posted.place}});
  for (const auto& c : placement::carriers())
    carrier_options.push_back(object{{"code", std::string(c.code)}, {"title", std::string(c.title)},
                                     {"selected", c.code == posted.carrier}});
  data.set("places", place_options);
  data.set("carriers", carrier_options);
  data.set("note", posted.note);
}

constexpr int kWebsiteHistory = 5;

object website_check_row(const WebsiteCheck& check) {
  const auto verdict = website::parse_verdict(check.verdict);
  object row{{"verdict", std::string(verdict ? website::title(*verdict) : "—")},
             {"is_ok", verdict == website::Verdict::ok},
             {"reason", check.reason},
             {"checked", day_text(check.checked_at)},
             {"website", check.website}};
  // The evidence, each only when there is one; an address from another site becomes a link
  // only when it is a web address (an image inside the page has none).
  const auto web_address = [](const std::string& url) { return url.starts_with("http://") || url.starts_with("https://"); };
  if (web_address(check.page_url)) row["page_url"] = check.page_url;
  if (web_address(check.image_url)) row["image_url"] = check.image_url;
  if (!check.decoded.empty()) row["decoded"] = check.decoded;
  return row;
}

// The last checks of the organisation's website and, for its own staff, «Проверить сейчас».
void add_website_check(Data& data, const SiteContext& site, std::int64_t organisation_id, bool can_edit) {
  if (!site.staff->websites) return;
  data.set("shows_website_check", true);
  data.set("can_check_website", can_edit && site.staff->website_checks != nullptr);
  const auto history = site.staff->websites->history(organisation_id, kWebsiteHistory);
  if (history.empty()) return;
  data.set("website_check", website_check_row(history.front()));
  list earlier;
  for (std::size_t i = 1; i < history.size(); ++i) earlier.push_back(website_check_row(history[i]));
  data.set("website_checks_earlier", earlier);
  data.set("has_earlier_checks", history.size() > 1);
}

}  // namespace

std::optional<staff::OrganisationScope> cabinet_scope(const SiteContext& site, const http::Request& request,
                                                      const StaffAccount& account, staff::Action action) {
  auto scope = site.staff->accounts.organisation_scope(request.param("code"));
  if (!scope || !can(account.user, action, *scope)) return std::nullopt;
  return scope;
}

http::Response cabinet_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                            const staff::OrganisationScope& scope, const CabinetForm& form) {
  const auto profile = *site.staff->accounts.organisation_profile(request.param("code"));
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("code", profile.code);
  data.set("short_name", profile.short_name);
  data.set("can_edit", can(account.user, staff::Action::edit, scope));
  // Only the links the person may open: an operator or an authority does not read appeals.
  data.set("sees_appeals", can(account.user, staff::Action::view, staff::AppealScope{scope}));
  data.set("sees_invitations", site.staff->invitations != nullptr);
  data.set("sees_kiosks", site.staff->keys != nullptr);
  data.set("sees_reviews", can(account.user, staff::Action::view, staff::ReviewScope{scope}));
  data.set("sees_plan", can(account.user, staff::Action::view, staff::PlanScope{scope}));
  data.set("version", std::to_string(form.profile ? form.profile->version : profile.version));
  data.set("address", form.profile ? form.profile->address : profile.address);
  data.set("website", form.profile ? form.profile->website : profile.website);
  if (!form.conflict.empty()) {
    data.set("conflict", form.conflict);
    data.set("mine_address", form.mine.address);
    data.set("mine_website", form.mine.website);
  }
  if (!form.notice.empty()) data.set("notice", form.notice);
  list errors;
  for (const auto& e : form.errors) errors.push_back(object{{"field", e.column}, {"message", e.message}});
  data.set("errors", errors);
  data.set("has_errors", !form.errors.empty());
  const auto placements = site.staff->placements.placements(scope.organisation_id);
  add_placements(data, site, profile.code, placements, form.placement);
  add_funnel(data, site, scope.organisation_id, placements);
  add_website_check(data, site, scope.organisation_id, can(account.user, staff::Action::edit, scope));
  add_qr_destination(data, site, account, scope, profile.code);
  return staff_page(form.status, "cabinet", "Кабинет — " + profile.short_name, data, request);
}

}  // namespace nok::web
