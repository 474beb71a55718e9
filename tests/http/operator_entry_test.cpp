// The operator's data entry over HTTP: the questionnaire form, the inspection form and
// batch uploads of both.
#include "http/staff_site.h"
#include "support/xlsx_file.h"

namespace nok {
namespace {

using test::StaffSite;

using test::kAnswers;

class OperatorEntry : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    op = signed_in(account("opros", "operator", "", "", "ООО «Опрос»"));
  }

  std::int64_t count(const std::string& where) {
    std::int64_t n = 0;
    auto c = stores->pool().acquire();
    c->run("SELECT COUNT(*) AS n FROM responses WHERE " + where, {}, [&](const sql::Row& r) { n = r.i64("n"); });
    return n;
  }

  test::HttpResult upload(const std::string& file, const std::string& csrf, const std::string& path = "/operator/upload") {
    return post_file(path, file, csrf, op.cookie);
  }

  static std::string csv_row(const std::string& org, const std::string& channel, const std::string& interview) {
    // org,channel,collected_at, 15 items, suggestions,sex,age,interview_id
    return org + "," + channel + ",2026-03-05T10:00:00+03:00,0,,0,,,1,0,,1,1,0,,1,1,1,,,," + interview + "\n";
  }
  static std::string csv_header() {
    return "org,channel,collected_at,stand_used,stand_ok,site_used,site_ok,timely,comfort_ok,disabled,access_ok,"
           "contact_polite,staff_polite,remote_used,remote_polite,recommend,conditions_ok,overall_ok,suggestions,sex,"
           "age,interview_id\n";
  }

  // The audit lines of `action`, newest first.
  std::vector<AuditEntry> audited(const std::string& action) {
    std::vector<AuditEntry> out;
    for (auto& e : stores->staff.audit_log(100, 0))
      if (e.action == action) out.push_back(std::move(e));
    return out;
  }

  Browser op;
};

TEST_F(OperatorEntry, APaperQuestionnaireIsCountedOnceWithTheOperatorRecorded) {
  auto page = get("/operator/school/entry", op.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Ввод анкеты: Школа № 1"));
  EXPECT_TRUE(contains(page, "name=\"stand_ok\""));
  const auto key = input_value(page.body, "idempotency_key");
  ASSERT_FALSE(key.empty());

  const std::string form = "idempotency_key=" + key + "&channel=operator_paper&interview_id=P-17&" + kAnswers;
  auto saved = post(op, "/operator/school/entry", form);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(post(op, "/operator/school/entry", form).status, 303);  // a double submit stores once
  EXPECT_EQ(count("channel = 'operator_paper' AND status = 'counted' AND entered_by = " + std::to_string(op.user_id) +
                  " AND operator_id = 7 AND interview_id = 'P-17'"),
            1);
  page = get(header(saved, "Location"), op.cookie);
  EXPECT_TRUE(contains(page, "Анкета № P-17 сохранена."));
  EXPECT_TRUE(contains(page, "Собрано 1 из 100 анкет, из них оператором — 1."));
  EXPECT_TRUE(contains(page, "value=\"\" maxlength"));  // the form comes back empty

  // The same paper form typed again under a new key is refused by its number.
  auto again = post(op, "/operator/school/entry", "idempotency_key=other&channel=operator_paper&interview_id=P-17&" +
                                                      std::string(kAnswers));
  EXPECT_EQ(again.status, 409);
  EXPECT_TRUE(contains(again, "Анкета № P-17 этой организации уже внесена"));
  EXPECT_EQ(count("organisation_id IS NOT NULL"), 1);
}

TEST_F(OperatorEntry, AnEnteredQuestionnaireIsAuditedOnceWithoutItsAnswersAndTheAdministratorReadsIt) {
  const std::string form = "idempotency_key=k1&channel=operator_phone&interview_id=T-3&" + std::string(kAnswers) +
                           "&suggestions=" + encode("Починить пандус у входа");
  ASSERT_EQ(post(op, "/operator/school/entry", form).status, 303);
  EXPECT_EQ(post(op, "/operator/school/entry", form).status, 303);  // a double submit stores once
  const auto lines = audited("response.enter");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].user_id, op.user_id);
  EXPECT_EQ(lines[0].object_type, "response");
  EXPECT_EQ(count("id = " + lines[0].object_id + " AND interview_id = 'T-3'"), 1);
  EXPECT_NE(lines[0].after_json.find(R"("organisation":"school")"), std::string::npos) << lines[0].after_json;
  EXPECT_NE(lines[0].after_json.find(R"("channel":"operator_phone")"), std::string::npos) << lines[0].after_json;
  EXPECT_EQ(lines[0].after_json.find("пандус"), std::string::npos) << lines[0].after_json;  // no answers
  EXPECT_EQ(lines[0].after_json.find("comfort_ok"), std::string::npos) << lines[0].after_json;

  auto admin = signed_in(account("root", "admin"));
  auto log = get("/admin/audit", admin.cookie);
  ASSERT_EQ(log.status, 200);
  EXPECT_TRUE(contains(log, "Оператор внёс анкету")) << log.body;
  EXPECT_TRUE(contains(log, "анкета " + lines[0].object_id));
  EXPECT_TRUE(contains(log, "opros"));
}

TEST_F(OperatorEntry, AnUploadIsOneAuditLineWithItsCountAndARefusedOneIsNone) {
  std::string file = csv_header();
  for (int i = 1; i <= 30; ++i) file += csv_row("school", "operator_paper", "U" + std::to_string(i));
  ASSERT_EQ(upload(file, op.csrf).status, 303);
  EXPECT_EQ(upload(csv_header() + csv_row("school", "operator_paper", "U1"), op.csrf).status, 422);  // uploaded before
  const auto lines = audited("response.upload");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].user_id, op.user_id);
  EXPECT_EQ(lines[0].after_json, R"({"count":30,"by_organisation":{"school":30}})");
  EXPECT_TRUE(audited("response.enter").empty());

  auto admin = signed_in(account("root", "admin"));
  EXPECT_TRUE(contains(get("/admin/audit", admin.cookie), "Оператор загрузил анкеты из файла"));
}

TEST_F(OperatorEntry, ABrokenFilterIsRefusedNamingTheQuestion) {
  auto r = post(op, "/operator/school/entry",
                "idempotency_key=k&channel=operator_phone&stand_ok=1&" + std::string(kAnswers));
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r, "отвечают только ответившие «да» на вопрос")) << r.body;
  EXPECT_TRUE(contains(r, "href=\"#stand_ok\""));
  EXPECT_EQ(count("1 = 1"), 0);
  EXPECT_EQ(post(op, "/operator/school/entry", "idempotency_key=k&channel=web&" + std::string(kAnswers)).status, 422);
  EXPECT_EQ(count("1 = 1"), 0);
}

TEST_F(OperatorEntry, NothingIsEnteredOnceTheMaterialsWentToTheCouncil) {
  stores->pool().acquire()->run("UPDATE cycles SET state = 'council' WHERE operator_id = 7");
  auto r = post(op, "/operator/school/entry", "idempotency_key=late&channel=operator_paper&" + std::string(kAnswers));
  EXPECT_EQ(r.status, 409);
  EXPECT_TRUE(contains(r, "Сбор мнений по этому циклу сейчас не идёт")) << r.body;
  auto uploaded = upload(csv_header() + csv_row("school", "operator_paper", "1"), op.csrf);
  EXPECT_EQ(uploaded.status, 422);
  EXPECT_TRUE(contains(uploaded, "сбор мнений по циклу организации «school» сейчас не идёт"));
  EXPECT_EQ(count("1 = 1"), 0);
}

TEST_F(OperatorEntry, AnUploadStoresEveryRowOrNone) {
  auto ok = upload(csv_header() + csv_row("school", "operator_paper", "1") + csv_row("school", "operator_phone", "2"),
                   op.csrf);
  ASSERT_EQ(ok.status, 303) << ok.body;
  EXPECT_EQ(header(ok, "Location"), "/operator/upload?stored=2");
  EXPECT_EQ(count("entered_by = " + std::to_string(op.user_id)), 2);

  auto bad = upload(csv_header() + csv_row("school", "operator_paper", "3") +    // line 2: fine
                        csv_row("clinic", "operator_paper", "4") +           // 3: another authority's
                        csv_row("school", "operator_paper", "5") +
                        "school,operator_paper,2026-03-05T10:00:00+03:00,0,1,0,,,1,0,,1,1,0,,1,1,1,,,,6\n" +  // 5: filter
                        csv_row("school", "operator_paper", "3") +           // 6: twice in the file
                        csv_row("school", "operator_paper", "1") +           // 7: uploaded before
                        "school,operator_paper,2026-03-05T10:00:00+03:00,7,,0,,,1,0,,1,1,0,,1,1,1,,,,8\n",  // 8: range
                    op.csrf);
  EXPECT_EQ(bad.status, 422);
  for (const char* text : {"<td>3</td><td>A (org)</td><td>организация не входит в ваши договоры",
                           "<td>5</td><td>E (stand_ok)</td>", "<td>6</td><td>V (interview_id)</td>",
                           "<td>8</td><td>D (stand_used)</td>"})
    EXPECT_TRUE(contains(bad, text)) << text << "\n" << bad.body.substr(bad.body.find("<table"), 3000);
  EXPECT_EQ(count("1 = 1"), 2);

  // Only rows that passed every check reach the store; a number uploaded before is refused there.
  auto repeated = upload(csv_header() + csv_row("school", "operator_paper", "9") + csv_row("school", "operator_paper", "1"),
                         op.csrf);
  EXPECT_EQ(repeated.status, 422);
  EXPECT_TRUE(contains(repeated, "<td>3</td><td>V (interview_id)</td><td>анкета № 1 организации «school» уже загружена раньше"));
  EXPECT_EQ(count("1 = 1"), 2);
}

TEST_F(OperatorEntry, AnXlsxWorkbookIsReadLikeTheCsv) {
  std::vector<std::vector<std::string>> rows{{"org", "channel", "collected_at", "interview_id", "stand_used", "site_used",
                                              "comfort_ok", "recommend", "overall_ok"},
                                             {"school", "operator_interview", "2026-03-05T10:00:00+03:00", "X1", "0",
                                              "0", "1", "1", "1"}};
  // The format needs every column: the missing ones are named by the exchange reader.
  auto missing = upload(test::xlsx_of(rows), op.csrf);
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(contains(missing, "нет обязательного столбца «stand_ok»"));

  std::vector<std::vector<std::string>> full{{}, {}};
  const std::string line = csv_row("school", "operator_interview", "X1");
  for (const auto& name : {"org", "channel", "collected_at", "stand_used", "stand_ok", "site_used", "site_ok", "timely",
                           "comfort_ok", "disabled", "access_ok", "contact_polite", "staff_polite", "remote_used",
                           "remote_polite", "recommend", "conditions_ok", "overall_ok", "suggestions", "sex", "age",
                           "interview_id"})
    full[0].push_back(name);
  std::size_t start = 0;
  for (std::size_t end; (end = line.find_first_of(",\n", start)) != std::string::npos; start = end + 1)
    full[1].push_back(line.substr(start, end - start));
  auto ok = upload(test::xlsx_of(full), op.csrf);
  EXPECT_EQ(ok.status, 303) << ok.body;
  EXPECT_EQ(count("channel = 'operator_interview' AND interview_id = 'X1'"), 1);
}

TEST_F(OperatorEntry, FilesThatAreNotTablesAndBadFormsAreRefused) {
  auto png = upload(std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), op.csrf);
  EXPECT_EQ(png.status, 422);
  EXPECT_TRUE(contains(png, "загрузите CSV (UTF-8) или книгу Excel .xlsx"));
  EXPECT_EQ(upload(csv_header(), "wrong").status, 403);
  auto huge = upload(std::string(2 * 1024 * 1024, 'a'), op.csrf);
  EXPECT_EQ(huge.status, 413);
  EXPECT_EQ(count("1 = 1"), 0);
}

std::int64_t school_cycle(Store& store) { return store.assessment_of("school", current_year())->cycle_id; }

TEST_F(OperatorEntry, AnInspectionShowsTheSpheresInputsAndIsSavedOverItsVersionWithAnAuditLine) {
  auto page = get("/operator/school/expert", op.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Экспертная оценка: Школа № 1"));
  EXPECT_TRUE(contains(page, "name=\"comfort_conditions\""));
  EXPECT_FALSE(contains(page, "name=\"wait_days\""));  // no waiting time in education
  EXPECT_EQ(input_value(page.body, "version"), "0");

  auto saved = post(op, "/operator/school/expert",
                    "version=0&info_stand=8&info_stand_required=10&info_site=&info_site_required=&remote_channels=4"
                    "&comfort_conditions=5&premises_access=2&service_access=3");
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto stored = store->expert_record("school", school_cycle(*store));
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->version, 1);
  EXPECT_EQ(stored->entered_by, op.user_id);
  EXPECT_EQ(stored->inputs[methodology::ExpertField::comfort_conditions], 5.0);
  EXPECT_FALSE(stored->inputs[methodology::ExpertField::info_site]);
  page = get(header(saved, "Location"), op.cookie);
  EXPECT_TRUE(contains(page, "Результаты осмотра сохранены."));
  EXPECT_TRUE(contains(page, "value=\"5\""));
  EXPECT_EQ(input_value(page.body, "version"), "1");
  const auto audit = stores->staff.audit_log(10, 0);
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit.front().action, "expert.update");
  EXPECT_EQ(audit.front().object_id, "school");
  EXPECT_NE(audit.front().after_json.find("\"comfort_conditions\":5"), std::string::npos) << audit.front().after_json;

  // A form read before that save changes nothing and shows what is stored now.
  auto stale = post(op, "/operator/school/expert", "version=0&comfort_conditions=1");
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(contains(stale, "сохранил другой сотрудник")) << stale.body;
  EXPECT_TRUE(contains(stale, "value=\"5\""));
  EXPECT_EQ(store->expert_record("school", school_cycle(*store))->version, 1);
}

TEST_F(OperatorEntry, BadInspectionValuesAreRefusedNamingTheField) {
  auto r = post(op, "/operator/school/expert", "version=0&comfort_conditions=9&info_stand=12&info_stand_required=10"
                                                "&remote_channels=" + encode("два") + "&wait_days=3");
  EXPECT_EQ(r.status, 422);
  for (const char* text : {"href=\"#comfort_conditions\"", "больше допустимого 8", "href=\"#info_stand\"",
                           "href=\"#remote_channels\"", "не целое неотрицательное число", "href=\"#wait_days\"",
                           "value=\"два\""})
    EXPECT_TRUE(contains(r, text)) << text;
  EXPECT_FALSE(store->expert_record("school", school_cycle(*store)));
  EXPECT_EQ(post(op, "/operator/clinic/expert", "version=0&comfort_conditions=1").status, 404);
  EXPECT_FALSE(store->expert_record("clinic", store->assessment_of("clinic", current_year())->cycle_id));
}

TEST_F(OperatorEntry, AnInspectionUploadStoresEveryRowOrNone) {
  const std::string header =
      "org,info_stand,info_stand_required,info_site,info_site_required,remote_channels,comfort_conditions,wait_days,"
      "premises_access,service_access\n";
  auto bad = upload(header + "school,3,10,,,4,9,,2,3\n" + "clinic,1,1,1,1,1,1,1,1,1\n" + "school,1,1,,,,,,,\n" +
                        "school2,,,,,,,,,\n",
                    op.csrf, "/operator/expert-upload");
  EXPECT_EQ(bad.status, 422);
  for (const char* text : {"<td>2</td><td>G (comfort_conditions)</td>", "<td>3</td><td>A (org)</td><td>организация не входит",
                           "<td>4</td><td>A (org)</td>", "<td>5</td><td>A (org)</td>"})
    EXPECT_TRUE(contains(bad, text)) << text << "\n" << bad.body.substr(bad.body.find("<table"), 3000);
  EXPECT_FALSE(store->expert_record("school", school_cycle(*store)));

  auto ok = upload(header + "school,3,10,,,4,6,,2,3\n", op.csrf, "/operator/expert-upload");
  ASSERT_EQ(ok.status, 303) << ok.body;
  EXPECT_EQ(StaffSite::header(ok, "Location"), "/operator/expert-upload?stored=1");
  EXPECT_EQ(store->expert_record("school", school_cycle(*store))->inputs[methodology::ExpertField::comfort_conditions], 6.0);
  EXPECT_EQ(stores->staff.audit_log(10, 0).front().action, "expert.update");
  EXPECT_EQ(upload(header, op.csrf, "/operator/expert-upload").status, 422);  // no rows
}

}  // namespace
}  // namespace nok
