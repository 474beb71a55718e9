// The monitoring page rendered from a hand-made report: accessible tables (captions,
// header scopes), the change against last year and a missed rule in words, links one level
// down, the breadcrumbs, late deadlines marked in words, and «нет данных» for an empty year.
#include <gtest/gtest.h>

#include <kainjow/mustache.hpp>

#include "web/staff/monitoring_view.h"

namespace nok {
namespace {

MonitoringTotals sums(std::int64_t respondents, std::int64_t web) {
  MonitoringTotals t;
  t.organisations = 2;
  t.respondents = respondents;
  t.respondents_by_channel[0] = web;
  t.respondents_by_channel[3] = respondents - web;
  t.respondents_by_month[2] = respondents;
  return t;
}

class MonitoringView : public testing::Test {
 protected:
  void SetUp() override {
    report.filter = {.year = 2026, .region_code = "71"};
    report.level = MonitoringLevel::authority;
    report.years = {2026, 2025};
    report.totals = sums(110, 11);
    report.previous_totals = sums(100, 30);
    report.rows = {{"5", "Министерство образования", "71", sums(110, 11)}};
    report.previous_rows = {{"5", sums(100, 30)}};
    report.calendar = {{.authority_id = 5, .authority_name = "Министерство образования", .region_code = "71",
                        .cycle_state = "council", .council_due = "2026-05-01", .publish_due = "2026-12-01"}};
  }
  std::string html() {
    web::Data data;
    web::set_monitoring_data(data, report, "2026-05-06");
    return web::render_fragment("monitoring", data);
  }
  static bool has(const std::string& html, const std::string& text) { return html.find(text) != std::string::npos; }

  monitoring::Report report;
};

TEST_F(MonitoringView, TablesHaveCaptionsScopedHeadersAChangeAndATotalLine) {
  const auto page = html();
  EXPECT_TRUE(has(page, "<caption>Участие: Уполномоченные органы, 2026 год, изменение к 2025 году в скобках</caption>"));
  EXPECT_TRUE(has(page, "<th scope=\"col\">Уполномоченный орган</th>"));
  EXPECT_TRUE(has(page, "<th scope=\"row\">Итого</th>"));
  EXPECT_TRUE(has(page, "<td>110<span class=\"change\"> (+10)</span></td>"));
  EXPECT_TRUE(has(page, "<td>11<span class=\"change\"> (−19)</span></td>"));  // the site, fewer than last year
  // 10 % through the site and the app: the 20 % rule is missed, and the page says so.
  EXPECT_TRUE(has(page, "10,0\u00A0%<span class=\"change\"> (−20,0 п.\u00A0п.)</span> <strong class=\"below\">ниже 20\u00A0%</strong>"));
}

TEST_F(MonitoringView, NamesLeadOneLevelDownAndTheBreadcrumbsBackUp) {
  const auto page = html();
  EXPECT_TRUE(has(page, "<a href=\"/monitoring?year=2026&amp;region=71&amp;authority=5\">Министерство образования</a>"));
  EXPECT_TRUE(has(page, "<a href=\"/monitoring?year=2026\">Россия</a>"));
  EXPECT_TRUE(has(page, "<span aria-current=\"page\">Тульская область</span>"));
  EXPECT_TRUE(has(page, "<option value=\"71\" selected>Тульская область</option>"));
  EXPECT_TRUE(has(page, "href=\"/monitoring.xlsx?year=2026&amp;region=71\""));
}

TEST_F(MonitoringView, ChartsComeWithTheirNumbersAndTheMapOnlyForTheCountry) {
  auto page = html();
  EXPECT_TRUE(has(page, "<title id=\"monitoring-bars-title\">"));
  EXPECT_TRUE(has(page, "<title id=\"monitoring-months-title\">"));
  EXPECT_TRUE(has(page, "<title id=\"monitoring-channels-title\">"));
  EXPECT_FALSE(has(page, "monitoring-map"));
  EXPECT_TRUE(has(page, "<th scope=\"row\">март</th><td>110</td><td>100</td>"));
  report.filter.region_code.clear();
  report.level = MonitoringLevel::region;
  report.rows = {{"71", "Тульская область", "71", sums(110, 11)}};
  page = html();
  EXPECT_TRUE(has(page, "<title id=\"monitoring-map-title\">"));
}

TEST_F(MonitoringView, LateStepsAreMarkedInWords) {
  const auto page = html();
  EXPECT_TRUE(has(page, "<tr class=\"overdue\">"));
  EXPECT_TRUE(has(page, "<strong>просрочено на 5 дн.</strong>"));
  EXPECT_TRUE(has(page, "<td>срок 01.12.2026<br>срок не наступил</td>"));
  report.calendar[0].approved_at = "2026-05-03T10:00:00Z";
  EXPECT_TRUE(has(html(), "<strong>с опозданием на 2 дн.</strong>"));
}

TEST_F(MonitoringView, AnEmptyYearSaysThereIsNoData) {
  report.totals = {};
  report.rows.clear();
  const auto page = html();
  EXPECT_TRUE(has(page, "<strong>Нет данных</strong> за 2026 год"));
  EXPECT_FALSE(has(page, "<caption>Участие"));
  EXPECT_FALSE(has(page, "<svg"));
}

}  // namespace
}  // namespace nok
