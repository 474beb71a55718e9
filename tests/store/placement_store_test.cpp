// Placements, the scan funnel and the authorities' overview, on both engines.
#include "store/staff_fixture.h"

namespace nok {
namespace {

using test::StaffFixture;

class PlacementStoreTest : public StaffFixture {
 protected:
  AuditEntry audit(std::string action) { return {0, "", 0, "", std::move(action), "placement", "", "", "{}"}; }

  Placement place(const std::string& code, const std::string& place) {
    return stores->placements.add_placement({0, organisation_id(code), "poster_a4", place, "", "", ""},
                                            audit("placement.create"));
  }

  std::map<std::int64_t, FunnelCounts> funnel(const std::string& code) {
    std::map<std::int64_t, FunnelCounts> out;
    for (const auto& f : stores->placements.funnel(organisation_id(code), "2000-01-01", "2999-12-31"))
      out[f.placement_id] = f.counts;
    return out;
  }
};

TEST_F(PlacementStoreTest, PlacementsAreListedConfirmedOnceAndRemoved) {
  auto entrance = place("school", "entrance");
  auto stand = place("school", "stand");
  place("clinic", "reception");
  auto listed = stores->placements.placements(organisation_id("school"));
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, entrance.id);
  EXPECT_EQ(listed[0].place, "entrance");
  EXPECT_TRUE(listed[0].confirmed_at.empty());

  EXPECT_TRUE(stores->placements.confirm_placement(entrance.id, 0, audit("placement.confirm")));
  EXPECT_FALSE(stores->placements.confirm_placement(entrance.id, 0, audit("placement.confirm")));
  EXPECT_FALSE(stores->placements.find_placement(entrance.id)->confirmed_at.empty());

  EXPECT_TRUE(stores->placements.remove_placement(stand.id, audit("placement.remove")));
  EXPECT_FALSE(stores->placements.remove_placement(stand.id, audit("placement.remove")));
  EXPECT_FALSE(stores->placements.find_placement(stand.id));
  EXPECT_EQ(stores->placements.placements(organisation_id("school")).size(), 1u);
  // Three creations, one confirmation, one removal: refused changes are not logged.
  EXPECT_EQ(stores->staff.audit_log(10, 0).size(), 5u);
}

TEST_F(PlacementStoreTest, ScansAreCountedPerPlacementAndUnknownPlacementsNowhere) {
  auto entrance = place("school", "entrance");
  auto removed = place("school", "toilets");
  auto clinics = place("clinic", "reception");
  (void)stores->placements.remove_placement(removed.id, audit("placement.remove"));

  for (int i = 0; i < 3; ++i) stores->placements.count("school", entrance.id, FunnelStage::scan);
  stores->placements.count("school", entrance.id, FunnelStage::started);
  stores->placements.count("school", entrance.id, FunnelStage::completed);
  stores->placements.count("school", 0, FunnelStage::scan);
  stores->placements.count("school", 987654321987654321, FunnelStage::scan);  // never existed
  stores->placements.count("school", clinics.id, FunnelStage::scan);          // another organisation's
  stores->placements.count("school", removed.id, FunnelStage::scan);          // taken down
  stores->placements.count("nowhere", 0, FunnelStage::scan);

  auto counts = funnel("school");
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[entrance.id].scans, 3);
  EXPECT_EQ(counts[entrance.id].started, 1);
  EXPECT_EQ(counts[entrance.id].completed, 1);
  EXPECT_EQ(counts[0].scans, 1);
  EXPECT_TRUE(funnel("clinic").empty());

  // Later counts add to the same day's row.
  stores->placements.count("school", entrance.id, FunnelStage::scan);
  EXPECT_EQ(funnel("school")[entrance.id].scans, 4);
}

TEST_F(PlacementStoreTest, CountsBufferedInOneProcessReachTheDatabase) {
  auto entrance = place("school", "entrance");
  {
    sql::SqlPlacementStore other(stores->pool(), std::chrono::hours(1));  // never due on its own
    for (int i = 0; i < 5; ++i) other.count("school", entrance.id, FunnelStage::scan);
    EXPECT_TRUE(funnel("school").empty());
  }  // the destructor flushes
  EXPECT_EQ(funnel("school")[entrance.id].scans, 5);
}

TEST_F(PlacementStoreTest, TheOverviewListsAssessedOrganisationsWithTheirPlacements) {
  auto entrance = place("school", "entrance");
  place("school", "reception");
  (void)stores->placements.confirm_placement(entrance.id, 0, audit("placement.confirm"));
  // Not assessed this year:
  (void)store->upsert_organisations({test::staff_test_organisation("museum", "Музей", "77", "Департамент образования")});

  auto all = stores->placements.overview(0, "", year);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].code, "clinic");  // by region: 50 before 77
  const auto& clinic = all[0];
  const auto& school = all[1];
  EXPECT_EQ(school.places, (std::vector<std::string>{"entrance", "reception"}));
  EXPECT_EQ(school.confirmed, 1);
  EXPECT_TRUE(clinic.places.empty());

  const auto authority = stores->staff.organisation_scope("school")->authority_id;
  auto mine = stores->placements.overview(authority, "", year);
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].code, "school");
  EXPECT_EQ(stores->placements.overview(0, "50", year).size(), 1u);
  EXPECT_TRUE(stores->placements.overview(0, "", year - 1).empty());
}

}  // namespace
}  // namespace nok
