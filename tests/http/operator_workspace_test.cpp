// The operator's workspace: its contracts' organisations with sample progress by channel.
#include "http/staff_site.h"

namespace nok {
namespace {

using test::StaffSite;

class OperatorWorkspace : public StaffSite {};

TEST_F(OperatorWorkspace, ShowsTheSampleOfEachOrganisationOfItsContractsByChannel) {
  auto op = signed_in(account("opros", "operator", "", "", "ООО «Опрос»"));
  auto page = get("/operator", op.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Департамент образования"));
  EXPECT_TRUE(contains(page, "Школа № 1"));
  EXPECT_FALSE(contains(page, "Поликлиника"));  // another authority engaged nobody
  EXPECT_TRUE(contains(page, "<td>100</td><td>0 (0 %)</td>")) << page.body.substr(page.body.find("<table"));

  const auto citizen = store->upsert_citizen("citizen-hash", "");
  const std::string token = random_token(32), csrf = random_token(24);
  store->create_session({key.hash("session:" + token), citizen, 0, csrf, "2999-01-01T00:00:00Z"});
  ASSERT_EQ(post("/o/school/survey",
                 "csrf=" + csrf + "&idempotency_key=k1&stand_used=0&site_used=0&comfort_ok=1&disabled=0"
                 "&contact_polite=1&staff_polite=1&remote_used=0&recommend=1&conditions_ok=1&overall_ok=1",
                 "nok_session=" + token)
                .status,
            303);
  page = get("/operator", op.cookie);
  EXPECT_TRUE(contains(page, "<td>100</td><td>1 (1 %)</td><td>1</td><td>0</td>"));  // target, collected, site, app
  EXPECT_TRUE(contains(page, "<td>100 %</td>"));                                     // site and app share
  EXPECT_TRUE(contains(page, "/cabinet/school"));
  EXPECT_EQ(get("/cabinet/school", op.cookie).status, 200);
  EXPECT_EQ(get("/cabinet/clinic", op.cookie).status, 404);
}

TEST_F(OperatorWorkspace, AnOperatorWithoutContractsIsToldSo) {
  auto c = stores->pool().acquire();
  c->run("INSERT INTO operators (id, name, inn, created_at) VALUES (8, 'ООО «Другой»', '7707083893', '2026-01-01')");
  auto op = signed_in(account("drugoy", "operator", "", "", "ООО «Другой»"));
  auto page = get("/operator", op.cookie);
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "не поручали"));
  EXPECT_FALSE(contains(page, "Школа"));
}

}  // namespace
}  // namespace nok
