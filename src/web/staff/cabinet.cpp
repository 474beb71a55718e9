// The organisation cabinet (/cabinet/{code}): read by whoever may see the organisation,
// changed only by its own staff (and administrators). Every route checks `can` first and
// answers 404 outside the person's scope.
#include "app/website/website_checks.h"
#include "print/target_url.h"
#include "web/session.h"
#include "web/staff/cabinet_view.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"
#include "web/error_status.h"

namespace nok::web {
namespace {

using staff::Action;

// How often an organisation's staff may have its site checked on demand.
constexpr std::chrono::minutes kWebsiteCheckGap{10};

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    auto scope = cabinet_scope(site, request, account, Action::view);
    if (!scope) return not_found(request);
    CabinetForm form;
    if (request.query_value("saved") == "1") form.notice = "Профиль сохранён.";
    if (request.query_value("confirmed") == "1") form.notice = "Размещение подтверждено: QR-код открывает страницу организации.";
    if (request.query_value("qr") == "1") form.notice = "Сохранено, куда ведёт QR-код.";
    if (request.query_value("checked") == "1") form.notice = "Сайт проверен: итог ниже, в разделе «Блок на официальном сайте».";
    return cabinet_page(site, request, account, *scope, form);
  });
}

http::Response save_profile(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    auto scope = cabinet_scope(site, request, account, Action::edit);
    if (!scope) return not_found(request);
    const ProfileEdit edit{std::string(field(posted, "address")), std::string(field(posted, "website")),
                           parse_id(field(posted, "version")).value_or(0)};
    const auto current = *site.staff->accounts.organisation_profile(request.param("code"));
    auto saved = edit_profile(site.staff->accounts, account.user, current, edit);
    if (saved) return http::Response::redirect("/cabinet/" + current.code + "?saved=1");
    CabinetForm form;
    form.status = http_status(saved.error());
    if (saved.error().kind == ErrorKind::conflict) {
      // The form shows what is stored now (with its version); the refused values beside it.
      form.conflict = saved.error().message;
      form.mine = edit;
    } else {
      form.errors.push_back(saved.error());
      form.profile = edit;
    }
    return cabinet_page(site, request, account, *scope, form);
  });
}

http::Response add_placement(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields& posted) {
    auto scope = cabinet_scope(site, request, account, Action::edit);
    if (!scope) return not_found(request);
    const PlacementRequest wanted{std::string(field(posted, "carrier")), std::string(field(posted, "place")),
                                  std::string(field(posted, "note"))};
    auto added = register_placement(site.staff->placements, account.user, scope->organisation_id, wanted);
    if (added) return http::Response::redirect("/cabinet/" + std::string(request.param("code")) + "#placements");
    CabinetForm form;
    form.status = http_status(added.error());
    form.errors.push_back(added.error());
    form.placement = wanted;
    return cabinet_page(site, request, account, *scope, form);
  });
}

// The placement named by the route's {id}, if it is a live placement of the organisation.
std::optional<Placement> placement_of(const SiteContext& site, const http::Request& request,
                                      const staff::OrganisationScope& scope) {
  auto id = print::parse_placement_id(request.param("id"));
  auto found = id ? site.staff->placements.find_placement(*id) : std::nullopt;
  if (!found || found->organisation_id != scope.organisation_id) return std::nullopt;
  return found;
}

// Runs `change` on the placement named by the route, for those who may edit it; the
// answer is a redirect to the cabinet with the suffix `change` returns.
http::Response change_placement(const SiteContext& site, const http::Request& request,
                                const std::function<std::string(const StaffAccount&, const Placement&)>& change) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields&) {
    auto scope = cabinet_scope(site, request, account, Action::edit);
    auto placement = scope ? placement_of(site, request, *scope) : std::nullopt;
    if (!placement || !can(account.user, Action::edit, staff::PlacementScope{*scope})) return not_found(request);
    return http::Response::redirect("/cabinet/" + std::string(request.param("code")) + change(account, *placement));
  });
}

http::Response confirm(const SiteContext& site, const http::Request& request) {
  return change_placement(site, request, [&](const StaffAccount& account, const Placement& placement) {
    (void)confirm_placement(site.staff->placements, account.user, placement);  // twice is still confirmed
    return std::string("?confirmed=1#placements");
  });
}

http::Response remove(const SiteContext& site, const http::Request& request) {
  return change_placement(site, request, [&](const StaffAccount& account, const Placement& placement) {
    remove_placement(site.staff->placements, account.user, placement);
    return std::string("#placements");
  });
}

// «Проверить сейчас»: the visit runs while the person waits (a minute at most), then the
// cabinet shows its verdict.
http::Response check_website(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields&) {
    auto scope = cabinet_scope(site, request, account, Action::edit);
    if (!scope || !site.staff->website_checks || !site.staff->websites) return not_found(request);
    const auto profile = *site.staff->accounts.organisation_profile(request.param("code"));
    const auto registered = site.store.find_organisation(profile.code);
    const SiteToCheck target{scope->organisation_id, profile.code, profile.website,
                             site.staff->placements.placements(scope->organisation_id),
                             registered ? registered->bus_gov_card.value_or("") : std::string()};
    CabinetForm form;
    if (site_url(profile.website).empty()) {
      form.status = 422;
      form.errors.push_back(Error{"website_none", "Укажите в профиле адрес официального сайта, затем проверьте его", 0,
                                  "website"});
      return cabinet_page(site, request, account, *scope, form);
    }
    auto checked = check_now(*site.staff->websites, site.staff->placements, target, *site.staff->website_checks,
                             kWebsiteCheckGap);
    if (checked) return http::Response::redirect("/cabinet/" + profile.code + "?checked=1#website-check");
    form.status = http_status(checked.error());
    form.errors.push_back(checked.error());
    return cabinet_page(site, request, account, *scope, form);
  });
}

}  // namespace

void add_cabinet_pages(http::Router& router, const SiteContext& site) {
  router.get("/cabinet", [&site](const http::Request& r) {
    return for_staff(site, r, [](const StaffAccount& a) { return http::Response::redirect(home_of(a)); });
  });
  router.get("/cabinet/{code}", [&site](const http::Request& r) { return show(site, r); });
  router.post("/cabinet/{code}/profile", [&site](const http::Request& r) { return save_profile(site, r); });
  router.post("/cabinet/{code}/placements", [&site](const http::Request& r) { return add_placement(site, r); });
  router.post("/cabinet/{code}/placements/{id}/confirm", [&site](const http::Request& r) { return confirm(site, r); });
  router.post("/cabinet/{code}/placements/{id}/remove", [&site](const http::Request& r) { return remove(site, r); });
  router.post("/cabinet/{code}/website-check", [&site](const http::Request& r) { return check_website(site, r); });
}

}  // namespace nok::web
