// An administrator's buttons on /admin/users: disable or enable an account (its sessions end
// at once) and remove a second factor whose phone was lost. Administrators only; anyone else
// gets the same 404 as for a page that does not exist.
#include "app/staff/account_admin.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using Change = std::function<Result<Ok>(const StaffAccount& admin, std::int64_t user_id)>;

http::Response change_account(const SiteContext& site, const http::Request& request, const Change& change) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields&) {
    const auto id = parse_id(request.param("id"));
    if (!id || !can(account.user, staff::Action::edit, staff::StaffDirectory{})) return not_found(request);
    const auto done = change(account, *id);
    if (done) return http::Response::redirect("/admin/users?changed=" + std::to_string(*id));
    if (done.error().code == "account_not_found") return not_found(request);
    return message_page(409, "Ничего не изменено", done.error().message, request);
  });
}

}  // namespace

void add_admin_account_pages(http::Router& router, const SiteContext& site) {
  auto set_disabled = [&site](bool disabled) {
    return [&site, disabled](const http::Request& r) {
      return change_account(site, r, [&](const StaffAccount& admin, std::int64_t id) {
        return set_account_disabled(site.staff->accounts, admin.user, id, disabled);
      });
    };
  };
  router.post("/admin/users/{id}/disable", set_disabled(true));
  router.post("/admin/users/{id}/enable", set_disabled(false));
  router.post("/admin/users/{id}/remove-totp", [&site](const http::Request& r) {
    return change_account(site, r, [&](const StaffAccount& admin, std::int64_t id) {
      return remove_second_factor(site.staff->accounts, admin.user, id);
    });
  });
}

}  // namespace nok::web
