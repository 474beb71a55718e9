#include "web/pages/answer_shares.h"

#include <cmath>
#include <kainjow/mustache.hpp>

#include "domain/statistics/wilson.h"
#include "web/pages/wording.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// A share in whole points of 100, as the interval is read aloud.
std::string points(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))); }

}  // namespace

void add_answer_shares(Data& data, const methodology::Methodology& m, Sphere sphere,
                       const survey::SurveyCounters& counters) {
  const auto& questionnaire = methodology::questionnaire_for(m, sphere);
  list shares;
  for (std::size_t i = 0; i < m.indicators.size(); ++i) {
    if (!m.applies(i, sphere)) continue;
    const auto& indicator = m.indicators[i];
    for (const auto& part : indicator.parts) {
      const auto* share = std::get_if<methodology::SurveyShare>(&part);
      if (!share) continue;
      const auto* question = questionnaire.find(share->item);
      std::string label = indicator.title;
      if (indicator.parts.size() > 1 && question) label += " (вопрос " + question->number + ")";
      const auto& count = counters[share->item];
      const auto interval = statistics::wilson(count.yes, count.answered);
      object row{{"label", label}, {"few", count.answered < statistics::kFewAnswers}};
      if (!interval) {
        row["text"] = std::string("ответов пока нет");
      } else {
        const bool one = count.answered % 10 == 1 && count.answered % 100 != 11;  // «ответил 21 человек»
        row["text"] = "от " + points(interval->low) + " до " + points(interval->high) + " из 100, " +
                      (one ? "ответил " : "ответили ") + plural(count.answered, "человек", "человека", "человек");
        row["low"] = points(interval->low);
        row["width"] = std::to_string(std::max(1L, std::lround((interval->high - interval->low) * 100)));
        row["has_bar"] = true;
      }
      shares.push_back(row);
    }
  }
  data.set("has_shares", !shares.empty());
  data.set("shares", shares);
}

}  // namespace nok::web
