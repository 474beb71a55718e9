// The authorities' plans of popularisation measures and their effect figures, on both engines.
#include <map>

#include "store/staff_fixture.h"
#include "support/popularisation_activity.h"

namespace nok {
namespace {

using test::StaffFixture;
namespace pop = popularisation;

class PopularisationStoreTest : public StaffFixture {
 protected:
  void SetUp() override {
    StaffFixture::SetUp();
    if (IsSkipped()) return;
    education = stores->staff.find_authority("Департамент образования")->id;
    health = stores->staff.find_authority("Минздрав области")->id;
  }

  AuditEntry audit(std::string action) {
    return {0, "", 0, "", std::move(action), "popularisation_measure", "", "", "{}"};
  }
  pop::MeasureDraft draft(std::string type, std::string from, std::string to) {
    const std::string y = std::to_string(year) + "-";
    return {std::move(type), "Плакаты с QR-кодом",       y + from,
            y + to,          "Отдел общего образования", "https://example.ru/a"};
  }
  std::int64_t add(std::int64_t authority, std::string type, int in_year = 0) {
    return stores->popularisation.add_measure(authority, in_year ? in_year : year,
                                              draft(std::move(type), "03-01", "03-31"),
                                              audit("popularisation.measure_add"));
  }
  PopularisationEffect effect(std::int64_t authority, std::string region, std::string from, std::string to) {
    const std::string y = std::to_string(year) + "-";
    return stores->popularisation.effect({authority, std::move(region), y + from, y + to});
  }
  static std::map<std::string, std::pair<std::int64_t, std::int64_t>> by_carrier(const PopularisationEffect& e) {
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> out;
    for (const auto& c : e.carriers) out[c.carrier] = {c.scans, c.answers};
    return out;
  }

  std::int64_t education = 0, health = 0;
};

TEST_F(PopularisationStoreTest, MeasuresAreStoredListedByDateChangedAndRemovedWithAnAuditLineEach) {
  const auto later = stores->popularisation.add_measure(education, year, draft("screen_video", "05-01", "05-31"),
                                                        audit("popularisation.measure_add"));
  const auto earlier = add(education, "stand_qr_code");
  add(health, "stand_qr_code");
  add(education, "stand_qr_code", year - 1);

  auto listed = stores->popularisation.measures(education, year);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, earlier);
  EXPECT_EQ(listed[1].id, later);
  EXPECT_EQ(listed[0].status, pop::Status::planned);
  EXPECT_EQ(listed[0].draft.responsible, "Отдел общего образования");
  EXPECT_EQ(listed[0].draft.evidence_url, "https://example.ru/a");
  EXPECT_EQ(listed[0].authority_id, education);
  EXPECT_EQ(listed[0].year, year);

  auto changed = draft("printed_matter", "04-01", "04-30");
  changed.evidence_url = "";
  EXPECT_TRUE(stores->popularisation.change_measure(earlier, changed, audit("popularisation.measure_change")));
  EXPECT_TRUE(stores->popularisation.set_status(earlier, pop::Status::done, audit("popularisation.measure_status")));
  const auto found = stores->popularisation.find_measure(earlier);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->draft.type, "printed_matter");
  EXPECT_EQ(found->draft.evidence_url, "");
  EXPECT_EQ(found->status, pop::Status::done);

  EXPECT_TRUE(stores->popularisation.remove_measure(earlier, audit("popularisation.measure_remove")));
  EXPECT_FALSE(stores->popularisation.find_measure(earlier));
  // Gone: nothing is written, nothing is logged.
  EXPECT_FALSE(stores->popularisation.remove_measure(earlier, audit("popularisation.measure_remove")));
  EXPECT_FALSE(stores->popularisation.change_measure(earlier, changed, audit("popularisation.measure_change")));
  EXPECT_FALSE(stores->popularisation.set_status(earlier, pop::Status::done, audit("popularisation.measure_status")));
  const auto log = stores->staff.audit_log(20, 0);
  ASSERT_EQ(log.size(), 7u);  // four additions, a change, a status, a removal
  EXPECT_EQ(log[0].action, "popularisation.measure_remove");
  // An addition's line names the new measure (the use case names the others').
  EXPECT_EQ(log[5].action, "popularisation.measure_add");
  EXPECT_EQ(log[5].object_id, std::to_string(earlier));
}

TEST_F(PopularisationStoreTest, TheAuthorityIsNamedWithItsRegionAndAnUnknownOneIsNone) {
  const auto a = stores->popularisation.authority(education);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->name, "Департамент образования");
  EXPECT_FALSE(stores->popularisation.authority(987654321));
}

TEST_F(PopularisationStoreTest, MeasuresAreCountedByTypeAndStatusForAnAuthorityARegionOrAll) {
  const auto done = add(education, "stand_qr_code");
  stores->popularisation.set_status(done, pop::Status::done, audit("popularisation.measure_status"));
  add(education, "stand_qr_code");
  add(education, "mass_media");
  add(health, "stand_qr_code");
  add(education, "stand_qr_code", year - 1);

  const auto count = [](const std::vector<MeasureCount>& counts, std::string_view type, std::string_view status) {
    for (const auto& c : counts)
      if (c.type == type && c.status == status) return c.measures;
    return std::int64_t{0};
  };
  const auto mine = stores->popularisation.measure_counts(education, "", year);
  EXPECT_EQ(mine.size(), 3u);
  EXPECT_EQ(count(mine, "stand_qr_code", "done"), 1);
  EXPECT_EQ(count(mine, "stand_qr_code", "planned"), 1);
  EXPECT_EQ(count(mine, "mass_media", "planned"), 1);
  EXPECT_EQ(count(stores->popularisation.measure_counts(0, "", year), "stand_qr_code", "planned"), 2);
  EXPECT_EQ(count(stores->popularisation.measure_counts(0, "50", year), "stand_qr_code", "planned"), 1);
  EXPECT_EQ(count(stores->popularisation.measure_counts(0, "50", year), "mass_media", "planned"), 0);
  EXPECT_EQ(count(stores->popularisation.measure_counts(education, "", year - 1), "stand_qr_code", "planned"), 1);
}

TEST_F(PopularisationStoreTest, TheEffectSumsScansAnswersInvitationsAndKioskAnswersOfTheScopeAndPeriod) {
  test::add_popularisation_activity(stores->pool(), year);

  const auto march = effect(education, "", "03-01", "03-31");
  const auto carriers = by_carrier(march);
  ASSERT_EQ(carriers.size(), 2u);  // the website block's scans were in April, the bare ones have no carrier
  EXPECT_EQ(carriers.at("poster_a4"), std::make_pair(std::int64_t{10}, std::int64_t{3}));
  EXPECT_EQ(carriers.at("ticket"), std::make_pair(std::int64_t{7}, std::int64_t{2}));
  EXPECT_EQ(march.invitations_sent, 3);
  EXPECT_EQ(march.invitations_answered, 2);
  EXPECT_EQ(march.kiosk_answers, 2);  // the excluded and the web questionnaires are not

  const auto whole_year = effect(education, "", "01-01", "12-31");
  EXPECT_EQ(by_carrier(whole_year).at("poster_a4"), std::make_pair(std::int64_t{15}, std::int64_t{4}));
  EXPECT_EQ(by_carrier(whole_year).at("website"), std::make_pair(std::int64_t{4}, std::int64_t{0}));
  EXPECT_EQ(whole_year.invitations_sent, 4);
  EXPECT_EQ(whole_year.kiosk_answers, 3);

  const auto everyone = effect(0, "", "03-01", "03-31");
  EXPECT_EQ(by_carrier(everyone).at("poster_a4"), std::make_pair(std::int64_t{1010}, std::int64_t{503}));
  EXPECT_EQ(everyone.invitations_answered, 3);
  EXPECT_EQ(everyone.kiosk_answers, 12);

  const auto region = effect(0, "50", "03-01", "03-31");
  EXPECT_EQ(by_carrier(region).size(), 1u);
  EXPECT_EQ(region.kiosk_answers, 10);
  EXPECT_EQ(region.invitations_sent, 1);

  const auto nothing = effect(education, "", "09-01", "09-30");
  EXPECT_TRUE(nothing.carriers.empty());
  EXPECT_EQ(nothing.invitations_sent + nothing.invitations_answered + nothing.kiosk_answers, 0);
}

}  // namespace
}  // namespace nok
