#include "domain/methodology/methodology.h"
#include "app/demo/demo_responses.h"

#include "app/demo/random.h"
#include "core/time.h"

namespace nok {
namespace {

using demo::Random;
using survey::Answer;
using survey::Item;

bool chance(Random& rnd, int percent) { return static_cast<int>(rnd.below(100)) < percent; }

methodology::ExpertInputs inspection(Random& rnd, Sphere sphere) {
  using methodology::ExpertField;
  methodology::ExpertInputs e;
  e[ExpertField::info_stand_required] = 20;
  e[ExpertField::info_stand] = static_cast<double>(rnd.between(12, 20));
  e[ExpertField::info_site_required] = 40;
  e[ExpertField::info_site] = static_cast<double>(rnd.between(25, 40));
  e[ExpertField::remote_channels] = static_cast<double>(rnd.between(2, 6));
  e[ExpertField::comfort_conditions] = static_cast<double>(rnd.between(3, 6));
  e[ExpertField::premises_access] = static_cast<double>(rnd.between(1, 5));
  e[ExpertField::service_access] = static_cast<double>(rnd.between(1, 6));
  if (sphere == Sphere::health || sphere == Sphere::social)
    e[ExpertField::wait_days] = static_cast<double>(rnd.between(3, 16));
  return e;
}

}  // namespace

survey::Channel demo_channel(demo::Random& rnd) {
  const int roll = static_cast<int>(rnd.below(100));  // docs/domain.md#channel-statistics: site ≈ 72 %, app ≈ 13 %, operator ≈ 15 %
  if (roll < 72) return survey::Channel::web;
  if (roll < 85) return survey::Channel::app;
  if (roll < 92) return survey::Channel::operator_interview;
  if (roll < 97) return survey::Channel::operator_paper;
  return survey::Channel::operator_phone;
}

survey::Answers demo_answers(demo::Random& rnd, const survey::Questionnaire& q, int satisfaction) {
  survey::Answers a;
  for (const auto& question : q.questions) {
    if (question.filter && a[*question.filter] != Answer::yes) continue;
    const bool usage = question.item == Item::stand_used || question.item == Item::site_used ||
                       question.item == Item::remote_used || question.item == Item::disabled;
    const int yes_percent = question.item == Item::disabled ? 12 : usage ? 55 : satisfaction;
    a[question.item] = chance(rnd, yes_percent) ? Answer::yes : Answer::no;
  }
  return a;
}

std::size_t add_demo_responses(Store& store, const std::vector<Organisation>& registry, int year, std::uint64_t seed,
                               int max_per_organisation) {
  Random rnd(seed ^ 0x5EEDull);
  const std::string now = iso_utc_now();
  std::vector<NewResponse> batch;
  std::vector<ExpertRecord> inspections;
  std::size_t stored = 0;
  auto flush = [&] {
    store.put_expert_inputs(inspections, {});
    stored += store.submit_responses(batch, std::nullopt).size();
    batch.clear();
    inspections.clear();
  };
  for (const auto& org : registry) {
    auto assessment = store.assessment_of(org.code, year);
    if (!assessment) continue;
    inspections.push_back({org.code, assessment->cycle_id, inspection(rnd, org.sphere)});
    const auto& q = methodology::questionnaire_for(methodology::default_methodology(), org.sphere);
    const int satisfaction = static_cast<int>(rnd.between(55, 98));
    const int count = static_cast<int>(rnd.below(static_cast<std::uint64_t>(max_per_organisation) + 1));
    for (int i = 0; i < count; ++i) {
      NewResponse n{{org.code, demo_channel(rnd), now, demo_answers(rnd, q, satisfaction)}, assessment->cycle_id,
                    std::string(q.id)};
      batch.push_back(std::move(n));
    }
    if (batch.size() >= 5000) flush();
  }
  flush();
  return stored;
}

}  // namespace nok
