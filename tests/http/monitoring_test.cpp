// /monitoring, its XLSX and CSV and /api/v1/monitoring over a real store: the scope of
// every role, refusals of bad parameters in Russian, an empty view, formula-like names in
// the exports (read back with the project's own readers) and two exports at once.
#include <boost/json.hpp>
#include <thread>

#include "core/csv.h"
#include "http/staff_site.h"
#include "support/feedback_waits.h"
#include "support/organisations.h"
#include "xlsx/xlsx_reader.h"

namespace nok {
namespace {

using test::StaffSite;

constexpr const char* kFormulaMunicipality = "=HYPERLINK(\"http://evil.example\",\"Жми\")";

class Monitoring : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    // A third organisation of the education authority, in a municipality whose name a
    // spreadsheet would run as a formula, assessed this year and with one response.
    auto odd = test::staff_test_organisation("odd", "+7 школа", "77", "Департамент образования");
    odd.municipality = kFormulaMunicipality;
    (void)store->upsert_organisations({odd});
    const auto cycle = store->assessment_of("school", current_year())->cycle_id;
    store->include_in_cycle(cycle, {{"odd", 50}});
    respond("school", cycle, "a");
    respond("odd", cycle, "b");
    education_id = stores->staff.find_authority("Департамент образования")->id;
    health_id = stores->staff.find_authority("Минздрав области")->id;
    official = signed_in(account("official1", "official", "", "Департамент образования"));
    monitor = signed_in(account("minfin", "monitor"));
  }

  void respond(const std::string& org, std::int64_t cycle, const std::string& who) {
    const auto citizen = store->upsert_citizen("citizen-" + who, "");
    NewResponse n{{org, survey::Channel::web, iso_utc_now()}, cycle, "675n-2018/core", citizen, "key-" + who};
    n.response.answers[survey::Item::overall_ok] = survey::Answer::yes;
    store->submit_response(n);
  }

  static std::string year() { return std::to_string(current_year()); }
  static boost::json::object json_of(const test::HttpResult& r) { return boost::json::parse(r.body).as_object(); }
  static std::string error_code(const test::HttpResult& r) {
    return std::string(json_of(r).at("error").at("code").as_string());
  }

  std::int64_t education_id = 0, health_id = 0;
  Browser official, monitor;
};

TEST_F(Monitoring, AnOfficialSeesTheirAuthorityByMunicipalityAndNothingOfAnother) {
  auto page = get("/monitoring", official.cookie);
  ASSERT_EQ(page.status, 200) << page.body.substr(0, 400);
  EXPECT_TRUE(contains(page, "<h1>Мониторинг за " + year() + " год</h1>"));
  EXPECT_TRUE(contains(page, "<span aria-current=\"page\">Департамент образования</span>"));
  EXPECT_TRUE(contains(page, "<th scope=\"col\">Муниципалитет</th>"));
  EXPECT_FALSE(contains(page, "Минздрав области"));  // not even in the calendar
  EXPECT_TRUE(contains(page, "<a href=\"/monitoring\">Мониторинг</a>"));  // in the staff bar

  const std::string other = std::to_string(health_id);
  for (const std::string query : {"authority=" + other, std::string("org=clinic"), "municipality=" + encode("Химки"),
                                  std::string("authority=abc")}) {
    SCOPED_TRACE(query);
    auto refused = get("/monitoring?" + query, official.cookie);
    EXPECT_EQ(refused.status, 404);
    EXPECT_TRUE(contains(refused, "Страница не найдена"));
    EXPECT_EQ(get("/monitoring.xlsx?" + query, official.cookie).status, 404);
    EXPECT_EQ(get("/monitoring.csv?" + query, official.cookie).status, 404);
    auto api = get("/api/v1/monitoring?" + query, official.cookie);
    EXPECT_EQ(api.status, 404);
    EXPECT_EQ(error_code(api), "monitoring_not_found");
  }
  EXPECT_EQ(get("/monitoring?org=school", official.cookie).status, 200);
  EXPECT_EQ(get("/monitoring?authority=" + std::to_string(education_id), official.cookie).status, 200);
}

TEST_F(Monitoring, ACouncilMemberSeesTheirOwnAuthorityOnly) {
  auto council = signed_in(account("council1", "council", "", "Минздрав области"));
  auto page = get("/monitoring", council.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "<span aria-current=\"page\">Минздрав области</span>"));
  EXPECT_FALSE(contains(page, "Департамент образования"));
  EXPECT_EQ(get("/monitoring?authority=" + std::to_string(education_id), council.cookie).status, 404);
  EXPECT_EQ(get("/monitoring?org=school", council.cookie).status, 404);
}

TEST_F(Monitoring, TheMonitorAndAnAdministratorSeeTheCountryAndDrillDown) {
  for (const auto* who : {&monitor}) {
    auto page = get("/monitoring", who->cookie);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page, "<span aria-current=\"page\">Россия</span>"));
    EXPECT_TRUE(contains(page, ">Москва</a>"));
    EXPECT_TRUE(contains(page, ">Московская область</a>"));
    EXPECT_TRUE(contains(page, "<title id=\"monitoring-map-title\">"));
  }
  auto admin = signed_in(account("root", "admin"));
  EXPECT_EQ(get("/monitoring", admin.cookie).status, 200);
  auto region = get("/monitoring?region=77", monitor.cookie);
  ASSERT_EQ(region.status, 200);
  EXPECT_TRUE(contains(region, "<th scope=\"col\">Уполномоченный орган</th>"));
  EXPECT_TRUE(contains(region, "authority=" + std::to_string(education_id) + "\">Департамент образования</a>"));
  auto authority = get("/monitoring?authority=" + std::to_string(health_id), monitor.cookie);
  EXPECT_EQ(authority.status, 200);
  auto one = get("/api/v1/monitoring?org=clinic", monitor.cookie);
  ASSERT_EQ(one.status, 200) << one.body;
  EXPECT_EQ(json_of(one).at("level").as_string(), "organisation");
  EXPECT_TRUE(json_of(one).at("single_organisation").as_bool());
}

TEST_F(Monitoring, AShareOfCitizensAnswersCarriesItsInterval) {
  const auto cycle = store->assessment_of("school", current_year())->cycle_id;
  for (const auto* who : {"x", "y"}) {
    const auto citizen = store->upsert_citizen(std::string("opinion-") + who, "");
    (void)submit_opinion(*store, {{"school", citizen, std::string("opinion-") + who}, cycle, *who == 'x', "", 80.0});
  }
  const auto page = get("/monitoring?authority=" + std::to_string(education_id), official.cookie);
  ASSERT_EQ(page.status, 200);
  // One of two agrees: 50 %, and at 95 % anything from 9,5 to 90,5.
  EXPECT_TRUE(contains(page, "50,0\u00A0%<br><span class=\"range\">95\u00A0%: от 9,5 до 90,5\u00A0%</span>")) << page.body;
  EXPECT_FALSE(contains(page, "нижняя граница")) << "the bounds are no columns of the page";
  const auto api = json_of(get("/api/v1/monitoring?authority=" + std::to_string(education_id), official.cookie));
  EXPECT_NEAR(api.at("totals").at("agree_share_low").to_number<double>(), 9.45, 0.01);
  EXPECT_NEAR(api.at("totals").at("agree_share_high").to_number<double>(), 90.55, 0.01);
}

TEST_F(Monitoring, OrganisationStaffAndOperatorsAreRefusedAndStrangersSentToSignIn) {
  auto staff = signed_in(account("ivanova", "org_staff", "school"));
  auto operator_user = signed_in(account("opros1", "operator", "", "", "ООО «Опрос»"));
  for (const auto* who : {&staff, &operator_user}) {
    auto page = get("/monitoring", who->cookie);
    EXPECT_EQ(page.status, 403);
    EXPECT_TRUE(contains(page, "Мониторинг открыт сотрудникам уполномоченных органов"));
    EXPECT_EQ(get("/monitoring.xlsx", who->cookie).status, 403);
    auto api = get("/api/v1/monitoring", who->cookie);
    EXPECT_EQ(api.status, 403);
    EXPECT_EQ(error_code(api), "monitoring_forbidden");
    EXPECT_FALSE(contains(get("/cabinet/school", who->cookie), "href=\"/monitoring\""));
  }
  EXPECT_EQ(get("/monitoring").status, 303);
  EXPECT_EQ(get("/monitoring.csv").status, 303);
  auto api = get("/api/v1/monitoring");
  EXPECT_EQ(api.status, 401);
  EXPECT_EQ(error_code(api), "unauthorized");
}

TEST_F(Monitoring, ABadYearOrRegionIsExplainedInRussian) {
  auto year = get("/monitoring?year=1999", monitor.cookie);
  EXPECT_EQ(year.status, 400);
  EXPECT_TRUE(contains(year, "За 1999 год данных мониторинга нет"));
  auto region = get("/monitoring?region=99", monitor.cookie);
  EXPECT_EQ(region.status, 400);
  EXPECT_TRUE(contains(region, "Региона с кодом «99» нет в справочнике регионов"));
  auto api = get("/api/v1/monitoring?year=abc", monitor.cookie);
  EXPECT_EQ(api.status, 400);
  EXPECT_EQ(error_code(api), "monitoring_bad_year");
  EXPECT_EQ(json_of(api).at("error").at("details").as_array()[0].at("field").as_string(), "year");
  EXPECT_EQ(get("/monitoring.xlsx?region=7", monitor.cookie).status, 400);
}

TEST_F(Monitoring, AViewWithoutFiguresSaysSoAndTheApiGivesZeros) {
  auto page = get("/monitoring?sphere=culture", monitor.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "<strong>Нет данных</strong> за " + year() + " год"));
  auto api = get("/api/v1/monitoring?sphere=culture", monitor.cookie);
  ASSERT_EQ(api.status, 200);
  const auto document = json_of(api);
  EXPECT_EQ(document.at("totals").at("respondents").as_int64(), 0);
  EXPECT_TRUE(document.at("totals").at("target_share").is_null());
  EXPECT_TRUE(document.at("rows").as_array().empty());
}

TEST_F(Monitoring, TheApiGivesPlainNumbers) {
  auto api = get("/api/v1/monitoring?authority=" + std::to_string(education_id), official.cookie);
  ASSERT_EQ(api.status, 200) << api.body;
  EXPECT_EQ(header(api, "Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(api.body.find("E+"), std::string::npos);
  EXPECT_EQ(api.body.find("E1"), std::string::npos);
  const auto document = json_of(api);
  EXPECT_EQ(document.at("filter").at("authority").as_int64(), education_id);
  EXPECT_EQ(document.at("level").as_string(), "municipality");
  const auto& totals = document.at("totals").as_object();
  EXPECT_EQ(totals.at("respondents").as_int64(), 2);
  EXPECT_EQ(totals.at("sample_target").as_int64(), 150);
  EXPECT_EQ(totals.at("channel_web").as_int64(), 2);
  EXPECT_DOUBLE_EQ(totals.at("site_app_share").to_number<double>(), 100);
  EXPECT_EQ(totals.at("respondents_by_month").as_array().size(), 12u);
}

TEST_F(Monitoring, TheApiKeepsAnAnswerBrieflyAndAChangeToTheCyclesDropsIt) {
  const auto path = "/api/v1/monitoring?authority=" + std::to_string(education_id);
  const auto totals = [&] { return json_of(get(path, official.cookie)).at("totals").as_object(); };
  EXPECT_EQ(totals().at("respondents").as_int64(), 2);
  // A response is a running count: the kept answer stands for its few seconds.
  respond("school", store->assessment_of("school", current_year())->cycle_id, "c");
  EXPECT_EQ(totals().at("respondents").as_int64(), 2);
  // Another reader with the same query has an answer of their own, read now.
  EXPECT_EQ(json_of(get(path, monitor.cookie)).at("totals").at("respondents").as_int64(), 3);
  // A change to the cycles, made anywhere, drops every kept answer at once.
  store->include_in_cycle(store->assessment_of("school", current_year())->cycle_id, {{"odd", 70}});
  const auto now = totals();
  EXPECT_EQ(now.at("sample_target").as_int64(), 170);
  EXPECT_EQ(now.at("respondents").as_int64(), 3);
}

TEST_F(Monitoring, FormulaLikeNamesStayTextInTheCsvAndTheWorkbook) {
  const std::string query = "?authority=" + std::to_string(education_id) + "&municipality=" + encode(kFormulaMunicipality);
  auto csv = get("/monitoring.csv" + query, monitor.cookie);
  ASSERT_EQ(csv.status, 200) << csv.body.substr(0, 300);
  EXPECT_EQ(header(csv, "Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(header(csv, "Transfer-Encoding"), "chunked");
  ASSERT_TRUE(csv.body.starts_with("\xEF\xBB\xBF"));
  const auto table = csv::parse(csv.body);
  ASSERT_TRUE(table) << table.error().message;
  const auto name = *table->column("Наименование");
  ASSERT_EQ(table->records.size(), 2u);  // the total and the one organisation
  EXPECT_EQ(table->records[0].fields[name], "'" + std::string(kFormulaMunicipality));
  EXPECT_EQ(table->records[1].fields[name], "'+7 школа");

  auto xlsx = get("/monitoring.xlsx" + query, monitor.cookie);
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(header(xlsx, "Content-Type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const auto sheet = xlsx::read_first_sheet(xlsx.body);
  ASSERT_TRUE(sheet) << sheet.error().message;
  ASSERT_EQ(sheet->records.size(), 1u);
  EXPECT_EQ(sheet->records[0].fields[*sheet->column("Муниципалитет")], kFormulaMunicipality);
  EXPECT_EQ(sheet->records[0].fields[*sheet->column("Участников опроса")], "1");
}

TEST_F(Monitoring, TheCountrysCsvHasEveryLevelDownToEachOrganisation) {
  auto csv = get("/monitoring.csv", monitor.cookie);
  ASSERT_EQ(csv.status, 200);
  const auto table = csv::parse(csv.body);
  ASSERT_TRUE(table) << table.error().message;
  std::map<std::string, std::vector<std::string>> codes;  // by level
  for (const auto& r : table->records)
    codes[r.fields[*table->column("Уровень")]].push_back(r.fields[*table->column("Код")]);
  EXPECT_EQ(codes["Итого"].size(), 1u);
  EXPECT_EQ(codes["Регион"], (std::vector<std::string>{"77", "50"}));  // by name: Москва, Московская область
  EXPECT_EQ(codes["Уполномоченный орган"].size(), 2u);
  std::sort(codes["Организация"].begin(), codes["Организация"].end());
  EXPECT_EQ(codes["Организация"], (std::vector<std::string>{"clinic", "odd", "school"}));
}

TEST_F(Monitoring, DownloadsHaveReadableRussianNames) {
  auto xlsx = get("/monitoring.xlsx?region=77", monitor.cookie);
  ASSERT_EQ(xlsx.status, 200);
  const std::string name = "Мониторинг-Москва-" + year() + ".xlsx";
  EXPECT_NE(header(xlsx, "Content-Disposition").find("filename*=UTF-8''" + http::percent_encode(name)),
            std::string::npos)
      << header(xlsx, "Content-Disposition");
  auto csv = get("/monitoring.csv", official.cookie);
  EXPECT_NE(header(csv, "Content-Disposition")
                .find(http::percent_encode("Мониторинг-Департамент-образования-" + year() + ".csv")),
            std::string::npos);
}

TEST_F(Monitoring, TwoExportsAtOnceBothFinish) {
  test::HttpResult first, second;
  std::thread a([&] { first = get("/monitoring.xlsx", monitor.cookie); });
  std::thread b([&] { second = get("/monitoring.xlsx?region=77", monitor.cookie); });
  a.join();
  b.join();
  for (const auto* r : {&first, &second}) {
    ASSERT_EQ(r->status, 200);
    const auto sheet = xlsx::read_first_sheet(r->body);
    ASSERT_TRUE(sheet) << sheet.error().message;
    EXPECT_EQ(sheet->records.size(), 1u);
  }
  EXPECT_EQ(xlsx::read_first_sheet(first.body)->records[0].fields[*xlsx::read_first_sheet(first.body)->column("Охват")],
            "Россия");
  EXPECT_EQ(xlsx::read_first_sheet(second.body)->records[0].fields[*xlsx::read_first_sheet(second.body)->column("Охват")],
            "Москва");
}

}  // namespace
}  // namespace nok
