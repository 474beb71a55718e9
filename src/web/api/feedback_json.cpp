#include "web/api/feedback_json.h"

#include "domain/feedback/moderation.h"

namespace nok::web {
namespace {

namespace json = boost::json;

json::object head_json(const EntryHead& h) {
  return {{"id", std::to_string(h.id)}, {"org", h.org_code}, {"org_name", h.org_name}, {"status", h.status},
          {"created_at", h.created_at}};
}

json::value text_or_null(const std::string& text) { return text.empty() ? json::value(nullptr) : json::value(text); }

// The moderation reason's code and what it means for the author, or nothing.
void add_moderation(json::object& out, const std::string& reason) {
  if (reason.empty()) return;
  out["moderation_reason"] = reason;
  out["moderation_message"] = feedback::explain_moderation(reason);
}

json::object points_json(const AspectPoints& points) {
  json::object out;
  for (auto aspect : ratings::all_aspects())
    if (const auto& p = points[static_cast<std::size_t>(aspect)]) out[ratings::code(aspect)] = *p;
  return out;
}

template <class Entry, class ToJson>
json::array each(const std::vector<Entry>& entries, ToJson to_json) {
  json::array out;
  for (const auto& e : entries) out.push_back(to_json(e));
  return out;
}

}  // namespace

json::object outcome_json(const StoredFeedback& s) {
  return {{"id", std::to_string(s.id)}, {"status", s.status}, {"replaced_previous", s.replaced_previous},
          {"repeated", s.repeated}};
}

json::object review_json(const Review& r) {
  auto out = head_json(r.head);
  out["text"] = r.text;
  out["tone"] = text_or_null(r.tone ? std::string(feedback::code(*r.tone)) : "");
  out["answer"] = text_or_null(r.answer);
  out["answered_at"] = text_or_null(r.answered_at);
  add_moderation(out, r.moderation_reason);
  return out;
}

json::object appeal_json(const Appeal& a) {
  auto out = head_json(a.head);
  out["subject"] = a.subject;
  out["text"] = a.text;
  out["due_at"] = a.due_at;
  out["answer"] = text_or_null(a.answer);
  out["answered_at"] = text_or_null(a.answered_at);
  return out;
}

json::object plan_item_json(const PlanItem& i) {
  return {{"id", std::to_string(i.id)},         {"criterion", i.criterion},
          {"deficiency", i.deficiency},         {"measure", i.measure},
          {"planned_date", i.planned_date},     {"measures_taken", i.measures_taken},
          {"actual_date", text_or_null(i.actual_date)}};
}

json::object ratings_json(const ratings::RatingCounters& counters) {
  json::object out;
  for (auto aspect : ratings::all_aspects()) {
    json::array distribution;
    for (auto n : counters.distribution(aspect)) distribution.push_back(n);
    const auto average = counters.average(aspect);
    out[ratings::code(aspect)] = json::object{{"count", counters.count(aspect)},
                                              {"average", average ? json::value(*average) : json::value(nullptr)},
                                              {"distribution", std::move(distribution)}};
  }
  return out;
}

json::object activity_json(const CitizenActivity& a) {
  return {
      {"surveys", each(a.surveys,
                       [](const SurveyEntry& s) {
                         auto out = head_json(s.head);
                         add_moderation(out, s.moderation_reason);
                         return out;
                       })},
      {"ratings", each(a.ratings,
                       [](const RatingEntry& r) {
                         auto out = head_json(r.head);
                         out["points"] = points_json(r.points);
                         return out;
                       })},
      {"opinions", each(a.opinions,
                        [](const OpinionEntry& o) {
                          auto out = head_json(o.head);
                          out["agrees"] = o.agrees;
                          out["comment"] = o.comment;
                          return out;
                        })},
      {"measure_feedback", each(a.measure_feedback,
                                [](const MeasureFeedbackEntry& m) {
                                  auto out = head_json(m.head);
                                  out["measure"] = text_or_null(m.measure);
                                  out["text"] = m.text;
                                  return out;
                                })},
      {"reviews", each(a.reviews, review_json)},
      {"appeals", each(a.appeals, appeal_json)},
  };
}

}  // namespace nok::web
