// An authority's plan of popularisation measures over HTTP: who reads and who keeps it, the
// form's refusals in Russian, the CSRF check, the effect figures against known activity, the
// downloads, the part of the yearly report and the monitoring JSON's `popularisation` object.
#include <boost/json.hpp>

#include "http/staff_site.h"
#include "support/popularisation_activity.h"
#include "unit/package_reader.h"

namespace nok {
namespace {

using test::StaffSite;

class PopularisationPlanPages : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    education = stores->staff.find_authority("Департамент образования")->id;
    health = stores->staff.find_authority("Минздрав области")->id;
    official = signed_in(account("official", "official", "", "Департамент образования"));
  }

  std::string plan(std::int64_t authority, std::string_view suffix = "") {
    return "/authorities/" + std::to_string(authority) + "/popularisation" + std::string(suffix) +
           "?year=" + std::to_string(year);
  }
  // A measure's form with March of this year unless told otherwise.
  std::string measure(const std::string& type, const std::string& title, const std::string& from = "03-01",
                      const std::string& to = "03-31", const std::string& link = "https://example.ru/post") {
    const std::string y = std::to_string(year) + "-";
    return "type=" + type + "&title=" + encode(title) + "&starts_on=" + y + from + "&ends_on=" + y + to +
           "&responsible=" + encode("Иванова А. А., отдел общего образования") + "&evidence_url=" + encode(link);
  }
  test::HttpResult add(const std::string& form) { return post(official, plan(education), form); }
  std::int64_t count_actions(std::string_view action) {
    std::int64_t n = 0;
    for (const auto& e : stores->staff.audit_log(1000, 0)) n += e.action == action;
    return n;
  }
  std::int64_t only_measure() { return stores->popularisation.measures(education, year).at(0).id; }

  const int year = current_year();
  std::int64_t education = 0, health = 0;
  Browser official;
};

TEST_F(PopularisationPlanPages, AnOfficialAddsAMeasureAndSeesItInTheTableWithAnAuditLine) {
  const auto empty = get(plan(education), official.cookie);
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_TRUE(contains(empty, "пока нет мероприятий"));
  EXPECT_TRUE(contains(empty, "Департамент образования"));

  const auto added = add(measure("stand_qr_code", "QR-коды на стендах всех школ"));
  ASSERT_EQ(added.status, 303) << added.body;
  EXPECT_NE(header(added, "Location").find("done=added"), std::string::npos);
  const auto page = get(plan(education), official.cookie);
  EXPECT_TRUE(contains(page, "QR-коды на стендах всех школ"));
  EXPECT_TRUE(contains(page, "8. QR-коды на информационных стендах"));
  EXPECT_TRUE(contains(page, "01.03." + std::to_string(year) + " — 31.03." + std::to_string(year)));
  EXPECT_TRUE(contains(page, "Иванова А. А., отдел общего образования"));
  EXPECT_TRUE(contains(page, "запланировано"));
  EXPECT_TRUE(contains(page, "href=\"https://example.ru/post\""));
  EXPECT_EQ(count_actions("popularisation.measure_add"), 1);
}

TEST_F(PopularisationPlanPages, BadInputComesBackWithRussianErrorsInASummaryThatTakesFocus) {
  const auto backwards = add(measure("stand_qr_code", "Плакаты", "05-01", "04-01"));
  EXPECT_EQ(backwards.status, 422);
  EXPECT_TRUE(contains(backwards, "Дата окончания раньше даты начала.")) << backwards.body;
  EXPECT_TRUE(contains(backwards, "id=\"error-summary\""));
  EXPECT_TRUE(contains(backwards, "autofocus"));
  EXPECT_TRUE(contains(backwards, "href=\"#ends_on\""));
  EXPECT_TRUE(contains(backwards, "value=\"Плакаты\"")) << "what was typed stays";

  const auto script = add(measure("stand_qr_code", "Плакаты", "03-01", "03-31", "javascript:alert(1)"));
  EXPECT_EQ(script.status, 422);
  EXPECT_TRUE(contains(script, "начинающийся с http:// или https://"));
  EXPECT_FALSE(contains(script, "href=\"javascript:"));

  const auto unknown = add(measure("radio_show", "Эфир"));
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(contains(unknown, "Выберите вид мероприятия из списка."));

  const std::string next = std::to_string(year + 1) + "-01-31";
  const auto other_year = add("type=stand_qr_code&title=" + encode("Плакаты") + "&starts_on=" + std::to_string(year) +
                              "-12-01&ends_on=" + next + "&responsible=" + encode("Отдел"));
  EXPECT_EQ(other_year.status, 422);
  EXPECT_TRUE(contains(other_year, "Дата должна быть в " + std::to_string(year) + " году."));

  EXPECT_TRUE(stores->popularisation.measures(education, year).empty());
  EXPECT_EQ(count_actions("popularisation.measure_add"), 0);
}

TEST_F(PopularisationPlanPages, AFormWithoutTheTokenChangesNothing) {
  const auto forged = post(plan(education), measure("stand_qr_code", "Плакаты"), official.cookie);
  EXPECT_EQ(forged.status, 403);
  ASSERT_EQ(add(measure("stand_qr_code", "Плакаты")).status, 303);
  const auto id = std::to_string(only_measure());
  EXPECT_EQ(post(plan(education, "/" + id + "/remove"), "", official.cookie).status, 403);
  EXPECT_EQ(post(plan(education, "/" + id + "/status"), "status=done", official.cookie).status, 403);
  EXPECT_EQ(stores->popularisation.measures(education, year).size(), 1u);
}

TEST_F(PopularisationPlanPages, AnotherAuthoritysPlanIsTheSame404AsOneThatDoesNotExist) {
  const auto missing = get("/authorities/987654321/popularisation", official.cookie);
  const auto other = get(plan(health), official.cookie);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(other.status, 404);
  const auto main_of = [](const std::string& html) { return html.substr(html.find("<main"), html.find("</main>")); };
  EXPECT_EQ(main_of(other.body), main_of(missing.body));
  EXPECT_EQ(get("/authorities/nine/popularisation", official.cookie).status, 404);
  EXPECT_EQ(post(official, plan(health), measure("stand_qr_code", "Чужой план")).status, 404);
  EXPECT_EQ(get(plan(health, ".csv"), official.cookie).status, 404);
  EXPECT_TRUE(stores->popularisation.measures(health, year).empty());

  // A measure of another authority cannot be reached through one's own plan either.
  const auto clinic_official = signed_in(account("minzdrav", "official", "", "Минздрав области"));
  ASSERT_EQ(post(clinic_official, plan(health), measure("stand_qr_code", "Плакаты в поликлиниках")).status, 303);
  const auto theirs = std::to_string(stores->popularisation.measures(health, year).at(0).id);
  EXPECT_EQ(post(official, plan(education, "/" + theirs + "/remove")).status, 404);
  EXPECT_EQ(post(official, plan(education, "/" + theirs), measure("stand_qr_code", "Захват")).status, 404);
  EXPECT_EQ(get(plan(education) + "&edit=" + theirs, official.cookie).status, 404);
  EXPECT_EQ(stores->popularisation.measures(health, year).at(0).draft.title, "Плакаты в поликлиниках");
}

TEST_F(PopularisationPlanPages, WithoutASessionThePlanAsksToSignIn) {
  const auto r = get(plan(education));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(header(r, "Location"), "/staff/login?next=" + http::percent_encode(plan(education)));
}

TEST_F(PopularisationPlanPages, TheCouncilAndTheMonitorReadTheAdministratorReadsButNoneOfThemEdits) {
  ASSERT_EQ(add(measure("stand_qr_code", "Плакаты")).status, 303);
  const auto council = signed_in(account("council", "council", "", "Департамент образования"));
  const auto monitor = signed_in(account("monitor", "monitor"));
  const auto admin = signed_in(account("admin", "admin"));
  for (const auto* reader : {&council, &monitor, &admin}) {
    const auto page = get(plan(education), reader->cookie);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page, "Плакаты"));
    EXPECT_FALSE(contains(page, "Добавить в план"));
    EXPECT_EQ(post(*reader, plan(education), measure("mass_media", "Эфир")).status, 403);
    EXPECT_EQ(post(*reader, plan(education, "/" + std::to_string(only_measure()) + "/remove")).status, 403);
  }
  EXPECT_EQ(get(plan(health), council.cookie).status, 404);
  EXPECT_EQ(get(plan(health), monitor.cookie).status, 200);
  const auto staff = signed_in(account("school", "org_staff", "school"));
  EXPECT_EQ(get(plan(education), staff.cookie).status, 404);
  EXPECT_EQ(stores->popularisation.measures(education, year).size(), 1u);
}

TEST_F(PopularisationPlanPages, AMeasureIsEditedItsStatusChangedAndRemovedEachAudited) {
  ASSERT_EQ(add(measure("stand_qr_code", "Плакаты")).status, 303);
  const auto id = std::to_string(only_measure());
  const auto form = get(plan(education) + "&edit=" + id, official.cookie);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form, "Изменить мероприятие"));
  EXPECT_TRUE(contains(form, "value=\"Плакаты\""));

  EXPECT_EQ(post(official, plan(education, "/" + id), measure("printed_matter", "Листовки", "04-01", "04-30")).status,
            303);
  EXPECT_EQ(post(official, plan(education, "/" + id + "/status"), "status=in_progress").status, 303);
  const auto bad_status = post(official, plan(education, "/" + id + "/status"), "status=finished");
  EXPECT_EQ(bad_status.status, 422);
  EXPECT_TRUE(contains(bad_status, "href=\"#status-" + id + "\""));
  const auto stored = stores->popularisation.find_measure(only_measure());
  EXPECT_EQ(stored->draft.title, "Листовки");
  EXPECT_EQ(stored->draft.type, "printed_matter");
  EXPECT_EQ(stored->status, popularisation::Status::in_progress);
  EXPECT_TRUE(contains(get(plan(education), official.cookie), "выполняется"));

  EXPECT_EQ(post(official, plan(education, "/" + id + "/remove")).status, 303);
  EXPECT_TRUE(stores->popularisation.measures(education, year).empty());
  EXPECT_EQ(post(official, plan(education, "/" + id + "/remove")).status, 404);
  EXPECT_EQ(count_actions("popularisation.measure_change"), 1);
  EXPECT_EQ(count_actions("popularisation.measure_status"), 1);
  EXPECT_EQ(count_actions("popularisation.measure_remove"), 1);
}

TEST_F(PopularisationPlanPages, EachMeasureShowsTheFiguresOfItsSourceOverItsOwnDates) {
  test::add_popularisation_activity(stores->pool(), year);
  ASSERT_EQ(add(measure("stand_qr_code", "Плакаты в марте")).status, 303);
  ASSERT_EQ(add(measure("service_message", "Письма после приёма")).status, 303);
  ASSERT_EQ(add(measure("rating_equipment", "Киоски")).status, 303);
  ASSERT_EQ(add(measure("mass_media", "Радиоэфир")).status, 303);
  ASSERT_EQ(add(measure("booking_terminal", "Талоны", "06-01", "06-30")).status, 303);
  const auto page = get(plan(education), official.cookie);
  ASSERT_EQ(page.status, 200);
  // The poster's March scans (not June's, not the clinic's), the March invitations, two kiosk answers.
  EXPECT_TRUE(contains(page, "Сканирований QR-кода: 10<br>Анкет после сканирования: 3")) << page.body;
  EXPECT_TRUE(contains(page, "Приглашений отправлено: 3<br>Ответили на приглашение: 2"));
  EXPECT_TRUE(contains(page, "Анкет через киоск: 2"));
  EXPECT_TRUE(contains(page, "не измеряется по данным"));
  EXPECT_TRUE(contains(page, "Сканирований QR-кода: 0<br>Анкет после сканирования: 0")) << "tickets in June: none";

  const auto csv = get(plan(education, ".csv"), official.cookie);
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(header(csv, "Content-Type"), "text/csv; charset=utf-8");
  EXPECT_TRUE(contains(csv, "Вид мероприятия,Мероприятие,Начало,Окончание"));
  EXPECT_TRUE(contains(csv, "Плакаты в марте")) << csv.body;
  EXPECT_TRUE(contains(csv, ",10,3,,,")) << csv.body;
  EXPECT_TRUE(contains(csv, ",,,3,2,")) << csv.body;
  const auto xlsx = get(plan(education, ".xlsx"), official.cookie);
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(header(xlsx, "Content-Type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_TRUE(test::zip_entry(xlsx.body, "xl/workbook.xml").has_value());
}

TEST_F(PopularisationPlanPages, ACsvCellThatLooksLikeAFormulaIsWrittenAsText) {
  ASSERT_EQ(add(measure("stand_qr_code", "=HYPERLINK(\"https://evil.example\")")).status, 303);
  const auto csv = get(plan(education, ".csv"), official.cookie);
  EXPECT_TRUE(contains(csv, "\"'=HYPERLINK(\"\"https://evil.example\"\")\"")) << csv.body;
}

TEST_F(PopularisationPlanPages, TheYearlyReportAndTheMonitoringJsonCarryThePlan) {
  test::add_popularisation_activity(stores->pool(), year);
  ASSERT_EQ(add(measure("stand_qr_code", "Плакаты")).status, 303);
  ASSERT_EQ(add(measure("mass_media", "Радиоэфир")).status, 303);
  ASSERT_EQ(post(official, plan(education, "/" + std::to_string(only_measure()) + "/status"), "status=done").status,
            303);

  const auto docx = get("/monitoring/report.docx?year=" + std::to_string(year), official.cookie);
  ASSERT_EQ(docx.status, 200) << docx.body;
  const auto xml = test::zip_entry(docx.body, "word/document.xml").value_or("");
  EXPECT_NE(xml.find("4. Работа по популяризации: план мероприятий (медиаплан)"), std::string::npos);
  const auto cell = [&](const std::string& label, int column) {
    return test::xpath_one(
        xml, "string(//w:tr[w:tc[1][contains(., '" + label + "')]]/w:tc[" + std::to_string(column) + "])");
  };
  EXPECT_EQ(cell("4.1. Мероприятий в плане", 3), "2");
  EXPECT_EQ(cell("4.1. Мероприятий в плане", 2), "0");
  EXPECT_EQ(cell("8. QR-коды на информационных стендах: мероприятий", 3), "1");
  // The year's scans of the stand carriers (poster, label): 15 of the poster, none of last December.
  EXPECT_EQ(cell("сканирований QR-кода за год", 3), "15");
  EXPECT_NE(xml.find("не измеряется по данным"), std::string::npos);
  // What was there before stays as it was.
  EXPECT_NE(xml.find("2. Работа по популяризации независимой оценки качества"), std::string::npos);

  const auto api = get("/api/v1/monitoring", official.cookie);
  ASSERT_EQ(api.status, 200) << api.body;
  const auto document = boost::json::parse(api.body).as_object();
  EXPECT_TRUE(document.contains("totals"));
  const auto& p = document.at("popularisation").as_object();
  EXPECT_EQ(p.at("measures").as_int64(), 2);
  EXPECT_EQ(p.at("by_status").at("done").as_int64(), 1);
  EXPECT_EQ(p.at("by_status").at("planned").as_int64(), 1);
  const auto& types = p.at("by_type").as_array();
  ASSERT_EQ(types.size(), 2u);
  EXPECT_EQ(types[0].at("code").as_string(), "mass_media");
  EXPECT_EQ(types[0].at("effect_source").as_string(), "none");
  EXPECT_EQ(types[1].at("code").as_string(), "stand_qr_code");
  EXPECT_EQ(types[1].at("effect").at("scans").as_int64(), 15);
  EXPECT_EQ(p.at("effect").at("invitations_answered").as_int64(), 2);
  EXPECT_EQ(p.at("effect").at("kiosk_answers").as_int64(), 3);
}

TEST_F(PopularisationPlanPages, TheOfficialsPageAndTheMonitoringLinkToThePlan) {
  const std::string link = "/authorities/" + std::to_string(education) + "/popularisation";
  EXPECT_TRUE(contains(get("/official", official.cookie), "href=\"" + link + "\""));
  EXPECT_TRUE(contains(get("/monitoring", official.cookie), "href=\"" + link + "?year="));
}

}  // namespace
}  // namespace nok
