#include "web/api/popularisation_json.h"

#include <boost/json.hpp>

namespace nok::web {
namespace {

namespace json = boost::json;
namespace pop = popularisation;

// Only the figures of the type's source: absent keys mean "not measured", not zero.
json::object effect_json(const pop::MeasureEffect& e) {
  switch (e.source) {
    case pop::EffectSource::placements:
      return {{"scans", e.scans}, {"answers_after_scans", e.answers}};
    case pop::EffectSource::invitations:
      return {{"invitations_sent", e.invitations_sent}, {"invitations_answered", e.invitations_answered}};
    case pop::EffectSource::kiosk:
      return {{"kiosk_answers", e.kiosk_answers}};
    case pop::EffectSource::none:
      break;
  }
  return {};
}

}  // namespace

json::object popularisation_json(const pop::PlanSummary& s) {
  json::object by_status;
  for (std::size_t i = 0; i < pop::kStatuses.size(); ++i) by_status[pop::code(pop::kStatuses[i])] = s.by_status[i];
  json::array by_type;
  for (const auto& t : s.types)
    by_type.push_back(json::object{{"code", t.type.code},
                                   {"number", t.type.number},
                                   {"name", t.type.title},
                                   {"measures", t.measures},
                                   {"effect_source", pop::code(t.type.effect)},
                                   {"effect", effect_json(t.effect)}});
  json::array carriers;
  std::int64_t scans = 0, answers = 0;
  for (const auto& c : s.effect.carriers) {
    carriers.push_back(json::object{{"carrier", c.carrier}, {"scans", c.scans}, {"answers_after_scans", c.answers}});
    scans += c.scans;
    answers += c.answers;
  }
  return {{"year", s.year},
          {"measures", s.measures},
          {"by_status", std::move(by_status)},
          {"by_type", std::move(by_type)},
          {"effect", json::object{{"scans", scans},
                                  {"answers_after_scans", answers},
                                  {"scans_by_carrier", std::move(carriers)},
                                  {"invitations_sent", s.effect.invitations_sent},
                                  {"invitations_answered", s.effect.invitations_answered},
                                  {"kiosk_answers", s.effect.kiosk_answers}}}};
}

}  // namespace nok::web
