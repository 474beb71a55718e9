// API tokens on both engines: issued with an audit line, found by their hash until revoked,
// the last use recorded coarsely, revoked once and for good.
#include "store/staff_fixture.h"

namespace nok {
namespace {

using test::StaffFixture;

class ApiTokenStoreTest : public StaffFixture {
 protected:
  AuditEntry audit(std::string action) { return {0, "", 0, "", std::move(action), "api_token", "", "", "{}"}; }
  std::int64_t authority(const std::string& name) { return stores->staff.find_authority(name)->id; }
  std::int64_t issue(const std::string& name, std::int64_t authority_id, const std::string& hash) {
    return stores->api_tokens.add({name, authority_id, hash, 0}, "2026-03-01T10:00:00Z", audit("api_token.issue"));
  }
};

TEST_F(ApiTokenStoreTest, AnIssuedTokenIsListedWithItsAuthorityAndAuditedInTheSameStep) {
  const auto health = authority("Минздрав области");
  const auto one = issue("Дашборд министерства", health, "hash-1");
  const auto all = issue("Федеральный мониторинг", 0, "hash-2");

  const auto listed = stores->api_tokens.tokens();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, all) << "newest first";
  EXPECT_EQ(listed[0].authority_id, 0);
  EXPECT_EQ(listed[0].authority_name, "");
  EXPECT_EQ(listed[1].id, one);
  EXPECT_EQ(listed[1].name, "Дашборд министерства");
  EXPECT_EQ(listed[1].authority_id, health);
  EXPECT_EQ(listed[1].authority_name, "Минздрав области");
  EXPECT_EQ(listed[1].created_at, "2026-03-01T10:00:00Z");
  EXPECT_TRUE(listed[1].last_used_at.empty());
  EXPECT_TRUE(listed[1].revoked_at.empty());

  const auto log = stores->staff.audit_log(10, 0);
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[1].action, "api_token.issue");
  EXPECT_EQ(log[1].object_id, std::to_string(one));
}

TEST_F(ApiTokenStoreTest, ATokenIsFoundByItsHashAndItsUseIsRecordedAtMostOncePerPeriod) {
  const auto id = issue("Дашборд", authority("Департамент образования"), "hash-1");
  EXPECT_FALSE(stores->api_tokens.use("hash-unknown", "2026-03-01T11:00:00Z", "2026-03-01T10:00:00Z"));

  auto used = stores->api_tokens.use("hash-1", "2026-03-01T11:00:00Z", "2026-03-01T10:00:00Z");
  ASSERT_TRUE(used);
  EXPECT_EQ(used->id, id);
  EXPECT_EQ(stores->api_tokens.find(id)->last_used_at, "2026-03-01T11:00:00Z");

  // Used again within the period: not written again.
  ASSERT_TRUE(stores->api_tokens.use("hash-1", "2026-03-01T11:30:00Z", "2026-03-01T10:30:00Z"));
  EXPECT_EQ(stores->api_tokens.find(id)->last_used_at, "2026-03-01T11:00:00Z");
  // After it: recorded.
  ASSERT_TRUE(stores->api_tokens.use("hash-1", "2026-03-01T12:30:00Z", "2026-03-01T11:30:00Z"));
  EXPECT_EQ(stores->api_tokens.find(id)->last_used_at, "2026-03-01T12:30:00Z");
}

TEST_F(ApiTokenStoreTest, ARevokedTokenNeverWorksAgainAndIsRevokedOnlyOnce) {
  const auto id = issue("Дашборд", 0, "hash-1");
  EXPECT_TRUE(stores->api_tokens.revoke(id, "2026-03-02T09:00:00Z", audit("api_token.revoke")));
  EXPECT_FALSE(stores->api_tokens.revoke(id, "2026-03-02T10:00:00Z", audit("api_token.revoke")));
  EXPECT_FALSE(stores->api_tokens.revoke(id + 1, "2026-03-02T10:00:00Z", audit("api_token.revoke")));

  EXPECT_FALSE(stores->api_tokens.use("hash-1", "2026-03-02T11:00:00Z", "2026-03-02T10:00:00Z"));
  EXPECT_EQ(stores->api_tokens.find(id)->revoked_at, "2026-03-02T09:00:00Z");
  const auto log = stores->staff.audit_log(10, 0);
  ASSERT_EQ(log.size(), 2u) << "the refused revocations wrote nothing";
  EXPECT_EQ(log[0].action, "api_token.revoke");
}

}  // namespace
}  // namespace nok
