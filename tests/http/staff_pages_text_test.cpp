// The staff pages speak Russian: every role's pages, reached by following their own links,
// show no program identifiers (`stand_ok`, `org_staff`, `344n-2019` states and codes), no
// empty «» or () left by a missing value, no citizen's links, and no link that the person
// could not open. Exchange-format column names are shown on purpose, inside <code>.
#include <deque>
#include <regex>
#include <set>

#include "domain/cycle/workflow.h"
#include "domain/registry/sphere.h"
#include "domain/staff/role.h"
#include "domain/survey/channel.h"
#include "http/staff_site.h"

namespace nok {
namespace {

using test::HttpResult;
using test::StaffSite;

// What a person reads: the text between tags, without scripts, styles, code samples and
// attribute values.
std::string visible_text(const std::string& html) {
  std::string out;
  std::size_t at = 0;
  while (at < html.size()) {
    if (html[at] != '<') {
      out += html[at++];
      continue;
    }
    const auto end = html.find('>', at);
    if (end == std::string::npos) break;
    std::string tag = html.substr(at + 1, end - at - 1);
    at = end + 1;
    const auto name_end = tag.find_first_of(" \t\n/");
    const std::string name = tag.substr(0, name_end);
    if (name == "script" || name == "style" || name == "code") {
      const auto close = html.find("</" + name + ">", at);
      at = close == std::string::npos ? html.size() : close + name.size() + 3;
    }
    out += ' ';
  }
  return out;
}

// The site's own page links of `html` (&amp; decoded), without fragments.
std::vector<std::string> links(const std::string& html) {
  std::vector<std::string> out;
  static const std::regex href(R"(<a [^>]*href="(/[^"#]*)[^"]*")");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) {
    std::string link = (*it)[1].str();
    for (auto amp = link.find("&amp;"); amp != std::string::npos; amp = link.find("&amp;", amp + 1))
      link.replace(amp, 5, "&");
    out.push_back(link);
  }
  return out;
}

// Links that lead out of the staff pages: downloads, the citizen's site, files, the JSON API,
// an authority's public kit — but not its plan of popularisation measures, a staff page.
bool followed(const std::string& link) {
  const auto path = link.substr(0, link.find('?'));
  if (path.starts_with("/authorities/") && path.ends_with("/popularisation")) return true;
  for (const char* end : {".pdf", ".zip", ".xlsx", ".csv", ".docx", ".png", ".svg", ".json"})
    if (path.ends_with(end)) return false;
  for (const char* start :
       {"/o/", "/a11y", "/static/", "/api/", "/search", "/results", "/opendata", "/open-data", "/authorities/"})
    if (path.starts_with(start)) return false;
  return path != "/";
}

// The codes the database and the API use for states, steps, roles, channels and spheres; a
// page says their titles.
std::set<std::string> program_codes() {
  std::set<std::string> out{"344n"};
  using cycle::Event, cycle::State;
  for (auto s : {State::draft, State::collecting, State::council, State::approved, State::published})
    out.emplace(cycle::code(s));
  for (auto e : {Event::start_collecting, Event::submit_to_council, Event::return_for_rework, Event::approve,
                 Event::publish, Event::correct})
    out.emplace(cycle::code(e));
  for (auto r : staff::all_roles()) out.emplace(staff::code(r));
  for (auto c : survey::all_channels()) out.emplace(survey::code(c));
  for (auto s : all_spheres()) out.emplace(code(s));
  return out;
}

// A link's shape, digits and query values blurred, so a table of a hundred rows costs a few visits.
std::string shape(const std::string& link) {
  return std::regex_replace(std::regex_replace(link, std::regex("[0-9]+"), "N"), std::regex("=[^&]*"), "=");
}

class StaffPagesText : public StaffSite {
 protected:
  // Fails for each thing a person should not read on `page`.
  void check_page(const std::string& who, const std::string& path, const HttpResult& page) {
    SCOPED_TRACE(who + " " + path);
    const auto main_start = page.body.find("<main");
    const auto text = visible_text(page.body);
    static const std::regex identifier("[A-Za-z]+_[A-Za-z_]+");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), identifier); it != std::sregex_iterator(); ++it)
      ADD_FAILURE() << "an identifier in the text: " << it->str();
    static const std::regex word("[A-Za-z0-9]+");
    static const auto codes = program_codes();
    for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it)
      EXPECT_FALSE(codes.contains(it->str())) << "a code in the text: " << it->str();
    for (const char* empty : {"()", "( )", "«»", "« »"})
      EXPECT_EQ(text.find(empty), std::string::npos) << "an empty " << empty << " near «"
                                                      << text.substr(text.find(empty) > 60 ? text.find(empty) - 60 : 0, 80)
                                                      << "»";
    for (const char* citizen : {"href=\"/me\"", "href=\"/login\""})
      EXPECT_EQ(page.body.find(citizen), std::string::npos) << "a citizen's link: " << citizen;
    EXPECT_NE(main_start, std::string::npos);
    check_tables(page.body);
  }

  // Every table scrolls in a frame a keyboard can reach: a focusable region named by the
  // table's caption, with the hint in words before it (or, on pages that do it themselves,
  // the table takes focus).
  static void check_tables(const std::string& html) {
    static const std::regex frame(
        R"re(<p class="hint" id="([^"]+)-hint">Таблицу можно прокрутить вбок</p>\s*<div class="wide" tabindex="0" role="region" aria-labelledby="([^"]+)" aria-describedby="([^"]+)-hint">\s*<table[^>]*>\s*<caption[^>]* id="([^"]+)")re");
    std::size_t frames = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), frame); it != std::sregex_iterator(); ++it) {
      ++frames;
      const auto& m = *it;
      EXPECT_EQ(m[1].str(), m[2].str());
      EXPECT_EQ(m[2].str(), m[3].str());
      EXPECT_EQ(m[2].str(), m[4].str()) << "the frame is named by its table's caption";
    }
    std::size_t tables = 0, focusable_tables = 0;
    for (auto at = html.find("<table"); at != std::string::npos; at = html.find("<table", at + 1)) {
      ++tables;
      const auto tag = html.substr(at, html.find('>', at) - at);
      focusable_tables += tag.find("tabindex=\"0\"") != std::string::npos;
    }
    EXPECT_EQ(frames + focusable_tables, tables) << "a table without a frame that takes focus";
  }

  // Opens the role's home and every page its links reach (a few of each shape), checking each.
  int crawl(const std::string& who, const Browser& browser) {
    std::deque<std::string> todo{"/staff"};
    std::set<std::string> seen;
    std::map<std::string, int> shapes;
    int pages = 0;
    while (!todo.empty() && pages < 80) {
      const auto path = todo.front();
      todo.pop_front();
      if (!seen.insert(path).second) continue;
      auto page = get(path, browser.cookie);
      for (int hops = 0; page.status == 303 && hops < 3; ++hops) page = get(header(page, "Location"), browser.cookie);
      EXPECT_EQ(page.status, 200) << who << " follows a link of its own pages to " << path;
      ++pages;
      check_page(who, path, page);
      for (const auto& link : links(page.body))
        if (followed(link) && !seen.contains(link) && shapes[shape(link)]++ < 2) todo.push_back(link);
    }
    return pages;
  }
};

TEST_F(StaffPagesText, EveryRolesPagesShowRussianWordsOnlyWithNothingEmptyAndOnlyLinksItMayOpen) {
  // A history to show: the operator hands this year's materials over without a comment.
  const auto survey_operator = signed_in(account("opros", "operator", "", "", "ООО «Опрос»"));
  const auto cycle = "/cycles/" + std::to_string(stores->cycles.cycles(0, 7).at(0).id);
  const auto page = get(cycle, survey_operator.cookie).body;
  ASSERT_EQ(post(survey_operator, cycle + "/step",
                 "event=submit_to_council&version=" + input_value(page, "version") + "&digest=" +
                     input_value(page, "digest"))
                .status,
            303);

  const std::pair<std::string, Browser> roles[] = {
      // Logins that are no codes: the staff bar shows them.
      {"org_staff", signed_in(account("shkola", "org_staff", "school"))},
      {"operator", survey_operator},
      {"council", signed_in(account("sovet", "council", "", "Департамент образования"))},
      {"official", signed_in(account("vedomstvo", "official", "", "Департамент образования"))},
      {"monitor", signed_in(account("nablyudatel", "monitor"))},
      {"admin", signed_in(account("glavny", "admin"))},
  };
  for (const auto& [who, browser] : roles) EXPECT_GT(crawl(who, browser), 3) << who;
}

TEST_F(StaffPagesText, AnOperatorsEntryErrorsNameTheQuestionsByNumberAndWording) {
  const auto survey_operator = signed_in(account("opros", "operator", "", "", "ООО «Опрос»"));
  const auto form = get("/operator/school/entry", survey_operator.cookie);
  ASSERT_EQ(form.status, 200);
  const auto refused = post(survey_operator, "/operator/school/entry",
                            "idempotency_key=" + input_value(form.body, "idempotency_key") +
                                "&channel=operator_paper&stand_used=0&stand_ok=1");
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused, "на вопрос 2 «Удовлетворены ли Вы открытостью")) << refused.body;
  EXPECT_TRUE(contains(refused, "на вопрос 1 «При посещении организации")) << refused.body;
  check_page("operator", "/operator/school/entry (refused)", refused);
}

TEST_F(StaffPagesText, APopularisationPlanWithMeasuresAndItsErrorsIsInRussian) {
  const auto official = signed_in(account("vedomstvo", "official", "", "Департамент образования"));
  const auto plan = "/authorities/" + std::to_string(stores->staff.find_authority("Департамент образования")->id) +
                    "/popularisation?year=" + std::to_string(current_year());
  const std::string y = std::to_string(current_year());
  for (const char* type : {"stand_qr_code", "mass_media", "service_message", "rating_equipment"})
    ASSERT_EQ(post(official, plan, std::string("type=") + type + "&title=" + encode("Плакаты") + "&starts_on=" + y +
                                       "-03-01&ends_on=" + y + "-03-31&responsible=" + encode("Отдел") +
                                       "&evidence_url=" + encode("https://example.ru/post"))
                  .status,
              303);
  const auto page = get(plan, official.cookie);
  ASSERT_EQ(page.status, 200);
  check_page("official", plan, page);
  const auto refused = post(official, plan, "type=radio_show&title=&starts_on=" + y + "-05-01&ends_on=" + y +
                                                "-04-01&responsible=&evidence_url=" + encode("javascript:alert(1)"));
  EXPECT_EQ(refused.status, 422);
  check_page("official", plan + " (refused)", refused);
  const auto council = signed_in(account("sovet", "council", "", "Департамент образования"));
  check_page("council", plan, get(plan, council.cookie));
}

TEST_F(StaffPagesText, ACyclesPageNamesItsMethodologyAndStatesInRussian) {
  const auto official = signed_in(account("official", "official", "", "Департамент образования"));
  const auto cycle = "/cycles/" + std::to_string(stores->cycles.cycles(0, 7).at(0).id);
  const auto page = get(cycle, official.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Приказ Минтруда России № 344н")) << page.body;
  EXPECT_FALSE(contains(page, "344n-2019"));
  EXPECT_TRUE(contains(page, "Сбор мнений"));
}

}  // namespace
}  // namespace nok
