// The field mode's sync endpoint: a queued interview stores once however often the device
// retries, only with the page's CSRF token, and only for the operator's organisations.
#include "http/staff_site.h"

namespace nok {
namespace {

using test::StaffSite;

constexpr const char* kAnswers =
    R"("stand_used":0,"site_used":0,"comfort_ok":1,"disabled":0,"contact_polite":1,"staff_polite":1,)"
    R"("remote_used":0,"recommend":1,"conditions_ok":1,"overall_ok":1)";

class OperatorInterviewsApi : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    op = signed_in(account("opros", "operator", "", "", "ООО «Опрос»"));
  }

  test::HttpResult sync(const Browser& who, const std::string& body, const std::string& csrf) {
    std::string headers = "Cookie: " + who.cookie + "\r\n";
    if (!csrf.empty()) headers += "X-CSRF-Token: " + csrf + "\r\n";
    return test::http_request(server->port(), "POST", "/api/v1/operator/interviews", headers, body, "application/json");
  }

  static std::string interview(const std::string& org, const std::string& key, const std::string& answers = kAnswers) {
    return R"({"org":")" + org + R"(","channel":"operator_interview","idempotency_key":")" + key +
           R"(","answers":{)" + answers + "}}";
  }

  std::uint32_t counted(const std::string& org) {
    return store->survey_tally(org, store->assessment_of(org, current_year())->cycle_id).respondents;
  }

  Browser op;
};

TEST_F(OperatorInterviewsApi, ARetriedSyncStoresOnceAndAnswersTheSameId) {
  auto first = sync(op, interview("school", "device-1"), op.csrf);
  ASSERT_EQ(first.status, 201) << first.body;
  auto again = sync(op, interview("school", "device-1"), op.csrf);
  EXPECT_EQ(again.status, 200);
  const auto id = first.body.substr(first.body.find("\"id\""), first.body.find(',') - first.body.find("\"id\""));
  EXPECT_NE(again.body.find(id), std::string::npos) << first.body << " / " << again.body;
  EXPECT_NE(again.body.find("\"repeated\":true"), std::string::npos);
  EXPECT_EQ(counted("school"), 1u);
}

TEST_F(OperatorInterviewsApi, ASyncedInterviewIsAuditedOnceHoweverOftenTheDeviceRetries) {
  ASSERT_EQ(sync(op, interview("school", "device-7"), op.csrf).status, 201);
  EXPECT_EQ(sync(op, interview("school", "device-7"), op.csrf).status, 200);
  std::vector<AuditEntry> lines;
  for (const auto& e : stores->staff.audit_log(100, 0))
    if (e.action == "response.enter") lines.push_back(e);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].user_id, op.user_id);
  EXPECT_NE(lines[0].after_json.find(R"("channel":"operator_interview")"), std::string::npos) << lines[0].after_json;
}

TEST_F(OperatorInterviewsApi, WithoutTheCsrfHeaderNothingIsStored) {
  auto missing = sync(op, interview("school", "k1"), "");
  EXPECT_EQ(missing.status, 403);
  EXPECT_NE(missing.body.find("\"code\":\"csrf_invalid\""), std::string::npos);
  EXPECT_EQ(sync(op, interview("school", "k1"), "forged-token-of-enough-length").status, 403);
  EXPECT_EQ(sync({"", "", 0}, interview("school", "k1"), op.csrf).status, 401);
  EXPECT_EQ(counted("school"), 0u);
}

TEST_F(OperatorInterviewsApi, AnotherScopeIsNotFoundAndBadAnswersAreUnprocessable) {
  auto other = sync(op, interview("clinic", "k2"), op.csrf);
  EXPECT_EQ(other.status, 404);
  EXPECT_NE(other.body.find("entry_not_in_contract"), std::string::npos);
  auto council = signed_in(account("council1", "council", "", "Департамент образования"));
  EXPECT_EQ(sync(council, interview("school", "k3"), council.csrf).status, 404);

  auto broken = sync(op, interview("school", "k4", std::string(kAnswers) + R"(,"stand_ok":1)"), op.csrf);
  EXPECT_EQ(broken.status, 422);
  EXPECT_NE(broken.body.find("stand_ok"), std::string::npos) << broken.body;
  EXPECT_EQ(sync(op, R"({"org":"school","channel":"operator_interview","answers":{}})", op.csrf).status, 400);
  EXPECT_EQ(sync(op, "not json", op.csrf).status, 400);
  auto long_key = sync(op, interview("school", std::string(65, 'k')), op.csrf);
  EXPECT_EQ(long_key.status, 400);
  EXPECT_NE(long_key.body.find("bad_idempotency_key"), std::string::npos) << long_key.body;
  EXPECT_EQ(counted("school"), 0u);
  EXPECT_EQ(counted("clinic"), 0u);
}

}  // namespace
}  // namespace nok
