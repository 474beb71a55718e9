#include <gtest/gtest.h>

#include "domain/methodology/comparison.h"
#include "domain/methodology/group_means.h"
#include "domain/methodology/league.h"
#include "domain/methodology/methodology.h"
#include "domain/methodology/sample.h"
#include "domain/methodology/score.h"
#include "domain/ratings/rating.h"
#include "domain/statistics/wilson.h"

namespace nok::methodology {
namespace {

using survey::Answer;
using survey::Item;

const Methodology& m() { return default_methodology(); }
std::size_t at(std::string_view id) { return m().indicator_index(id).value(); }

survey::SurveyCounters counters(std::initializer_list<std::pair<Item, std::pair<int, int>>> yes_of_answered) {
  survey::SurveyCounters c;
  for (auto [item, share] : yes_of_answered) {
    c.items[static_cast<std::size_t>(item)] = {static_cast<std::uint32_t>(share.first),
                                               static_cast<std::uint32_t>(share.second)};
    c.respondents = std::max<std::uint32_t>(c.respondents, share.second);
  }
  return c;
}

TEST(Methodology, TheDefaultIs344nWithFifteenIndicatorsAndFiveCriteria) {
  EXPECT_EQ(m().id, "344n-2019");
  EXPECT_EQ(find_methodology("344n-2019"), &m());
  EXPECT_EQ(find_methodology("408n-2024"), nullptr);
  ASSERT_EQ(m().indicators.size(), 15u);
  const char* ids[] = {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2",
                       "3.3", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3"};
  for (std::size_t i = 0; i < 15; ++i) EXPECT_EQ(m().indicators[i].id, ids[i]);
  ASSERT_EQ(m().criteria.size(), 5u);
  for (const auto& c : m().criteria)
    for (const auto& variant : c.variants) {
      double sum = 0;
      for (const auto& t : variant) sum += t.weight;
      EXPECT_DOUBLE_EQ(sum, 1.0) << c.id;
    }
}

TEST(Methodology, WaitingIndicatorExistsOnlyInHealthAndSocialServices) {
  for (Sphere s : all_spheres())
    EXPECT_EQ(m().applies(at("2.2"), s), s == Sphere::health || s == Sphere::social) << code(s);
  EXPECT_TRUE(m().applies(at("2.1"), Sphere::culture));
  EXPECT_EQ(expert_fields(m().indicators[at("2.2")]), std::vector<ExpertField>{ExpertField::wait_days});
}

TEST(Methodology, WaitingDaysBands) {
  const std::pair<double, double> table[] = {{0, 100},   {7, 100},  {7.01, 80}, {8, 80},  {9, 80},   {9.5, 60},
                                             {10, 60},   {11, 60},  {11.5, 40}, {12, 40}, {12.5, 20}, {13, 20},
                                             {13.5, 10}, {14, 10},  {60, 10}};
  for (auto [days, points] : table) EXPECT_EQ(waiting_points(m(), days), points) << days;
}

TEST(Score, TwoPartIndicatorsUseTheRemainingPartOrNoneByPolicy) {
  ExpertInputs e;
  e[ExpertField::info_stand] = 3;
  e[ExpertField::info_stand_required] = 4;  // the site was not inspected
  auto s = score(m(), Sphere::culture, {}, e);
  EXPECT_EQ(s.indicators[at("1.1")], 75.0);
  Methodology strict = m();
  strict.missing_parts = MissingParts::no_data;
  EXPECT_FALSE(score(strict, Sphere::culture, {}, e).indicators[at("1.1")]);
}

TEST(Score, NothingRequiredIsNoDataNotADivisionByZero) {
  ExpertInputs e;
  e[ExpertField::info_stand] = 0;
  e[ExpertField::info_stand_required] = 0;
  e[ExpertField::info_site] = 5;
  e[ExpertField::info_site_required] = 10;
  EXPECT_EQ(score(m(), Sphere::culture, {}, e).indicators[at("1.1")], 50.0);
}

TEST(Score, MissingIndicatorsRenormaliseTheCriterionOrVoidItByPolicy) {
  auto c = counters({{Item::contact_polite, {1, 2}}, {Item::staff_polite, {2, 2}}});  // nobody used remote channels
  auto s = score(m(), Sphere::culture, c, {});
  EXPECT_DOUBLE_EQ(s.criteria[3].value(), (0.4 * 50 + 0.4 * 100) / 0.8);
  EXPECT_EQ(s.missing.front(), at("1.1"));
  Methodology strict = m();
  strict.missing_indicators = MissingIndicators::no_data;
  EXPECT_FALSE(score(strict, Sphere::culture, c, {}).criteria[3]);
}

TEST(Score, HealthWithoutWaitingDataRenormalisesToTheTwoIndicatorForm) {
  ExpertInputs e;
  e[ExpertField::comfort_conditions] = 3;  // 60
  auto c = counters({{Item::comfort_ok, {4, 5}}});  // 80
  auto health = score(m(), Sphere::health, c, e);
  auto culture = score(m(), Sphere::culture, c, e);
  EXPECT_DOUBLE_EQ(health.criteria[1].value(), 70.0);  // (0.3·60 + 0.3·80) / 0.6
  EXPECT_DOUBLE_EQ(culture.criteria[1].value(), 70.0);  // 0.5·60 + 0.5·80
  EXPECT_NE(std::find(health.missing.begin(), health.missing.end(), at("2.2")), health.missing.end());
  EXPECT_TRUE(std::find(culture.missing.begin(), culture.missing.end(), at("2.2")) == culture.missing.end());
  EXPECT_FALSE(culture.applicable[at("2.2")]);
}

TEST(Score, AnyCriterionWithoutDataLeavesTheTotalWithoutData) {
  auto s = score(m(), Sphere::culture, {}, {});
  EXPECT_EQ(s.missing.size(), 14u);  // all but 2.2, which does not exist in culture
  for (const auto& k : s.criteria) EXPECT_FALSE(k);
  EXPECT_FALSE(s.total);
}

TEST(Score, PointTablesAreConfigurable) {
  ExpertInputs e;
  e[ExpertField::remote_channels] = 3;
  EXPECT_EQ(score(m(), Sphere::mse, {}, e).indicators[at("1.2")], 90.0);
  Methodology amended = m();
  amended.id = "amended";
  std::get<ExpertPoints>(amended.indicators[at("1.2")].parts[0]).per_item = 25;
  EXPECT_EQ(score(amended, Sphere::mse, {}, e).indicators[at("1.2")], 75.0);
}

TEST(GroupMeans, AverageEachValueOverTheOrganisationsThatHaveIt) {
  GroupMeans g(m().criteria.size());
  Score a, b;
  a.criteria = {80, 60, std::nullopt, 70, 90};
  a.total = std::nullopt;
  b.criteria = {100, 80, 50, 90, 70};
  b.total = 78;
  g.add(a);
  g.add(b);
  EXPECT_EQ(g.organisations(), 2u);
  EXPECT_EQ(g.with_total(), 1u);
  EXPECT_EQ(g.total(), 78.0);
  EXPECT_EQ(g.criterion(0), 90.0);
  EXPECT_EQ(g.criterion(2), 50.0);
  EXPECT_FALSE(GroupMeans(5).total());
}

TEST(Sample, TargetIsFortyPercentOfRecipientsRoundedUpAndCapped) {
  EXPECT_FALSE(sample_target(m().sample, 0));
  EXPECT_EQ(sample_target(m().sample, 3), 2);  // 1.2 → 2
  EXPECT_EQ(sample_target(m().sample, 1000), 400);
  EXPECT_EQ(sample_target(m().sample, 1500), 600);
  EXPECT_EQ(sample_target(m().sample, 1000000), 600);
}

TEST(Sample, FlagsAShortSampleAndTooFewSiteAndAppResponses) {
  survey::SurveyCounters c;
  c.respondents = 5;
  c.site_or_app = 1;  // exactly a fifth: not below
  auto s = sample_status(m().sample, c, 100);
  EXPECT_EQ(s.target, 40);
  EXPECT_EQ(s.below_target, true);
  EXPECT_EQ(s.site_app_below_min, false);
  c.site_or_app = 0;
  EXPECT_EQ(sample_status(m().sample, c, 10).site_app_below_min, true);
  EXPECT_EQ(sample_status(m().sample, c, 10).below_target, false);
  EXPECT_FALSE(sample_status(m().sample, {}, 0).site_app_share);
}

TEST(Wilson, MatchesPublishedValuesAndStaysWithinZeroAndOne) {
  auto half = statistics::wilson(5, 10).value();
  EXPECT_NEAR(half.low, 0.2366, 1e-4);
  EXPECT_NEAR(half.high, 0.7634, 1e-4);
  auto none = statistics::wilson(0, 10).value();
  EXPECT_EQ(none.low, 0.0);
  EXPECT_NEAR(none.high, 0.2775, 1e-4);
  auto all = statistics::wilson(10, 10).value();
  EXPECT_NEAR(all.low, 0.7225, 1e-4);
  EXPECT_EQ(all.high, 1.0);
  EXPECT_FALSE(statistics::wilson(0, 0));
}

TEST(Wilson, AlwaysHoldsTheShareAndNarrowsAsAnswersGrow) {
  for (std::uint32_t n = 1; n <= 300; ++n)
    for (std::uint32_t yes = 0; yes <= n; ++yes) {
      const auto ci = statistics::wilson(yes, n).value();
      const double share = static_cast<double>(yes) / n;
      ASSERT_LE(ci.low, share) << yes << "/" << n;
      ASSERT_GE(ci.high, share) << yes << "/" << n;
      ASSERT_GE(ci.low, 0.0);
      ASSERT_LE(ci.high, 1.0);
    }
  for (std::uint32_t tenths : {0u, 1u, 3u, 5u, 9u, 10u}) {  // the same share over more and more answers
    double width = 1.0;
    for (std::uint32_t n = 10; n <= 10000; n *= 2) {
      const auto ci = statistics::wilson(tenths * n / 10, n).value();
      EXPECT_LT(ci.high - ci.low, width) << tenths << "/10 of " << n;
      width = ci.high - ci.low;
    }
  }
}

// Every answer of a culture organisation's questionnaire with `yes` of `n`, and a full inspection.
std::pair<survey::SurveyCounters, ExpertInputs> culture_sample(std::uint32_t yes, std::uint32_t n) {
  survey::SurveyCounters c;
  for (auto& item : c.items) item = {yes, n};
  c.respondents = n;
  ExpertInputs e;
  e[ExpertField::info_stand] = 8, e[ExpertField::info_stand_required] = 10;
  e[ExpertField::info_site] = 9, e[ExpertField::info_site_required] = 10;
  e[ExpertField::remote_channels] = 4, e[ExpertField::comfort_conditions] = 5;
  e[ExpertField::premises_access] = 3, e[ExpertField::service_access] = 4;
  return {c, e};
}

TEST(TotalRange, HoldsTheTotalAndNarrowsAsAnswersGrow) {
  for (std::uint32_t tenths : {0u, 3u, 7u, 10u}) {
    double width = 100;
    for (std::uint32_t n = 10; n <= 10240; n *= 2) {
      SCOPED_TRACE(std::to_string(tenths) + "/10 of " + std::to_string(n));
      const auto [c, e] = culture_sample(tenths * n / 10, n);
      const auto total = score(m(), Sphere::culture, c, e).total.value();
      const auto range = total_range(m(), Sphere::culture, c, e).value();
      EXPECT_LE(range.low, total);
      EXPECT_GE(range.high, total);
      EXPECT_LT(range.high - range.low, width);
      width = range.high - range.low;
    }
  }
  const auto [none, e] = culture_sample(0, 0);
  EXPECT_FALSE(total_range(m(), Sphere::culture, none, e)) << "no answers, no total, no range";
}

TEST(Comparison, SaysAboveOrBelowOnlyBeyondTheRange) {
  EXPECT_EQ(compare(Range{80, 90}, 79.9), Standing::above);
  EXPECT_EQ(compare(Range{80, 90}, 80.0), Standing::same);
  EXPECT_EQ(compare(Range{80, 90}, 90.0), Standing::same);
  EXPECT_EQ(compare(Range{80, 90}, 90.1), Standing::below);
  EXPECT_EQ(compare(Range{80, 90}, Range{70, 79}), Standing::above);
  EXPECT_EQ(compare(Range{80, 90}, Range{70, 80}), Standing::same) << "ranges that touch overlap";
  EXPECT_EQ(compare(Range{60, 70}, Range{71, 75}), Standing::below);
}

TEST(League, OrdersByTheLowEndAndSharesPlacesOfEqualLowEnds) {
  const std::vector<std::optional<Range>> ranges{Range{70, 95}, std::nullopt, Range{80, 82}, Range{70.001, 71},
                                                 Range{90, 99}};
  const auto places = rank_by_low_end(ranges);
  ASSERT_EQ(places.size(), 5u);
  EXPECT_EQ(places[0].index, 4u);  // 90
  EXPECT_EQ(places[1].index, 2u);  // 80: a higher total would not lift 70 … 95 above it
  EXPECT_EQ(places[0].place, 1);
  EXPECT_EQ(places[1].place, 2);
  // 70 and 70.001 are the same published number: one place, and the next would be 5th.
  EXPECT_EQ(places[2].place, 3);
  EXPECT_EQ(places[3].place, 3);
  EXPECT_TRUE(places[2].shared && places[3].shared);
  EXPECT_FALSE(places[0].shared);
  EXPECT_EQ(places[4].index, 1u) << "no range: last";
  EXPECT_EQ(places[4].place, 0);
}

TEST(Expert, ParsesCountsDecimalCommasAndRefusesWhatIsOutOfRange) {
  auto parse = [](std::string_view key, std::string_view value) {
    const Field fields[] = {{"org", "m1"}, {key, value}};
    return parse_expert(fields);
  };
  EXPECT_EQ(parse("wait_days", "7,5").inputs[ExpertField::wait_days], 7.5);
  EXPECT_EQ(parse("remote_channels", "6").inputs[ExpertField::remote_channels], 6.0);
  EXPECT_EQ(parse("remote_channels", "7").errors.at(0).code, "expert_out_of_range");
  EXPECT_EQ(parse("premises_access", "2.5").errors.at(0).code, "expert_bad_number");
  EXPECT_EQ(parse("comfort_conditions", "-1").errors.at(0).code, "expert_bad_number");
  EXPECT_EQ(parse("smell", "1").errors.at(0).code, "expert_unknown_key");
  EXPECT_FALSE(parse("service_access", "").inputs[ExpertField::service_access]);
  EXPECT_TRUE(parse("service_access", "").errors.empty());
}

TEST(Ratings, AveragesAndDistributionsPerAspect) {
  ratings::RatingCounters c;
  auto rating = [](std::string_view comfort, std::string_view booking) {
    const Field fields[] = {{"org", "m1"}, {"comfort", comfort}, {"booking", booking}};
    return ratings::parse_rating(fields);
  };
  auto five = rating("5", ""), two = rating("2", "4");
  ASSERT_TRUE(five.errors.empty());
  c.add(five.rating);
  c.add(two.rating);
  EXPECT_EQ(c.count(ratings::Aspect::comfort), 2u);
  EXPECT_EQ(c.average(ratings::Aspect::comfort), 3.5);
  EXPECT_EQ(c.distribution(ratings::Aspect::comfort), (std::array<std::uint32_t, 5>{0, 1, 0, 0, 1}));
  EXPECT_EQ(c.average(ratings::Aspect::booking), 4.0);
  EXPECT_FALSE(c.average(ratings::Aspect::accessibility));
  c.remove(two.rating);
  EXPECT_EQ(c.average(ratings::Aspect::comfort), 5.0);
  EXPECT_EQ(rating("6", "").errors.at(0).code, "rating_bad_points");
  EXPECT_EQ(rating("", "").errors.at(0).code, "rating_empty");
  EXPECT_EQ(ratings::scale_label(1), "неудовлетворительно");
  EXPECT_EQ(ratings::scale_label(5), "отлично");
}

}  // namespace
}  // namespace nok::methodology
