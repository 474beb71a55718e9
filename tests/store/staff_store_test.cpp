// Staff accounts, one-time links, the organisation profile and the audit log, on both engines.
#include "store/staff_fixture.h"

namespace nok {
namespace {

using test::StaffFixture;

class StaffStoreTest : public StaffFixture {
 protected:
  AuditEntry audit(std::string action) { return {0, "", 0, "", std::move(action), "user", "", "", "{}"}; }

  std::int64_t create(const std::string& login, staff::Role role = staff::Role::monitor) {
    NewStaffAccount account{login, role};
    if (role == staff::Role::org_staff) account.organisation_id = organisation_id("school");
    return *stores->staff.create_account(account, audit("user.create"));
  }
};

TEST_F(StaffStoreTest, AnAccountIsCreatedOnceAndFoundByLoginIdAndEmail) {
  NewStaffAccount account{"ivanova", staff::Role::org_staff, organisation_id("school"), 0, 0, "hash-of-mail", "sealed"};
  auto id = stores->staff.create_account(account, audit("user.create"));
  ASSERT_TRUE(id);
  EXPECT_FALSE(stores->staff.create_account(account, audit("user.create")));  // the login is taken

  auto found = stores->staff.find_account_by_login("ivanova");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->user.id, *id);
  EXPECT_EQ(found->user.role, staff::Role::org_staff);
  EXPECT_EQ(found->user.organisation_id, organisation_id("school"));
  EXPECT_EQ(found->scope_code, "school");
  EXPECT_EQ(found->scope_name, "Школа № 1");
  EXPECT_FALSE(found->disabled);
  EXPECT_TRUE(found->password_hash.empty());
  EXPECT_EQ(stores->staff.find_account_by_email("hash-of-mail")->user.id, *id);
  EXPECT_EQ(stores->staff.find_account(*id)->email_enc, "sealed");
  EXPECT_FALSE(stores->staff.find_account_by_login("nobody"));

  auto log = stores->staff.audit_log(10, 0);
  ASSERT_EQ(log.size(), 1u);  // the refused second creation wrote nothing
  EXPECT_EQ(log[0].object_id, std::to_string(*id));
}

TEST_F(StaffStoreTest, AnUnknownRoleInTheDatabaseGrantsNothing) {
  const auto id = create("odd");
  run_sql("UPDATE users SET role = 'superuser' WHERE id = $1", {id});
  EXPECT_TRUE(stores->staff.find_account(id)->disabled);
}

TEST_F(StaffStoreTest, SignInAttemptsAreCountedUntilOneTooManyLocksTheAccount) {
  const auto id = create("petrov");
  const std::string now = "2026-03-01T10:00:00Z", until = "2026-03-01T10:15:00Z";
  for (int n = 1; n <= 3; ++n) EXPECT_EQ(stores->staff.count_sign_in_attempt(id, 3, now, until).number, n);
  EXPECT_TRUE(stores->staff.find_account(id)->locked_until.empty()) << "three attempts may still be checked";
  const auto fourth = stores->staff.count_sign_in_attempt(id, 3, now, until);
  EXPECT_EQ(fourth.number, 0);
  EXPECT_EQ(fourth.locked_until, until);
  const auto later = stores->staff.count_sign_in_attempt(id, 3, "2026-03-01T10:05:00Z", "2026-03-01T10:20:00Z");
  EXPECT_EQ(later.number, 0) << "refused while locked";
  EXPECT_EQ(later.locked_until, until) << "the lock is not extended";
  EXPECT_EQ(stores->staff.count_sign_in_attempt(id, 3, "2026-03-01T10:15:00Z", "2026-03-01T10:30:00Z").number, 1)
      << "counting starts again once the lock is over";
}

TEST_F(StaffStoreTest, TheFailedAttemptAtTheLimitLocksAndAFailureReportsALockSetBesideIt) {
  const auto id = create("petrov");
  const std::string now = "2026-03-01T10:00:00Z", until = "2026-03-01T10:15:00Z";
  ASSERT_EQ(stores->staff.count_sign_in_attempt(id, 2, now, until).number, 1);
  ASSERT_EQ(stores->staff.count_sign_in_attempt(id, 2, now, until).number, 2);
  EXPECT_EQ(stores->staff.fail_sign_in_attempt(id, 1, 2, now, until), "") << "one failure of two allowed";
  EXPECT_EQ(stores->staff.fail_sign_in_attempt(id, 2, 2, now, until), until);
  EXPECT_EQ(stores->staff.find_account(id)->failed_sign_ins, 0) << "counting starts again after the lock";

  const auto other = create("sidorov");
  ASSERT_EQ(stores->staff.count_sign_in_attempt(other, 1, now, until).number, 1);
  ASSERT_EQ(stores->staff.count_sign_in_attempt(other, 1, now, until).number, 0) << "one too many locks at once";
  EXPECT_EQ(stores->staff.fail_sign_in_attempt(other, 1, 1, now, "2026-03-01T10:16:00Z"), until)
      << "the first lock stands and is reported";
}

TEST_F(StaffStoreTest, ARightPasswordCountedBeforeALockIsRefusedAfterIt) {
  const auto id = create("petrov");
  const std::string now = iso_utc_now(), until = "2999-01-01T00:00:00Z";
  ASSERT_EQ(stores->staff.count_sign_in_attempt(id, 3, now, until).number, 1);  // the right one, then its hash
  for (int n = 2; n <= 3; ++n) ASSERT_EQ(stores->staff.count_sign_in_attempt(id, 3, now, until).number, n);
  ASSERT_EQ(stores->staff.count_sign_in_attempt(id, 3, now, until).number, 0);  // the lock is reported
  EXPECT_FALSE(stores->staff.clear_sign_in_attempts(id, now)) << "the right one finishes its hash after the lock";
  EXPECT_FALSE(stores->staff.take_back_sign_in_attempt(id, now));
  EXPECT_EQ(stores->staff.find_account(id)->locked_until, until);
}

TEST_F(StaffStoreTest, ASuccessClearsTheCountAndAnUncheckedAttemptIsTakenBack) {
  const auto id = create("petrov");
  const std::string now = iso_utc_now(), until = "2999-01-01T00:00:00Z";
  ASSERT_EQ(stores->staff.count_sign_in_attempt(id, 3, now, until).number, 1);
  ASSERT_EQ(stores->staff.count_sign_in_attempt(id, 3, now, until).number, 2);
  EXPECT_TRUE(stores->staff.take_back_sign_in_attempt(id, now));
  EXPECT_EQ(stores->staff.count_sign_in_attempt(id, 3, now, until).number, 2) << "the taken-back one left no trace";
  EXPECT_TRUE(stores->staff.clear_sign_in_attempts(id, now));
  EXPECT_EQ(stores->staff.count_sign_in_attempt(id, 3, now, until).number, 1);
  EXPECT_TRUE(stores->staff.clear_sign_in_attempts(id, now));
  EXPECT_TRUE(stores->staff.take_back_sign_in_attempt(id, now)) << "never below zero";
  EXPECT_EQ(stores->staff.find_account(id)->failed_sign_ins, 0);
}
TEST_F(StaffStoreTest, ATotpStepIsUsedOnceAndNeverAnEarlierOne) {
  const auto id = create("sidorov");
  EXPECT_TRUE(stores->staff.use_totp_step(id, 58000000));
  EXPECT_FALSE(stores->staff.use_totp_step(id, 58000000));
  EXPECT_FALSE(stores->staff.use_totp_step(id, 57999999));
  EXPECT_TRUE(stores->staff.use_totp_step(id, 58000001));
}

TEST_F(StaffStoreTest, ALinkSetsThePasswordOnceEndsSessionsAndVoidsOtherLinks) {
  const auto id = create("kuznetsova");
  stores->staff.add_token({"t1", id, "invite", "2099-01-01T00:00:00Z"});
  stores->staff.add_token({"t2", id, "reset", "2099-01-01T00:00:00Z"});
  stores->staff.add_token({"old", id, "reset", "2000-01-01T00:00:00Z"});
  store->create_session({"session-hash", 0, id, "csrf", "2099-01-01T00:00:00Z"});
  const std::string now = iso_utc_now();
  EXPECT_EQ(stores->staff.token_user("t1", now), id);
  EXPECT_FALSE(stores->staff.token_user("old", now));  // expired
  EXPECT_FALSE(stores->staff.set_password_by_token("old", now, "h0", audit("user.password_set")));

  EXPECT_EQ(stores->staff.set_password_by_token("t1", now, "h1", audit("user.password_set")), id);
  EXPECT_EQ(stores->staff.find_account(id)->password_hash, "h1");
  EXPECT_FALSE(store->find_session("session-hash", now));
  EXPECT_FALSE(stores->staff.set_password_by_token("t1", now, "h2", audit("user.password_set")));
  EXPECT_FALSE(stores->staff.set_password_by_token("t2", now, "h2", audit("user.password_set")));
  EXPECT_EQ(stores->staff.find_account(id)->password_hash, "h1");
}

TEST_F(StaffStoreTest, AStaleProfileVersionWritesNothing) {
  auto profile = *stores->staff.organisation_profile("school");
  EXPECT_EQ(profile.address, "ул. Ленина, 1");
  auto edited = profile;
  edited.address = "ул. Мира, 2";
  edited.website = "https://school.example.ru";
  ASSERT_TRUE(stores->staff.update_organisation_profile(edited, audit("organisation.update")));
  auto now = *stores->staff.organisation_profile("school");
  EXPECT_EQ(now.address, "ул. Мира, 2");
  EXPECT_EQ(now.version, profile.version + 1);

  auto stale = profile;  // rendered before the save above
  stale.address = "ул. Старая, 3";
  EXPECT_FALSE(stores->staff.update_organisation_profile(stale, audit("organisation.update")));
  EXPECT_EQ(stores->staff.organisation_profile("school")->address, "ул. Мира, 2");
  EXPECT_EQ(stores->staff.audit_log(10, 0).size(), 1u);

  // A registry import is a newer version too.
  (void)store->upsert_organisations(
      {test::staff_test_organisation("school", "Школа № 1", "77", "Департамент образования")});
  now.address = "ул. Новая, 4";
  EXPECT_FALSE(stores->staff.update_organisation_profile(now, audit("organisation.update")));
}

TEST_F(StaffStoreTest, AnOrganisationsScopeNamesItsAuthorityAndTheOperatorsOfItsCycles) {
  auto scope = stores->staff.organisation_scope("school");
  ASSERT_TRUE(scope);
  EXPECT_NE(scope->authority_id, stores->staff.organisation_scope("clinic")->authority_id);
  EXPECT_TRUE(scope->operator_ids.empty());
  run_sql("INSERT INTO operators (id, name, inn, created_at) VALUES (7, 'ООО «Опрос»', '7707083893', 'now')");
  run_sql("UPDATE cycles SET operator_id = 7 WHERE id = (SELECT cycle_id FROM cycle_organisations co "
          "JOIN organisations o ON o.id = co.organisation_id WHERE o.code = 'school')");
  EXPECT_EQ(stores->staff.organisation_scope("school")->operator_ids, std::vector<std::int64_t>{7});
  EXPECT_EQ(stores->staff.find_operator("ООО «Опрос»")->id, 7);
  EXPECT_EQ(stores->staff.find_authority("Минздрав области")->id, stores->staff.organisation_scope("clinic")->authority_id);
  EXPECT_FALSE(stores->staff.organisation_scope("nowhere"));
}

TEST_F(StaffStoreTest, AnOperatorsContractsAreTheCyclesItWasEngagedFor) {
  run_sql("INSERT INTO operators (id, name, inn, created_at) VALUES (7, 'ООО «Опрос»', '7707083893', 'now')");
  EXPECT_TRUE(stores->staff.contracts(7, year).empty());
  run_sql("UPDATE cycles SET operator_id = 7 WHERE authority_id = $1",
          {stores->staff.organisation_scope("school")->authority_id});
  auto contracts = stores->staff.contracts(7, year);
  ASSERT_EQ(contracts.size(), 1u);
  EXPECT_EQ(contracts[0].authority, "Департамент образования");
  EXPECT_EQ(contracts[0].scope.operator_id, 7);
  EXPECT_EQ(contracts[0].scope.authority_id, stores->staff.organisation_scope("school")->authority_id);
  ASSERT_EQ(contracts[0].organisations.size(), 1u);
  EXPECT_EQ(contracts[0].organisations[0].code, "school");
  EXPECT_EQ(contracts[0].organisations[0].sample_target, 100);
  EXPECT_TRUE(contracts[0].organisations[0].by_channel.empty());
  EXPECT_TRUE(stores->staff.contracts(7, year - 1).empty());
}

TEST_F(StaffStoreTest, TheAuditLogOnlyGrows) {
  create("a1");
  create("a2");
  create("a3");
  auto log = stores->staff.audit_log(2, 0);
  ASSERT_EQ(log.size(), 2u);
  EXPECT_GT(log[0].id, log[1].id);  // newest first
  auto rest = stores->staff.audit_log(2, log[1].id);
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].action, "user.create");
  EXPECT_THROW(run_sql("UPDATE audit_log SET action = 'nothing'"), sql::DatabaseError);
  EXPECT_THROW(run_sql("DELETE FROM audit_log"), sql::DatabaseError);
  EXPECT_EQ(stores->staff.audit_log(10, 0).size(), 3u);
}

}  // namespace
}  // namespace nok
