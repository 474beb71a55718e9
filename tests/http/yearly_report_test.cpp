// The authority's yearly report as Word and PDF, for each role's scope; the authority's
// texts for it (CSRF, limits, audit); and read-only API tokens — issued once, scoped to
// their authority, refused once revoked, and never written to the audit log or the log.
#include <fstream>
#include <regex>

#include "http/staff_site.h"
#include "support/temp_dir.h"
#include "unit/package_reader.h"
#include "support/feedback_waits.h"

namespace nok {
namespace {

using test::StaffSite;

class YearlyReportPages : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    education = stores->staff.find_authority("Департамент образования")->id;
    health = stores->staff.find_authority("Минздрав области")->id;
    const auto citizen = store->upsert_citizen("citizen-1", "");
    const feedback::ReviewTone tones[] = {feedback::ReviewTone::positive, feedback::ReviewTone::positive,
                                          feedback::ReviewTone::negative};
    for (int i = 0; i < 12; ++i)
      submit_review(*store, {{"school", citizen, "review-" + std::to_string(i)}, "Отзыв", "", {}, tones[i % 3]});
  }

  std::string report_url(const std::string& format, const std::string& query = "") {
    return "/monitoring/report." + format + (query.empty() ? "" : "?" + query);
  }
  test::HttpResult with_token(const std::string& token, const std::string& target) {
    return test::http_request(server->port(), "GET", target, "Authorization: Bearer " + token + "\r\n");
  }
  static std::string document_xml(const std::string& docx) { return test::zip_entry(docx, "word/document.xml").value_or(""); }
  // The value of a report line in the year's column (2: the year before, 3: the year asked).
  static std::string cell(const std::string& docx, const std::string& label, int column) {
    return test::xpath_one(document_xml(docx), "string(//w:tr[w:tc[1][contains(., '" + label + "')]]/w:tc[" +
                                                   std::to_string(column) + "])");
  }
  std::string issue_token(const Browser& admin, const std::string& name, const std::string& authority) {
    auto page = post(admin, "/admin/api-tokens", "name=" + encode(name) + "&authority=" + encode(authority));
    EXPECT_EQ(page.status, 200) << page.body;
    std::smatch m;
    std::regex_search(page.body, m, std::regex("<code class=\"secret\">([^<]+)</code>"));
    return m.size() > 1 ? m[1].str() : "";
  }

  const int year = current_year();
  std::int64_t education = 0, health = 0;
};

TEST_F(YearlyReportPages, AnOfficialDownloadsTheirAuthoritysReportAsWordWithTheYearsFigures) {
  const auto official = signed_in(account("official", "official", "", "Департамент образования"));
  const auto docx = get(report_url("docx"), official.cookie);
  ASSERT_EQ(docx.status, 200) << docx.body;
  EXPECT_EQ(header(docx, "Content-Type"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const std::string name = "Отчёт-НОК-Департамент-образования-" + std::to_string(year) + ".docx";
  EXPECT_NE(header(docx, "Content-Disposition").find("filename*=UTF-8''" + http::percent_encode(name)), std::string::npos)
      << header(docx, "Content-Disposition");
  EXPECT_EQ(header(docx, "Cache-Control"), "private, no-store");

  const auto xml = document_xml(docx.body);
  EXPECT_NE(xml.find("Информация об использовании результатов мониторинга"), std::string::npos);
  EXPECT_NE(xml.find("Департамент образования"), std::string::npos);
  EXPECT_NE(xml.find(std::to_string(year - 1) + " год"), std::string::npos);
  EXPECT_EQ(cell(docx.body, "Количество отзывов", 3), "12");
  EXPECT_EQ(cell(docx.body, "Количество отзывов", 2), "нет данных");
  EXPECT_EQ(cell(docx.body, "положительных", 3), "8");
  EXPECT_EQ(cell(docx.body, "отрицательных", 3), "4");
  EXPECT_EQ(xml.find("Минздрав"), std::string::npos);

  EXPECT_EQ(get(report_url("docx", "authority=" + std::to_string(education)), official.cookie).status, 200);
}

TEST_F(YearlyReportPages, ThePdfHasTheSameReport) {
  const auto official = signed_in(account("official", "official", "", "Департамент образования"));
  const auto pdf = get(report_url("pdf", "year=" + std::to_string(year)), official.cookie);
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(header(pdf, "Content-Type"), "application/pdf");
  ASSERT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
  EXPECT_GT(pdf.body.size(), 5000u);
  EXPECT_NE(header(pdf, "Content-Disposition").find(http::percent_encode("Отчёт-НОК-Департамент-образования-")),
            std::string::npos);
  if (std::system("command -v pdftotext >/dev/null") != 0) GTEST_SKIP() << "pdftotext is not installed";
  test::TempDir dir;
  std::ofstream(dir.file("r.pdf"), std::ios::binary) << pdf.body;
  ASSERT_EQ(std::system(("pdftotext '" + dir.file("r.pdf") + "' '" + dir.file("r.txt") + "'").c_str()), 0);
  std::ifstream in(dir.file("r.txt"));
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const char* expected : {"Информация об использовании", "Департамент образования", "Количество отзывов",
                               "Сформировано в nok"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST_F(YearlyReportPages, EachRoleGetsOnlyTheReportsItsScopeAllows) {
  const std::string school = "authority=" + std::to_string(education);
  const auto other_official = signed_in(account("health", "official", "", "Минздрав области"));
  const auto refused = get(report_url("docx", school), other_official.cookie);
  EXPECT_EQ(refused.status, 404);
  EXPECT_EQ(refused.body.find("Департамент образования"), std::string::npos);
  EXPECT_EQ(get(report_url("pdf", school), other_official.cookie).status, 404);
  EXPECT_EQ(get(report_url("docx", "authority=x"), other_official.cookie).status, 404);

  const auto council = signed_in(account("council", "council", "", "Департамент образования"));
  EXPECT_EQ(get(report_url("docx"), council.cookie).status, 200);
  EXPECT_EQ(get(report_url("docx", "authority=" + std::to_string(health)), council.cookie).status, 404);

  const auto monitor = signed_in(account("monitor", "monitor"));
  EXPECT_EQ(get(report_url("docx", school), monitor.cookie).status, 200);
  EXPECT_EQ(get(report_url("pdf", "authority=" + std::to_string(health)), monitor.cookie).status, 200);
  const auto unnamed = get(report_url("docx"), monitor.cookie);
  EXPECT_EQ(unnamed.status, 400);
  EXPECT_TRUE(contains(unnamed, "Выберите уполномоченный орган"));
  EXPECT_EQ(get(report_url("docx", "authority=999999"), monitor.cookie).status, 404);
  EXPECT_EQ(get(report_url("docx", school), signed_in(account("root", "admin")).cookie).status, 200);

  EXPECT_EQ(get(report_url("docx", school), signed_in(account("teacher", "org_staff", "school")).cookie).status, 403);
  EXPECT_EQ(get(report_url("docx", school), signed_in(account("operator1", "operator", "", "", "ООО «Опрос»")).cookie).status,
            403);
  const auto anonymous = get(report_url("docx", school));
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(header(anonymous, "Location").rfind("/staff/login?next=", 0), 0u);
}

TEST_F(YearlyReportPages, AYearOutsideTheRangeIsRefusedInRussianAndAnEmptyYearStillMakesADocument) {
  const auto official = signed_in(account("official", "official", "", "Департамент образования"));
  for (const std::string bad : {std::string("2013"), std::to_string(year + 2), std::string("год"), std::string("2026abc")}) {
    const auto refused = get(report_url("docx", "year=" + http::percent_encode(bad)), official.cookie);
    EXPECT_EQ(refused.status, 400) << bad;
    EXPECT_TRUE(contains(refused, "Год отчёта — число от 2014 до " + std::to_string(year + 1) + ".")) << bad;
  }
  const auto empty = get(report_url("docx", "year=2015"), official.cookie);
  ASSERT_EQ(empty.status, 200);
  EXPECT_EQ(cell(empty.body, "Количество отзывов", 3), "нет данных");
  EXPECT_EQ(cell(empty.body, "Количество отзывов", 2), "нет данных");
  EXPECT_NE(document_xml(empty.body).find("за 2014 и 2015 годы"), std::string::npos);
  const auto empty_pdf = get(report_url("pdf", "year=2015"), official.cookie);
  EXPECT_EQ(empty_pdf.status, 200);
  EXPECT_EQ(empty_pdf.body.rfind("%PDF-", 0), 0u);
}

TEST_F(YearlyReportPages, AnOfficialWritesTheTextsForTheReportWhichOthersRead) {
  const auto official = signed_in(account("official", "official", "", "Департамент образования"));
  const std::string url = "/monitoring/notes?year=" + std::to_string(year);
  const auto form = get(url, official.cookie);
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(contains(form, "<textarea id=\"results_use\" name=\"results_use\""));
  EXPECT_TRUE(contains(form, "<textarea id=\"popularisation\" name=\"popularisation\""));
  EXPECT_TRUE(contains(form, "Не длиннее 10 000 символов."));
  EXPECT_TRUE(contains(form, "/monitoring/report.docx?year=" + std::to_string(year) + "&amp;authority=" +
                                 std::to_string(education)));

  const std::string use = "Итоги оценки обсуждены на коллегии; руководителям школ даны поручения.";
  const std::string texts = "results_use=" + encode(use) + "&popularisation=" + encode("Плакаты в каждой школе.");
  EXPECT_EQ(post(url, "csrf=wrong&" + texts, official.cookie).status, 403);
  EXPECT_EQ(stores->monitoring.notes(education, year).results_use, "");

  const auto too_long = post(official, url, "results_use=" + encode(std::string(10001, 'a')) + "&popularisation=x");
  EXPECT_EQ(too_long.status, 422);
  EXPECT_TRUE(contains(too_long, "Текст длиннее 10")) << too_long.body;
  EXPECT_TRUE(contains(too_long, "href=\"#results_use\""));
  EXPECT_EQ(stores->monitoring.notes(education, year).popularisation, "");

  const auto saved = post(official, url, texts);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(header(saved, "Location"),
            "/monitoring/notes?year=" + std::to_string(year) + "&authority=" + std::to_string(education) + "&saved=1");
  EXPECT_EQ(stores->monitoring.notes(education, year).results_use, use);
  const auto audit = stores->staff.audit_log(1, 0).at(0);
  EXPECT_EQ(audit.action, "monitoring_notes.save");
  EXPECT_EQ(audit.user_id, official.user_id);
  EXPECT_EQ(audit.object_id, std::to_string(education) + "/" + std::to_string(year));
  EXPECT_NE(audit.after_json.find("коллегии"), std::string::npos);
  EXPECT_TRUE(contains(get(header(saved, "Location"), official.cookie), "Сведения сохранены."));

  const auto docx = get(report_url("docx"), official.cookie);
  EXPECT_NE(document_xml(docx.body).find(use), std::string::npos);

  const auto council = signed_in(account("council", "council", "", "Департамент образования"));
  const auto read_only = get(url, council.cookie);
  ASSERT_EQ(read_only.status, 200);
  EXPECT_TRUE(contains(read_only, use));
  EXPECT_FALSE(contains(read_only, "<textarea"));
  EXPECT_EQ(post(council, url, texts).status, 403);
  const auto monitor = signed_in(account("monitor", "monitor"));
  EXPECT_TRUE(contains(get(url + "&authority=" + std::to_string(education), monitor.cookie), use));
  const auto other = signed_in(account("health", "official", "", "Минздрав области"));
  EXPECT_EQ(get(url + "&authority=" + std::to_string(education), other.cookie).status, 404);
  EXPECT_EQ(post(other, url + "&authority=" + std::to_string(education), texts).status, 404);
  EXPECT_EQ(get("/monitoring/notes?year=1999", official.cookie).status, 400);
}

TEST_F(YearlyReportPages, AnAuthoritysTokenReadsItsMonitoringAndReportUntilRevoked) {
  const auto admin = signed_in(account("root", "admin"));
  EXPECT_EQ(get("/admin/api-tokens", signed_in(account("monitor", "monitor")).cookie).status, 404);
  EXPECT_EQ(post("/admin/api-tokens", "csrf=wrong&name=x", admin.cookie).status, 403);
  const auto unnamed = post(admin, "/admin/api-tokens", "name=&authority=");
  EXPECT_EQ(unnamed.status, 422);
  EXPECT_TRUE(contains(unnamed, "Укажите название токена"));
  EXPECT_TRUE(contains(post(admin, "/admin/api-tokens", "name=x&authority=" + encode("Нет такого")),
                       "Уполномоченного органа «Нет такого» нет в реестре."));

  testing::internal::CaptureStderr();
  const std::string token = issue_token(admin, "Дашборд министерства", "Департамент образования");
  ASSERT_EQ(token.rfind("nok_api_", 0), 0u) << token;
  const auto listed = get("/admin/api-tokens", admin.cookie);
  EXPECT_TRUE(contains(listed, "Дашборд министерства"));
  EXPECT_FALSE(contains(listed, token)) << "shown once";

  const auto api = with_token(token, "/api/v1/monitoring?year=" + std::to_string(year));
  EXPECT_EQ(api.status, 200) << api.body;
  EXPECT_NE(api.body.find("\"authority_name\": \"Департамент образования\""), std::string::npos) << api.body;
  EXPECT_EQ(with_token(token, "/api/v1/monitoring?authority=" + std::to_string(health)).status, 404);
  const auto docx = with_token(token, report_url("docx"));
  EXPECT_EQ(docx.status, 200);
  EXPECT_EQ(cell(docx.body, "Количество отзывов", 3), "12");
  EXPECT_EQ(with_token(token, report_url("pdf", "authority=" + std::to_string(health))).status, 404);
  EXPECT_EQ(with_token(token, report_url("docx", "year=1900")).status, 400);
  EXPECT_EQ(with_token(token, "/official").status, 303) << "a token opens the monitoring's reads and nothing else";
  EXPECT_NE(stores->api_tokens.tokens().at(0).last_used_at, "");

  const auto id = stores->api_tokens.tokens().at(0).id;
  EXPECT_EQ(post(admin, "/admin/api-tokens/" + std::to_string(id) + "/revoke").status, 303);
  EXPECT_EQ(post(admin, "/admin/api-tokens/" + std::to_string(id) + "/revoke").status, 409);
  for (const auto& target : {"/api/v1/monitoring", "/monitoring/report.docx", "/monitoring/report.pdf"}) {
    const auto revoked = with_token(token, target);
    EXPECT_EQ(revoked.status, 401) << target;
    EXPECT_NE(revoked.body.find("\"code\":\"api_token_invalid\""), std::string::npos) << revoked.body;
    EXPECT_NE(revoked.body.find("отозван"), std::string::npos);
    EXPECT_EQ(header(revoked, "WWW-Authenticate"), "Bearer error=\"invalid_token\"");
  }
  EXPECT_EQ(with_token("nok_api_unknown", "/api/v1/monitoring").status, 401);
  EXPECT_EQ(with_token("nok_api_", "/monitoring/report.docx").status, 401);
  const std::string log = testing::internal::GetCapturedStderr();

  const auto audit = stores->staff.audit_log(10, 0);
  ASSERT_GE(audit.size(), 2u);
  EXPECT_EQ(audit[0].action, "api_token.revoke");
  EXPECT_EQ(audit[1].action, "api_token.issue");
  EXPECT_NE(audit[1].after_json.find("Департамент образования"), std::string::npos);
  for (const auto& entry : audit) {
    EXPECT_EQ(entry.after_json.find(token.substr(8)), std::string::npos);
    EXPECT_EQ(entry.before_json.find(token.substr(8)), std::string::npos);
  }
  EXPECT_EQ(log.find(token.substr(8)), std::string::npos) << "the token is never logged";
}

TEST_F(YearlyReportPages, ATokenForEveryAuthorityReadsAnyButOnlyReads) {
  const auto admin = signed_in(account("root", "admin"));
  const std::string token = issue_token(admin, "Федеральный мониторинг", "");
  EXPECT_TRUE(contains(get("/admin/api-tokens", admin.cookie), "все органы"));
  EXPECT_EQ(with_token(token, "/api/v1/monitoring").status, 200);
  EXPECT_EQ(with_token(token, report_url("docx", "authority=" + std::to_string(health))).status, 200);
  EXPECT_EQ(with_token(token, report_url("docx")).status, 400) << "names the authority";
  const auto write = test::http_request(server->port(), "POST", "/monitoring/notes?authority=" + std::to_string(health),
                                        "Authorization: Bearer " + token + "\r\n", "results_use=x");
  EXPECT_EQ(write.status, 303) << "to the sign-in page: a token signs nobody in";
  EXPECT_EQ(header(write, "Location"), "/staff/login");
  EXPECT_EQ(stores->monitoring.notes(health, year).results_use, "");
}

}  // namespace
}  // namespace nok
