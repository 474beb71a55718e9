// The monitoring use case without HTTP or a database: parameters become a filter, each
// role's scope is applied, the drill-down level follows the filter, and the figures' list
// computes shares and means from the sums.
#include <gtest/gtest.h>

#include "app/monitoring/monitoring_metrics.h"
#include "app/monitoring/monitoring_report.h"

namespace nok {
namespace {

using monitoring::Parameters;
using staff::Role;

constexpr int kThisYear = 2026;

// Two authorities: 10 (region 77, with municipality «Тверской» and organisation "school")
// and 20 (region 50, with "clinic"). Figures exist for 2025 and 2026 in authority 10 and
// for 2024 in authority 20. Every call is remembered, so tests see what was asked.
class FakeMonitoring : public MonitoringStore {
 public:
  std::vector<MonitoringRow> rollup(const MonitoringFilter& f, MonitoringLevel level) override {
    rollups.push_back({f, level});
    MonitoringRow row{"k" + std::to_string(f.year), "ряд " + std::to_string(f.year), "77", {}};
    row.totals.respondents = f.year;
    return {row};
  }
  void for_each_organisation(const MonitoringFilter&, const std::function<bool(const MonitoringRow&)>&) override {
    ADD_FAILURE() << "the report reads its rows by rollup()";
  }
  MonitoringTotals totals(const MonitoringFilter& f) override {
    filters.push_back(f);
    MonitoringTotals t;
    t.respondents = f.year;
    return t;
  }
  std::vector<CarrierFunnel> funnel_by_carrier(const MonitoringFilter&) override { return {}; }
  std::vector<int> years(const MonitoringFilter& f) override {
    years_asked.push_back(f);
    if (!f.municipality.empty())
      return f.municipality == "Тверской" && (f.authority_id == 0 || f.authority_id == 10) ? std::vector{2026}
                                                                                            : std::vector<int>{};
    if (f.authority_id == 10) return {2026, 2025};
    if (f.authority_id == 20) return {2024};
    return {2026, 2025, 2024};
  }
  std::vector<AuthorityCalendar> calendar(const MonitoringFilter& f) override {
    std::vector<AuthorityCalendar> out;
    for (const auto& a : {AuthorityCalendar{.authority_id = 10, .authority_name = "Департамент образования",
                                            .region_code = "77"},
                          AuthorityCalendar{.authority_id = 20, .authority_name = "Минздрав области", .region_code = "50"}})
      if ((f.authority_id == 0 || f.authority_id == a.authority_id) &&
          (f.region_code.empty() || f.region_code == a.region_code))
        out.push_back(a);
    return out;
  }
  MonitoringNotes notes(std::int64_t, int) override { return {}; }
  void save_notes(std::int64_t, int, const MonitoringNotes&, const AuditEntry&) override {}

  std::vector<std::pair<MonitoringFilter, MonitoringLevel>> rollups;
  std::vector<MonitoringFilter> filters, years_asked;
};

class MonitoringReport : public testing::Test {
 protected:
  monitoring::Ports ports() {
    return {store, [](std::string_view code) -> std::optional<monitoring::OrganisationPlace> {
              if (code == "school") return monitoring::OrganisationPlace{10, "Школа № 1"};
              if (code == "clinic") return monitoring::OrganisationPlace{20, "Поликлиника"};
              return std::nullopt;
            }};
  }
  static staff::StaffUser user(Role role) {
    staff::StaffUser u{1, "u", role};
    if (role == Role::official || role == Role::council) u.authority_id = 10;
    if (role == Role::org_staff) u.organisation_id = 5;
    if (role == Role::survey_operator) u.operator_id = 7;
    return u;
  }
  Result<monitoring::Report> load(Role role, Parameters p) {
    return monitoring::load_report(ports(), user(role), p, kThisYear);
  }

  FakeMonitoring store;
};

TEST_F(MonitoringReport, AMonitorWithoutParametersSeesRegionsOfThisYearBesideLastYear) {
  auto report = load(Role::monitor, {});
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_FALSE(report->scoped);
  EXPECT_EQ(report->filter.year, kThisYear);
  EXPECT_EQ(report->filter.authority_id, 0);
  EXPECT_EQ(report->level, MonitoringLevel::region);
  EXPECT_EQ(report->totals.respondents, 2026);
  EXPECT_EQ(report->previous_totals.respondents, 2025);
  ASSERT_EQ(report->rows.size(), 1u);
  EXPECT_EQ(report->rows[0].totals.respondents, 2026);
  ASSERT_EQ(report->previous_rows.count("k2025"), 1u);
  EXPECT_EQ(report->previous_rows.at("k2025").respondents, 2025);
  EXPECT_EQ(report->years, (std::vector<int>{2026, 2025, 2024}));
  EXPECT_EQ(report->calendar.size(), 2u);
}

TEST_F(MonitoringReport, TheLevelIsOneStepBelowTheFilter) {
  EXPECT_EQ(load(Role::monitor, {.region = "77"})->level, MonitoringLevel::authority);
  EXPECT_EQ(load(Role::monitor, {.region = "77", .authority = "10"})->level, MonitoringLevel::municipality);
  EXPECT_EQ(load(Role::monitor, {.authority = "10", .municipality = "Тверской"})->level, MonitoringLevel::organisation);
  auto one = load(Role::monitor, {.authority = "10", .org = "school"});
  ASSERT_TRUE(one) << one.error().message;
  EXPECT_EQ(one->level, MonitoringLevel::organisation);
  EXPECT_TRUE(one->single_organisation);
  EXPECT_EQ(one->organisation_name, "Школа № 1");
  EXPECT_EQ(one->authority_name, "Департамент образования");
  EXPECT_EQ(store.rollups.back().first.organisation_code, "school");
  EXPECT_EQ(monitoring::levels_from(MonitoringLevel::municipality),
            (std::vector{MonitoringLevel::municipality, MonitoringLevel::organisation}));
}

TEST_F(MonitoringReport, AnOfficialAndACouncilMemberAlwaysReadTheirOwnAuthority) {
  for (const auto role : {Role::official, Role::council}) {
    SCOPED_TRACE(std::string(staff::code(role)));
    store.filters.clear();
    auto report = load(role, {.region = "77", .sphere = "образование"});
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_TRUE(report->scoped);
    EXPECT_EQ(report->filter.authority_id, 10);
    EXPECT_EQ(report->filter.sphere, "education");
    EXPECT_EQ(report->level, MonitoringLevel::municipality);
    EXPECT_EQ(report->authority_name, "Департамент образования");
    for (const auto& f : store.filters) EXPECT_EQ(f.authority_id, 10);
    EXPECT_EQ(store.years_asked.back().authority_id, 10);
    EXPECT_EQ(report->years, (std::vector<int>{2026, 2025}));  // not 2024: that is another authority's
    EXPECT_TRUE(load(role, {.authority = "10", .municipality = "Тверской", .org = "school"}));
  }
}

TEST_F(MonitoringReport, AnythingOutsideAnOfficialsAuthorityIsNotFoundAndLoadsNoFigures) {
  const Parameters outside[] = {{.authority = "20"}, {.org = "clinic"},        {.municipality = "Химки"},
                                {.authority = "abc"}, {.org = "no-such-code"}, {.authority = "-10"}};
  for (const auto& p : outside) {
    SCOPED_TRACE(p.authority + p.org + p.municipality);
    store.filters.clear();
    auto report = load(Role::official, p);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().kind, ErrorKind::not_found);
    EXPECT_TRUE(store.filters.empty());
  }
  // The monitor reaches them, except what does not exist.
  EXPECT_TRUE(load(Role::monitor, {.authority = "20"}));
  EXPECT_TRUE(load(Role::monitor, {.org = "clinic"}));
  EXPECT_EQ(load(Role::monitor, {.authority = "99"}).error().kind, ErrorKind::not_found);
  EXPECT_EQ(load(Role::monitor, {.authority = "10", .org = "clinic"}).error().kind, ErrorKind::not_found);
}

TEST_F(MonitoringReport, OrganisationStaffAndOperatorsAreForbiddenAndAnAdministratorReadsAsTheMonitor) {
  for (const auto role : {Role::org_staff, Role::survey_operator}) {
    auto report = load(role, {});
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().kind, ErrorKind::forbidden);
  }
  auto admin = load(Role::admin, {.authority = "20"});
  ASSERT_TRUE(admin) << admin.error().message;
  EXPECT_FALSE(admin->scoped);
}

TEST_F(MonitoringReport, AnUnknownYearRegionOrSphereIsRefusedInRussianNamingTheField) {
  struct Case {
    Parameters p;
    std::string code, field, words;
  };
  const Case cases[] = {
      {{.year = "2019"}, "monitoring_unknown_year", "year", "За 2019 год данных мониторинга нет"},
      {{.year = "двадцать"}, "monitoring_bad_year", "year", "Год — четыре цифры"},
      {{.year = "20260"}, "monitoring_bad_year", "year", "Год — четыре цифры"},
      {{.region = "99"}, "monitoring_unknown_region", "region", "Региона с кодом «99» нет"},
      {{.region = "7"}, "monitoring_unknown_region", "region", "Региона с кодом «7» нет"},
      {{.sphere = "спорт"}, "monitoring_unknown_sphere", "sphere", "Сферы «спорт» нет"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.code);
    auto report = load(Role::monitor, c.p);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().kind, ErrorKind::malformed);
    EXPECT_EQ(report.error().code, c.code);
    EXPECT_EQ(report.error().column, c.field);
    EXPECT_NE(report.error().message.find(c.words), std::string::npos) << report.error().message;
  }
  // A year with figures elsewhere in the country is unknown to an official without any.
  EXPECT_EQ(load(Role::official, {.year = "2024"}).error().code, "monitoring_unknown_year");
  EXPECT_TRUE(load(Role::monitor, {.year = "2024"}));
}

TEST_F(MonitoringReport, TheCurrentYearIsAlwaysOfferedEvenBeforeAnyFigure) {
  struct Empty : FakeMonitoring {
    std::vector<int> years(const MonitoringFilter&) override { return {}; }
  } empty;
  auto report = monitoring::load_report({empty, ports().organisation}, user(Role::monitor), {}, kThisYear);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->years, std::vector<int>{kThisYear});
}

const monitoring::Metric& metric(const std::string& key) {
  for (const auto& s : monitoring::sections())
    for (const auto& m : s.metrics)
      if (m.key == key) return m;
  throw std::out_of_range(key);
}

TEST(MonitoringMetrics, SharesAndMeansAreComputedFromTheSumsAndAbsentWithoutABase) {
  MonitoringTotals t;
  t.respondents = 200;
  t.sample_target = 400;
  t.respondents_by_channel[static_cast<std::size_t>(survey::Channel::web)] = 20;
  t.respondents_by_channel[static_cast<std::size_t>(survey::Channel::app)] = 10;
  t.respondents_by_channel[static_cast<std::size_t>(survey::Channel::operator_paper)] = 170;
  t.rating_points[0] = 9;
  t.rating_answers[0] = 2;
  EXPECT_DOUBLE_EQ(*metric("target_share").value(t), 50);
  EXPECT_DOUBLE_EQ(*metric("site_app_share").value(t), 15);
  EXPECT_DOUBLE_EQ(*metric("site_app_share").minimum, 20);
  EXPECT_EQ(metric("site_app_share").minimum_note, "ниже 20\u00A0%");
  EXPECT_DOUBLE_EQ(*metric("channel_operator_paper").value(t), 170);
  EXPECT_DOUBLE_EQ(*metric("rating_comfort").value(t), 4.5);
  EXPECT_FALSE(metric("rating_politeness").value(t));
  EXPECT_FALSE(metric("agree_share").value(t));
  EXPECT_FALSE(metric("agree_share_low").value(t));
  t.agree = 4;  // of four: the share is 100, its interval 51.0 … 100 (Wilson, 95 %)
  EXPECT_DOUBLE_EQ(*metric("agree_share").value(t), 100);
  EXPECT_NEAR(*metric("agree_share_low").value(t), 51.01, 0.01);
  EXPECT_NEAR(*metric("agree_share_high").value(t), 100, 1e-9);
  EXPECT_EQ(metric("agree_share_high").bound_of, "agree_share");
  EXPECT_FALSE(metric("appeal_median_days").value(t));
  EXPECT_FALSE(metric("target_share").value(MonitoringTotals{}));
}

TEST(MonitoringMetrics, EveryKeyIsUniqueAndEveryTitleRussian) {
  std::set<std::string> keys;
  for (const auto& s : monitoring::sections())
    for (const auto& m : s.metrics) {
      EXPECT_TRUE(keys.insert(m.key).second) << m.key;
      EXPECT_FALSE(m.title.empty());
      EXPECT_GE(static_cast<unsigned char>(m.title[0]), 0x80) << m.title;  // Cyrillic, not a key
    }
  EXPECT_GT(keys.size(), 30u);
}

}  // namespace
}  // namespace nok
