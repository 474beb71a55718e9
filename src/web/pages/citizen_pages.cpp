// The citizen's own page: what they gave and in what state — surveys (counted, replaced,
// held for moderation), ratings, opinions, comments on measures, reviews with the
// moderation reason, appeals with answers — and signing out. Private: no caching.
#include <array>
#include <kainjow/mustache.hpp>

#include "app/feedback/own_appeal.h"
#include "core/time.h"
#include "domain/feedback/moderation.h"
#include "web/pages/citizen_form.h"
#include "web/pages/feedback_pages.h"
#include "web/pages/review_view.h"
#include "web/pages/wording.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

constexpr int kEntriesOfEachKind = 50;

struct StatusWord {
  std::string_view kind, status, text;
};

constexpr std::array<StatusWord, 16> kStatusWords{{
    {"survey", "counted", "Учтена"},
    {"survey", "replaced", "Заменена более новой анкетой"},
    {"survey", "moderation", "На проверке у модератора"},
    {"survey", "excluded", "Не учтена по решению модератора"},
    {"rating", "counted", "Учтена"},
    {"rating", "replaced", "Заменена более новой оценкой"},
    {"opinion", "counted", "Учтено"},
    {"opinion", "replaced", "Заменено более новым"},
    {"review", "published", "Опубликован"},
    {"review", "pending", "На проверке у модератора"},
    {"review", "rejected", "Отклонён модератором"},
    {"appeal", "new", "Ждёт ответа"},
    {"appeal", "in_progress", "Рассматривается"},
    {"appeal", "answered", "Дан ответ"},
    {"appeal", "closed", "Закрыто"},
    {"measures", "received", "Передан организации"},
}};

std::string status_text(std::string_view kind, std::string_view status) {
  for (const auto& w : kStatusWords)
    if (w.kind == kind && w.status == status) return std::string(w.text);
  return std::string(status);
}

Data head(const EntryHead& h, std::string_view kind) {
  return object{{"id", std::to_string(h.id)},
                {"org_code", h.org_code},
                {"org_name", h.org_name},
                {"date", day_text(h.created_at)},
                {"status", status_text(kind, h.status)}};
}

Data appeal_data(const Appeal& a) {
  auto out = head(a.head, "appeal");
  out.set("subject", a.subject);
  out.set("text", a.text);
  out.set("due", day_text(a.due_at));
  out.set("waiting", a.answer.empty());
  if (!a.answer.empty()) {
    out.set("answer", a.answer);
    out.set("answered", day_text(a.answered_at));
  }
  return out;
}

void add_activity(Data& data, const CitizenActivity& activity) {
  list appeals, reviews, surveys, rated, opinions, measures;
  for (const auto& a : activity.appeals) appeals.push_back(appeal_data(a));
  for (const auto& r : activity.reviews) {
    Data item = review_data(r);
    item.set("status", status_text("review", r.head.status));
    item.set("org_name", r.head.org_name);
    set_if_any(item, "reason", feedback::explain_moderation(r.moderation_reason));
    reviews.push_back(item);
  }
  for (const auto& s : activity.surveys) {
    auto item = head(s.head, "survey");
    set_if_any(item, "reason", feedback::explain_moderation(s.moderation_reason));
    surveys.push_back(item);
  }
  for (const auto& r : activity.ratings) {
    auto item = head(r.head, "rating");
    list points;
    for (auto aspect : ratings::all_aspects())
      if (const auto& p = r.points[static_cast<std::size_t>(aspect)])
        points.push_back(object{{"title", std::string(ratings::title(aspect))},
                                {"points", std::to_string(*p)},
                                {"label", std::string(ratings::scale_label(*p))}});
    item.set("points", points);
    rated.push_back(item);
  }
  for (const auto& o : activity.opinions) {
    auto item = head(o.head, "opinion");
    item.set("choice", std::string(o.agrees ? "Согласен с оценкой" : "Не согласен с оценкой"));
    set_if_any(item, "comment", o.comment);
    opinions.push_back(item);
  }
  for (const auto& m : activity.measure_feedback) {
    auto item = head(m.head, "measures");
    set_if_any(item, "measure", m.measure);
    item.set("text", m.text);
    measures.push_back(item);
  }
  data.set("appeals", appeals);
  data.set("reviews", reviews);
  data.set("surveys", surveys);
  data.set("ratings", rated);
  data.set("opinions", opinions);
  data.set("measures", measures);
}

http::Response private_page(http::Response page) {
  page.headers.emplace_back("Cache-Control", "no-store");
  return page;
}

http::Response me(const SiteContext& site, const http::Request& request) {
  std::optional<Session> session;
  if (auto redirect = require_sign_in(site, request, session)) return *redirect;
  Data data;
  data.set("csrf", session->csrf);
  add_activity(data, site.store.citizen_activity(session->citizen_id, kEntriesOfEachKind));
  return private_page(page(200, "me", std::string(kMyPageTitle), data, request));
}

http::Response my_appeal(const SiteContext& site, const http::Request& request) {
  std::optional<Session> session;
  if (auto redirect = require_sign_in(site, request, session)) return *redirect;
  const auto appeal = own_appeal(site.store, session->citizen_id, request.param("id"));
  if (!appeal)
    return message_page(404, "Обращение не найдено", "Такого обращения среди ваших нет.", request);
  Data data = appeal_data(*appeal);
  return private_page(page(200, "my_appeal", "Обращение: " + appeal->subject, data, request));
}

}  // namespace

void add_citizen_pages(http::Router& router, const SiteContext& site) {
  router.get("/me", [&site](const http::Request& r) { return me(site, r); });
  router.get("/me/appeals/{id}", [&site](const http::Request& r) { return my_appeal(site, r); });
}

}  // namespace nok::web
