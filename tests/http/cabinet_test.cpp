// The organisation cabinet over HTTP: the profile with optimistic locking, placements,
// their confirmation by a scan, the funnel, the authorities' report and the audit log.
#include "http/staff_site.h"

namespace nok {
namespace {

using test::StaffSite;

class CabinetPages : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    staff = signed_in(account("ivanova", "org_staff", "school"));
  }

  // Registers a placement through the cabinet and returns its id (from the QR URL shown).
  std::string add_placement(const std::string& place, const std::string& carrier = "poster_a4",
                            const std::string& note = "") {
    auto added = post(staff, "/cabinet/school/placements", "place=" + place + "&carrier=" + carrier + "&note=" + encode(note));
    EXPECT_EQ(added.status, 303) << added.body;
    auto page = get("/cabinet/school", staff.cookie);
    static const std::regex url("/o/school\\?p=(\\d+)");
    std::string last;
    for (auto it = std::sregex_iterator(page.body.begin(), page.body.end(), url); it != std::sregex_iterator(); ++it)
      last = (*it)[1].str();
    return last;
  }

  Browser staff;
};

TEST_F(CabinetPages, TheProfileIsSavedAndAStaleFormOverwritesNothing) {
  auto page = get("/cabinet/school", staff.cookie);
  ASSERT_EQ(page.status, 200);
  const auto version = input_value(page.body, "version");
  ASSERT_FALSE(version.empty());
  auto saved = post(staff, "/cabinet/school/profile",
                    "version=" + version + "&address=" + encode("ул. Мира, 2") + "&website=" + encode("https://s1.ru"));
  ASSERT_EQ(saved.status, 303);
  EXPECT_EQ(header(saved, "Location"), "/cabinet/school?saved=1");
  EXPECT_EQ(stores->staff.organisation_profile("school")->address, "ул. Мира, 2");

  // A second tab still holds the old version.
  auto stale = post(staff, "/cabinet/school/profile",
                    "version=" + version + "&address=" + encode("ул. Старая, 3") + "&website=");
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(contains(stale, "Ваши изменения не сохранены"));
  EXPECT_TRUE(contains(stale, "ул. Старая, 3"));                           // what they typed is not lost
  EXPECT_EQ(input_value(stale.body, "address"), "ул. Мира, 2");            // the form shows what is stored
  EXPECT_EQ(input_value(stale.body, "version"), std::to_string(std::stoi(version) + 1));
  EXPECT_EQ(stores->staff.organisation_profile("school")->address, "ул. Мира, 2");
}

TEST_F(CabinetPages, TheRegistrysFieldsCannotBeChangedFromTheCabinetAndAStaffEditOutlivesAReimport) {
  const auto version = input_value(get("/cabinet/school", staff.cookie).body, "version");
  ASSERT_EQ(post(staff, "/cabinet/school/profile",
                 "version=" + version + "&address=" + encode("ул. Ленина, 1") + "&website=" +
                     encode("https://school.example.ru") + "&short_name=" + encode("Переименована") +
                     "&full_name=" + encode("Переименована") + "&inn=500100732259&region_code=50&sphere=health")
                .status,
            303);
  const auto found = *store->find_organisation("school");
  EXPECT_EQ(found.short_name, "Школа № 1");
  EXPECT_EQ(found.inn, "7707083893");
  EXPECT_EQ(found.region_code, "77");
  EXPECT_EQ(found.sphere, Sphere::education);

  // The registry re-imports the school as it was: the website staff typed stays.
  auto summary = store->upsert_organisations(
      {test::staff_test_organisation("school", "Школа № 1", "77", "Департамент образования")}, StaffEdits::keep);
  ASSERT_EQ(summary.conflicts.size(), 1u);
  EXPECT_EQ(summary.conflicts[0].field, "website");
  EXPECT_EQ(stores->staff.organisation_profile("school")->website, "https://school.example.ru");
}

TEST_F(CabinetPages, BadValuesAreExplainedAndKept) {
  const auto version = input_value(get("/cabinet/school", staff.cookie).body, "version");
  auto bad = post(staff, "/cabinet/school/profile",
                  "version=" + version + "&address=x&website=" + encode("javascript:alert(1)"));
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad, "https://"));
  EXPECT_EQ(input_value(bad.body, "website"), "javascript:alert(1)");
  EXPECT_EQ(stores->staff.organisation_profile("school")->website, "");
}

TEST_F(CabinetPages, MarkupInEveryFieldIsShownAsText) {
  const std::string script = "<script>alert(1)</script>";
  const auto version = input_value(get("/cabinet/school", staff.cookie).body, "version");
  ASSERT_EQ(post(staff, "/cabinet/school/profile", "version=" + version + "&address=" + encode(script) + "&website=")
                .status,
            303);
  add_placement("entrance", "poster_a4", script);
  auto admin = signed_in(account("root", "admin"));
  for (const auto& target : {"/cabinet/school", "/admin/audit", "/official", "/o/school"}) {
    auto page = get(target, admin.cookie);
    EXPECT_EQ(page.status, 200) << target;
    EXPECT_EQ(page.body.find("<script>"), std::string::npos) << target;
  }
  EXPECT_TRUE(contains(get("/cabinet/school", staff.cookie), "&lt;script&gt;alert(1)&lt;/script&gt;"));
  auto refused = post(admin, "/admin/users", "login=" + encode("<b>x</b>") + "&role=monitor");
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(contains(refused, "&lt;b&gt;x&lt;/b&gt;"));
  EXPECT_EQ(refused.body.find("<b>x"), std::string::npos);
}

TEST_F(CabinetPages, FormsWithoutTheSessionsTokenChangeNothing) {
  const auto version = input_value(get("/cabinet/school", staff.cookie).body, "version");
  const std::string form = "version=" + version + "&address=" + encode("подделка") + "&website=";
  EXPECT_EQ(post("/cabinet/school/profile", form, staff.cookie).status, 403);
  EXPECT_EQ(post("/cabinet/school/profile", "csrf=wrong&" + form, staff.cookie).status, 403);
  EXPECT_EQ(post("/cabinet/school/placements", "place=entrance&carrier=label", staff.cookie).status, 403);
  EXPECT_EQ(stores->staff.organisation_profile("school")->address, "ул. Ленина, 1");
  EXPECT_TRUE(stores->placements.placements(stores->staff.organisation_scope("school")->organisation_id).empty());
}

TEST_F(CabinetPages, PlacementsCheckTheRuleAndGetTheirOwnCodes) {
  auto page = get("/cabinet/school", staff.cookie);
  EXPECT_TRUE(contains(page, "нет QR-кода у входной группы"));
  const auto id = add_placement("entrance", "poster_a3", "у турникета");
  ASSERT_FALSE(id.empty());
  page = get("/cabinet/school", staff.cookie);
  EXPECT_TRUE(contains(page, "http://nok.test/o/school?p=" + id));
  EXPECT_TRUE(contains(page, "/o/school/poster.pdf?format=a3&amp;place=entrance&amp;p=" + id));
  EXPECT_FALSE(contains(page, "нет QR-кода у входной группы"));
  EXPECT_TRUE(contains(page, "нет QR-кода в основном месте контакта"));
  add_placement("reception", "label");
  EXPECT_TRUE(contains(get("/cabinet/school", staff.cookie), "Правило выполнено"));

  auto bad = post(staff, "/cabinet/school/placements", "place=roof&carrier=label");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad, "Выберите место из списка."));

  EXPECT_EQ(post(staff, "/cabinet/school/placements/" + id + "/remove").status, 303);
  EXPECT_TRUE(contains(get("/cabinet/school", staff.cookie), "нет QR-кода у входной группы"));
}

TEST_F(CabinetPages, AScanByTheOrganisationsStaffLeadsToTheConfirmation) {
  const auto id = add_placement("entrance");
  auto citizen_view = get("/o/school?p=" + id);
  EXPECT_EQ(citizen_view.status, 200);
  EXPECT_FALSE(contains(citizen_view, "Подтвердить размещение")) << citizen_view.body;
  EXPECT_EQ(cookie_value(citizen_view, "nok_p"), "school." + id);

  auto staff_view = get("/o/school?p=" + id, staff.cookie);
  ASSERT_TRUE(contains(staff_view, "Подтвердить размещение")) << staff_view.body.substr(0, 1500);
  EXPECT_TRUE(contains(staff_view, "Входная группа"));
  EXPECT_TRUE(contains(staff_view, "/cabinet/school/placements/" + id + "/confirm"));
  auto confirmed = post(staff, "/cabinet/school/placements/" + id + "/confirm");
  EXPECT_EQ(confirmed.status, 303);
  EXPECT_TRUE(contains(get("/cabinet/school?confirmed=1", staff.cookie), "Размещение подтверждено"));
  EXPECT_TRUE(contains(get("/o/school?p=" + id, staff.cookie), "Размещение уже подтверждено"));

  // Another organisation's staff scanning it is just a visitor.
  auto other = signed_in(account("petrova", "org_staff", "clinic"));
  EXPECT_FALSE(contains(get("/o/school?p=" + id, other.cookie), "Подтвердить"));
  EXPECT_EQ(post(other, "/cabinet/school/placements/" + id + "/confirm").status, 404);
}

TEST_F(CabinetPages, UnknownPlacementsLeaveThePageWorkingAndAreCountedNowhere) {
  const auto id = add_placement("entrance");
  for (const auto& p : {"999999999999", "abc", "-1", "01", "0"}) {
    auto page = get(std::string("/o/school?p=") + p);
    EXPECT_EQ(page.status, 200) << p;
    EXPECT_TRUE(contains(page, "Школа № 1")) << p;
    EXPECT_TRUE(cookie_value(page, "nok_p").empty() || std::string(p) == "999999999999") << p;
  }
  get("/o/school?p=" + id);
  get("/o/school");
  const auto org = stores->staff.organisation_scope("school")->organisation_id;
  std::map<std::int64_t, std::int64_t> scans;
  for (const auto& f : stores->placements.funnel(org, "2000-01-01", "2999-12-31")) scans[f.placement_id] = f.counts.scans;
  EXPECT_EQ(scans, (std::map<std::int64_t, std::int64_t>{{0, 1}, {std::stoll(id), 1}}));
}

TEST_F(CabinetPages, EveryVisitCountsItsScanThoughThePageIsKeptAfterTheFirst) {
  get("/o/school");
  get("/o/school");  // the kept page: the organisation is not read again, the scan still counts
  const auto org = stores->staff.organisation_scope("school")->organisation_id;
  std::map<std::int64_t, std::int64_t> scans;
  for (const auto& f : stores->placements.funnel(org, "2000-01-01", "2999-12-31")) scans[f.placement_id] = f.counts.scans;
  EXPECT_EQ(scans, (std::map<std::int64_t, std::int64_t>{{0, 2}}));
}

TEST_F(CabinetPages, TheFunnelFollowsAScanToTheSurveyAndItsCount) {
  const auto id = add_placement("waiting_area");
  const auto citizen = store->upsert_citizen("citizen-hash", "");
  const std::string token = random_token(32), csrf = random_token(24);
  store->create_session({key.hash("session:" + token), citizen, 0, csrf, "2999-01-01T00:00:00Z"});
  auto scan = get("/o/school?p=" + id);
  const std::string cookies = "nok_session=" + token + "; nok_p=" + cookie_value(scan, "nok_p");
  ASSERT_EQ(get("/o/school/survey", cookies).status, 200);
  auto sent = post("/o/school/survey",
                   "csrf=" + csrf + "&idempotency_key=k1&stand_used=1&stand_ok=1&site_used=0&comfort_ok=1&disabled=0"
                   "&contact_polite=1&staff_polite=1&remote_used=0&recommend=1&conditions_ok=1&overall_ok=1",
                   cookies);
  ASSERT_EQ(sent.status, 303) << sent.body;
  const auto org = stores->staff.organisation_scope("school")->organisation_id;
  auto funnel = stores->placements.funnel(org, "2000-01-01", "2999-12-31");
  ASSERT_EQ(funnel.size(), 1u);
  EXPECT_EQ(funnel[0].placement_id, std::stoll(id));
  EXPECT_EQ(funnel[0].counts.scans, 1);
  EXPECT_EQ(funnel[0].counts.started, 1);
  EXPECT_EQ(funnel[0].counts.completed, 1);
  auto page = get("/cabinet/school", staff.cookie);
  EXPECT_TRUE(contains(page, "Зона ожидания (отдыха), Плакат А4"));
  EXPECT_TRUE(contains(page, "100 % от сканирований"));
}

TEST_F(CabinetPages, AuthoritiesSeeWhatIsPlacedConfirmedAndMissing) {
  const auto id = add_placement("entrance");
  add_placement("stand");
  ASSERT_EQ(post(staff, "/cabinet/school/placements/" + id + "/confirm").status, 303);
  auto education = signed_in(account("official1", "official", "", "Департамент образования"));
  auto report = get("/official", education.cookie);
  ASSERT_EQ(report.status, 200);
  EXPECT_TRUE(contains(report, "Школа № 1")) << report.body;
  EXPECT_TRUE(contains(report, "Входная группа, Информационный стенд"));
  EXPECT_TRUE(contains(report, "1 из 2"));
  EXPECT_FALSE(contains(report, "Поликлиника"));

  auto health = signed_in(account("official2", "official", "", "Минздрав области"));
  report = get("/official", health.cookie);
  EXPECT_TRUE(contains(report, "Поликлиника № 2"));
  EXPECT_TRUE(contains(report, "нет QR-кода у входной группы"));
  EXPECT_FALSE(contains(report, "Школа"));

  auto monitor = signed_in(account("minfin", "monitor"));
  report = get("/official", monitor.cookie);
  EXPECT_TRUE(contains(report, "/official?region=50"));
  EXPECT_TRUE(contains(report, "/official?region=77"));
  EXPECT_FALSE(contains(report, "Школа № 1"));  // the whole country is summed by region first
  EXPECT_TRUE(contains(get("/official?region=77", monitor.cookie), "Школа № 1"));
  EXPECT_EQ(get("/official?region=abc", monitor.cookie).status, 404);
}

TEST_F(CabinetPages, EveryChangeIsInTheAuditLogWithBeforeAndAfter) {
  const auto version = input_value(get("/cabinet/school", staff.cookie).body, "version");
  ASSERT_EQ(post(staff, "/cabinet/school/profile", "version=" + version + "&address=" + encode("ул. Мира, 2") + "&website=")
                .status,
            303);
  add_placement("entrance");
  auto admin = signed_in(account("root", "admin"));
  auto log = get("/admin/audit", admin.cookie);
  ASSERT_EQ(log.status, 200);
  EXPECT_TRUE(contains(log, "organisation.update"));
  EXPECT_TRUE(contains(log, "placement.create"));
  EXPECT_TRUE(contains(log, "user.create"));
  EXPECT_TRUE(contains(log, "ivanova"));
  EXPECT_TRUE(contains(log, "ул. Ленина, 1"));  // before
  EXPECT_TRUE(contains(log, "ул. Мира, 2"));    // after
  EXPECT_FALSE(contains(log, "$argon2id"));     // no secrets
}

}  // namespace
}  // namespace nok
