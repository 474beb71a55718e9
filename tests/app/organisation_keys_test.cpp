// Keys of organisations on each engine: an invitation key and a terminal each open only
// what their kind opens, for their own organisation, until revoked; every issue and revoke
// leaves an audit line.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/keys/organisation_keys.h"
#include "store/staff_fixture.h"

namespace nok {
namespace {

class OrganisationKeysTest : public test::StaffFixture {
 protected:
  void SetUp() override {
    StaffFixture::SetUp();
    if (IsSkipped()) return;
    school = *store->find_organisation("school");
    clinic = *store->find_organisation("clinic");
  }
  OrganisationKeys keys() { return OrganisationKeys(stores->keys, key); }

  SecretKey key = SecretKey::generate();
  Organisation school, clinic;
};

TEST_F(OrganisationKeysTest, AnInvitationKeyPostsForItsOwnOrganisationUntilRevoked) {
  auto issued = keys().issue(KeyKind::invitations, school, 7, "Запись к врачу");
  ASSERT_TRUE(issued);
  EXPECT_TRUE(issued->secret.starts_with("nok_inv_"));
  const auto found = keys().use(KeyKind::invitations, issued->secret);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->organisation_id, school.id);
  EXPECT_NE(found->last_used_at, "");
  EXPECT_FALSE(keys().revoke(KeyKind::invitations, clinic, 8, issued->id));  // another organisation's key
  ASSERT_TRUE(keys().revoke(KeyKind::invitations, school, 7, issued->id));
  EXPECT_FALSE(keys().use(KeyKind::invitations, issued->secret));
  EXPECT_FALSE(keys().use(KeyKind::invitations, "nok_inv_guess"));
  EXPECT_FALSE(keys().revoke(KeyKind::invitations, school, 7, issued->id));  // revoked already
}

TEST_F(OrganisationKeysTest, AKindOpensOnlyWhatItIsFor) {
  auto terminal = keys().issue(KeyKind::kiosk, school, 7, "Регистратура, 1 этаж");
  auto api = keys().issue(KeyKind::invitations, school, 7, "Запись к врачу");
  ASSERT_TRUE(terminal && api);
  EXPECT_TRUE(keys().use(KeyKind::kiosk, terminal->secret));
  EXPECT_FALSE(keys().use(KeyKind::invitations, terminal->secret));
  EXPECT_FALSE(keys().use(KeyKind::kiosk, api->secret));
  EXPECT_FALSE(keys().revoke(KeyKind::invitations, school, 7, terminal->id));
  ASSERT_EQ(keys().list(KeyKind::kiosk, school.id).size(), 1u);
  EXPECT_EQ(keys().list(KeyKind::kiosk, school.id).front().name, "Регистратура, 1 этаж");
  ASSERT_TRUE(keys().revoke(KeyKind::kiosk, school, 7, terminal->id));
  EXPECT_FALSE(keys().use(KeyKind::kiosk, terminal->secret));
  EXPECT_NE(keys().list(KeyKind::kiosk, school.id).front().revoked_at, "");

  std::vector<std::string> actions;
  for (const auto& line : stores->staff.audit_log(50, 0)) actions.push_back(line.action);
  EXPECT_NE(std::find(actions.begin(), actions.end(), "kiosk.register"), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "kiosk.revoke"), actions.end());
}

TEST_F(OrganisationKeysTest, ANameIsRequiredAndBounded) {
  auto empty = keys().issue(KeyKind::kiosk, school, 7, "   ");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, "kiosk_name");
  EXPECT_FALSE(keys().issue(KeyKind::invitations, school, 7, std::string(201, 'x')));
  EXPECT_TRUE(keys().list(KeyKind::kiosk, school.id).empty());
}

}  // namespace
}  // namespace nok
