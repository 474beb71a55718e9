// The website checker's records on both engines: history and latest check, the scheduled
// round's holds (each organisation to one checker however many race), the "check now" limit,
// and the authorities' coverage table.
#include <mutex>
#include <set>

#include "store/staff_fixture.h"
#include "support/burst.h"
#include "support/organisations.h"

namespace nok {
namespace {

using test::StaffFixture;

class WebsiteCheckStoreTest : public StaffFixture {
 protected:
  void SetUp() override {
    StaffFixture::SetUp();
    if (IsSkipped()) return;
    run_sql("UPDATE organisations SET website = 'https://school.example' WHERE code = 'school'");
  }

  WebsiteCheck check(const std::string& code, const std::string& verdict, const std::string& at) {
    WebsiteCheck c;
    c.organisation_id = organisation_id(code);
    c.website = "https://" + code + ".example";
    c.verdict = verdict;
    c.reason = "причина";
    c.page_url = "https://" + code + ".example/nok";
    c.checked_at = at;
    return stores->websites.record(c);
  }
};

TEST_F(WebsiteCheckStoreTest, TheLatestCheckAndTheHistoryNewestFirst) {
  EXPECT_TRUE(stores->websites.history(organisation_id("school"), 10).empty());
  check("school", "missing", "2026-01-01T10:00:00Z");
  const auto second = check("school", "ok", "2026-01-08T10:00:00Z");
  const auto history = stores->websites.history(organisation_id("school"), 10);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].id, second.id);
  EXPECT_EQ(history[0].verdict, "ok");
  EXPECT_EQ(history[0].page_url, "https://school.example/nok");
  EXPECT_EQ(history[1].verdict, "missing");
  EXPECT_EQ(stores->websites.history(organisation_id("school"), 1).size(), 1u);
  EXPECT_TRUE(stores->websites.history(organisation_id("clinic"), 1).empty());
}

TEST_F(WebsiteCheckStoreTest, ADueSiteIsHeldByOneCheckerUntilItsCheckIsRecorded) {
  // The clinic has no website: never due.
  EXPECT_EQ(stores->websites.claim_due("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-01T01:00:00Z", 10),
            std::vector<std::string>{"school"});
  // Held: nobody else gets it until the lease lapses.
  EXPECT_TRUE(stores->websites.claim_due("2026-01-01T00:00:00Z", "2026-01-01T00:30:00Z", "2026-01-01T01:30:00Z", 10).empty());
  EXPECT_EQ(stores->websites.claim_due("2026-01-01T00:00:00Z", "2026-01-01T01:00:01Z", "2026-01-01T02:00:00Z", 10).size(), 1u);
  // Recorded: the hold ends, and the site is due again only when its check gets old.
  check("school", "ok", "2026-01-01T01:10:00Z");
  EXPECT_TRUE(stores->websites.claim_due("2026-01-01T00:00:00Z", "2026-01-01T01:20:00Z", "2026-01-01T02:20:00Z", 10).empty());
  EXPECT_EQ(stores->websites.claim_due("2026-01-08T01:10:01Z", "2026-01-08T01:20:00Z", "2026-01-08T02:20:00Z", 10).size(), 1u);
}

TEST_F(WebsiteCheckStoreTest, ConcurrentRoundsNeverShareASite) {
  std::vector<std::string> codes;
  std::vector<Organisation> many;
  for (int i = 0; i < 30; ++i) {
    auto o = test::test_organisation("site" + std::to_string(i), "Организация " + std::to_string(i), Sphere::culture,
                                     "Департамент образования");
    o.website = "https://site" + std::to_string(i) + ".example";
    many.push_back(o);
  }
  (void)stores->main->upsert_organisations(many);
  std::mutex mutex;
  std::multiset<std::string> held;
  test::burst(6, [&](int) {
    for (;;) {
      auto got = stores->websites.claim_due("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-01T01:00:00Z", 4);
      if (got.empty()) return;
      std::lock_guard lock(mutex);
      held.insert(got.begin(), got.end());
    }
  });
  EXPECT_EQ(held.size(), 31u);  // thirty sites and the school, each once
  EXPECT_EQ(std::set<std::string>(held.begin(), held.end()).size(), 31u);
}

TEST_F(WebsiteCheckStoreTest, CheckNowIsRefusedWhileHeldOrRecentlyChecked) {
  const auto school = organisation_id("school");
  std::atomic<int> granted{0};
  test::burst(8, [&](int) {
    if (stores->websites.claim_now(school, "2026-01-01T09:50:00Z", "2026-01-01T10:00:00Z", "2026-01-01T10:05:00Z"))
      ++granted;
  });
  EXPECT_EQ(granted, 1);
  check("school", "missing", "2026-01-01T10:01:00Z");
  // Checked a minute ago: too soon, though nobody holds it.
  EXPECT_FALSE(stores->websites.claim_now(school, "2026-01-01T09:52:00Z", "2026-01-01T10:02:00Z", "2026-01-01T10:07:00Z"));
  EXPECT_TRUE(stores->websites.claim_now(school, "2026-01-01T10:01:30Z", "2026-01-01T10:11:30Z", "2026-01-01T10:16:30Z"));
}

TEST_F(WebsiteCheckStoreTest, CoverageListsAnAuthoritysOrganisationsWithTheirLastCheck) {
  check("school", "wrong_org", "2026-01-01T10:00:00Z");
  const auto authority = stores->staff.find_authority("Департамент образования");
  ASSERT_TRUE(authority);
  const auto rows = stores->websites.coverage(authority->id, "");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].code, "school");
  EXPECT_EQ(rows[0].website, "https://school.example");
  EXPECT_EQ(rows[0].last.verdict, "wrong_org");
  EXPECT_EQ(rows[0].authority, "Департамент образования");
  const auto all = stores->websites.coverage(0, "");
  ASSERT_EQ(all.size(), 2u);
  const auto clinic = std::find_if(all.begin(), all.end(), [](const auto& r) { return r.code == "clinic"; });
  ASSERT_NE(clinic, all.end());
  EXPECT_EQ(clinic->last.id, 0);  // never checked
  EXPECT_TRUE(clinic->website.empty());
  EXPECT_EQ(stores->websites.coverage(0, "50").size(), 1u);
}

}  // namespace
}  // namespace nok
