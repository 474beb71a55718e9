// The outbox of mail and SMS for administrators (/admin/outbox): messages that could not be
// delivered and those still waiting, with «Отправить снова» for the former. Recipients are
// masked and bodies never shown (app/outbox/outbox_admin.h). Anyone else gets the same 404
// as for a page that does not exist.
#include <kainjow/mustache.hpp>

#include "app/outbox/outbox_admin.h"
#include "web/staff/guard.h"
#include "web/staff/numbers.h"
#include "web/staff/pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr int kListed = 200;

std::string what(const OutboxEntry& e) {
  if (e.topic == "sign_in_code") return "Код для входа";
  if (e.topic == "appeal_answer") return "Ответ на обращение";
  if (e.topic == "deadline_reminder") return "Напоминание о сроке";
  return e.channel == "sms" ? "SMS" : "Письмо";
}

// "2026-11-24T12:05:00Z" → "2026-11-24 12:05" (the page says the times are UTC).
std::string minute(const std::string& iso) { return iso.size() < 16 ? iso : iso.substr(0, 10) + " " + iso.substr(11, 5); }

list rows(const std::vector<OutboxLine>& lines) {
  list out;
  for (const auto& l : lines) {
    const auto& e = l.entry;
    object row{{"id", std::to_string(e.id)},
               {"what", what(e)},
               {"channel", std::string(e.channel == "sms" ? "SMS" : "почта")},
               {"recipient", l.recipient.empty() ? std::string("удалён") : l.recipient},
               {"attempts", std::to_string(e.attempts)},
               {"error", e.last_error.empty() ? std::string("—") : e.last_error},
               {"next", minute(e.next_attempt_at)},
               {"finished", minute(e.finished_at)},
               {"expires", e.expires_at.empty() ? std::string("—") : minute(e.expires_at)},
               {"can_resend", l.can_resend}};
    out.push_back(row);
  }
  return out;
}

bool allowed(const SiteContext& site, const StaffAccount& account, staff::Action action) {
  return site.staff->outbox && can(account.user, action, staff::OutgoingMessages{});
}

http::Response outbox_page(const SiteContext& site, const http::Request& request, const StaffAccount& account) {
  if (!allowed(site, account, staff::Action::view)) return not_found(request);
  const auto overview = outbox_overview(*site.staff->outbox, site.key, kListed);
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("dead", rows(overview.dead));
  data.set("pending", rows(overview.pending));
  data.set("has_dead", !overview.dead.empty());
  data.set("has_pending", !overview.pending.empty());
  data.set("dead_count", std::to_string(overview.backlog.dead));
  data.set("pending_count", std::to_string(overview.backlog.pending));
  if (!request.query_value("resent").empty()) data.set("resent", true);
  return staff_page(200, "admin_outbox", "Исходящие письма и SMS", data, request);
}

http::Response resend(const SiteContext& site, const http::Request& request) {
  return for_staff_form(site, request, [&](const StaffAccount& account, const http::Fields&) {
    const auto id = parse_id(request.param("id"));
    if (!id || !allowed(site, account, staff::Action::edit)) return not_found(request);
    const auto done = resend_message(*site.staff->outbox, account.user, *id);
    if (done) return http::Response::redirect("/admin/outbox?resent=" + std::to_string(*id));
    if (done.error().code == "outbox_not_found") return not_found(request);
    return message_page(409, "Сообщение не отправлено", done.error().message, request);
  });
}

}  // namespace

void add_admin_outbox_pages(http::Router& router, const SiteContext& site) {
  router.get("/admin/outbox", [&site](const http::Request& r) {
    return for_staff(site, r, [&](const StaffAccount& a) { return outbox_page(site, r, a); });
  });
  router.post("/admin/outbox/{id}/resend", [&site](const http::Request& r) { return resend(site, r); });
}

}  // namespace nok::web
