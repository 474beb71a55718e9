// Live counters against full recomputation: random responses are added, removed and
// replaced in random order; the board must equal a fresh tally of the surviving
// responses, and both must equal shares counted naively from the response list.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <stdexcept>

#include "domain/methodology/score.h"
#include "domain/survey/scoreboard.h"

namespace nok::survey {
namespace {

// A respondent who follows the filters, as the questionnaire allows.
Response random_response(std::mt19937& rng, int orgs) {
  auto pick = [&](int yes_percent, int skip_percent) {
    const int roll = static_cast<int>(rng() % 100);
    return roll < skip_percent ? Answer::none : roll < skip_percent + yes_percent ? Answer::yes : Answer::no;
  };
  Response r;
  r.org = "org" + std::to_string(rng() % orgs);
  r.channel = all_channels()[rng() % all_channels().size()];
  for (Item i : all_items()) r.answers[i] = pick(60, 10);
  for (auto [dependent, filter] : {std::pair{Item::stand_ok, Item::stand_used}, {Item::site_ok, Item::site_used},
                                   {Item::access_ok, Item::disabled}, {Item::remote_polite, Item::remote_used}})
    if (r.answers[filter] != Answer::yes) r.answers[dependent] = Answer::none;
  if (r.answers[Item::overall_ok] == Answer::none) r.answers[Item::overall_ok] = Answer::yes;  // never empty
  return r;
}

// The reference: yes and answered counted straight from the list, with no counters at all.
std::pair<int, int> naive_share(const std::vector<Response>& all, const std::string& org, Item item) {
  int yes = 0, answered = 0;
  for (const auto& r : all) {
    if (r.org != org || r.answers[item] == Answer::none) continue;
    ++answered;
    yes += r.answers[item] == Answer::yes;
  }
  return {yes, answered};
}

Scoreboard tally(const std::vector<Response>& all) {
  Scoreboard board;
  for (const auto& r : all) board.add(r);
  return board;
}

class LiveAgainstFull : public testing::TestWithParam<unsigned> {};

TEST_P(LiveAgainstFull, IncrementalCountersEqualAFullRecount) {
  std::mt19937 rng(GetParam());
  const int orgs = 1 + static_cast<int>(rng() % 40);
  Scoreboard live;
  std::vector<Response> kept;
  for (int step = 0; step < 3000; ++step) {
    const auto action = rng() % 10;
    if (action < 6 || kept.empty()) {
      kept.push_back(random_response(rng, orgs));
      live.add(kept.back());
    } else if (action < 8) {
      const auto i = rng() % kept.size();
      live.remove(kept[i]);
      kept.erase(kept.begin() + static_cast<long>(i));
    } else {  // the respondent edits the response
      const auto i = rng() % kept.size();
      auto edited = random_response(rng, orgs);
      edited.org = kept[i].org;
      live.replace(kept[i], edited);
      kept[i] = edited;
    }
  }
  const Scoreboard full = tally(kept);
  const auto& m = methodology::default_methodology();
  for (std::uint32_t slot = 0; slot < live.size(); ++slot) {
    const std::string& org = live.code(slot);
    const SurveyCounters* recount = full.find(org);
    const SurveyCounters empty;
    const SurveyCounters& expected = recount ? *recount : empty;  // every response of it was removed
    ASSERT_EQ(live.counters(slot), expected) << org;
    for (Item i : all_items()) {
      auto [yes, answered] = naive_share(kept, org, i);
      EXPECT_EQ(live.counters(slot)[i].yes, static_cast<std::uint32_t>(yes)) << org << " " << key(i);
      EXPECT_EQ(live.counters(slot)[i].answered, static_cast<std::uint32_t>(answered)) << org << " " << key(i);
    }
    const auto a = methodology::score(m, Sphere::health, live.counters(slot), {});
    const auto b = methodology::score(m, Sphere::health, expected, {});
    EXPECT_EQ(a.indicators, b.indicators);
    EXPECT_EQ(a.criteria, b.criteria);
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, LiveAgainstFull, testing::Values(1u, 2u, 3u, 42u, 2026u));

TEST(Scoreboard, CountsRespondentsAndTheSiteAndAppChannels) {
  Scoreboard board;
  Response r{.org = "a", .channel = Channel::app};
  r.answers[Item::overall_ok] = Answer::yes;
  board.add(r);
  r.channel = Channel::operator_paper;
  r.answers[Item::overall_ok] = Answer::no;
  board.add(r);
  const auto& c = *board.find("a");
  EXPECT_EQ(c.respondents, 2u);
  EXPECT_EQ(c.site_or_app, 1u);
  EXPECT_EQ(c[Item::overall_ok].share(), 0.5);
  EXPECT_FALSE(c[Item::stand_ok].share());
  EXPECT_EQ(board.find("b"), nullptr);
}

TEST(Scoreboard, RefusesToRemoveWhatWasNeverAdded) {
  Scoreboard board;
  Response r{.org = "a"};
  EXPECT_THROW(board.remove(r), std::logic_error);
  board.slot("a");  // registered, no responses
  EXPECT_THROW(board.remove(r), std::logic_error);
}

TEST(Scoreboard, CountersOfAHundredThousandOrganisationsFitInFiftyMegabytes) {
  EXPECT_EQ(sizeof(SurveyCounters), 128u);
  Scoreboard board;
  for (int i = 0; i < 100000; ++i) board.slot("7707" + std::to_string(1000000 + i));
  EXPECT_EQ(board.size(), 100000u);
  EXPECT_LT(board.memory_bytes(), 50u * 1024 * 1024);
  EXPECT_GT(board.memory_bytes(), 100000u * sizeof(SurveyCounters));
}

}  // namespace
}  // namespace nok::survey
