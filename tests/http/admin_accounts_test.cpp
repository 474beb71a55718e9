// An administrator disables and enables accounts (sessions end at once) and removes a lost
// second factor; each change is audited, and nobody else may make it.
#include "http/staff_site.h"

namespace nok {
namespace {

using test::StaffSite;

class AdminAccounts : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    admin_id = account("root", "admin");
    admin = signed_in(admin_id);
  }
  std::string url(std::int64_t id, const std::string& what) {
    return "/admin/users/" + std::to_string(id) + "/" + what;
  }
  std::string last_action() { return stores->staff.audit_log(1, 0).at(0).action; }

  std::int64_t admin_id = 0;
  Browser admin;
};

TEST_F(AdminAccounts, ADisabledAccountIsSignedOutAtOnceAndCanBeEnabledAgain) {
  const auto id = account("ivanova", "org_staff", "school");
  auto browser = signed_in(id);
  ASSERT_EQ(get("/cabinet/school", browser.cookie).status, 200);
  EXPECT_TRUE(contains(get("/admin/users", admin.cookie), url(id, "disable")));

  auto disabled = post(admin, url(id, "disable"));
  ASSERT_EQ(disabled.status, 303);
  EXPECT_EQ(last_action(), "user.disable");
  EXPECT_EQ(get("/cabinet/school", browser.cookie).status, 303);  // to the sign-in page
  EXPECT_EQ(post(admin, url(id, "disable")).status, 409);         // already disabled: nothing more

  ASSERT_EQ(post(admin, url(id, "enable")).status, 303);
  EXPECT_EQ(last_action(), "user.enable");
  EXPECT_FALSE(stores->staff.find_account(id)->disabled);
  EXPECT_EQ(get("/cabinet/school", browser.cookie).status, 303);  // the old session stays ended
}

TEST_F(AdminAccounts, ALostSecondFactorIsRemovedAndTheRestIsRefused) {
  const auto id = account("ivanova", "org_staff", "school");
  EXPECT_EQ(post(admin, url(id, "remove-totp")).status, 409);  // nothing to remove
  stores->staff.set_totp_secret(id, key.seal("JBSWY3DPEHPK3PXP"), {0, "", 0, "", "user.totp_enable", "user", "", "", "{}"});
  EXPECT_TRUE(contains(get("/admin/users", admin.cookie), url(id, "remove-totp")));
  ASSERT_EQ(post(admin, url(id, "remove-totp")).status, 303);
  EXPECT_TRUE(stores->staff.find_account(id)->totp_secret_enc.empty());
  EXPECT_EQ(last_action(), "user.totp_remove");

  EXPECT_EQ(post(admin, url(admin_id, "disable")).status, 409);  // not oneself
  EXPECT_EQ(post(admin, url(987654321, "disable")).status, 404);
  auto staff = signed_in(account("petrov", "monitor"));
  EXPECT_EQ(post(staff, url(id, "disable")).status, 404);
  EXPECT_FALSE(stores->staff.find_account(id)->disabled);
  EXPECT_EQ(post("/admin/users/" + std::to_string(id) + "/disable", "csrf=wrong", admin.cookie).status, 403);
  EXPECT_FALSE(stores->staff.find_account(id)->disabled);
}

}  // namespace
}  // namespace nok
