// Every role against every object type, inside and outside its scope (docs/security.md).
#include <gtest/gtest.h>

#include "domain/placement/placement.h"
#include "domain/staff/access.h"
#include "print/scan_distance.h"

namespace nok {
namespace {

using staff::Action;
using staff::Role;

// Scope ids: the user's own organisation 1, authority 10, operator 100; the others' 2, 20, 200.
staff::StaffUser user(Role role) {
  staff::StaffUser u{1, "u", role};
  if (role == Role::org_staff) u.organisation_id = 1;
  if (role == Role::survey_operator) u.operator_id = 100;
  if (role == Role::council || role == Role::official) u.authority_id = 10;
  return u;
}

const staff::OrganisationScope kOwn{1, 10, {100}};
const staff::OrganisationScope kOther{2, 20, {200}};

struct Expected {
  Role role;
  bool view_own, edit_own, view_other;
};

TEST(StaffAccess, OrganisationsAndTheirPlacements) {
  const Expected table[] = {
      {Role::org_staff, true, true, false},  {Role::survey_operator, true, false, false},
      {Role::council, true, false, false},   {Role::official, true, false, false},
      {Role::monitor, true, false, true},    {Role::admin, true, true, true},
  };
  for (const auto& e : table) {
    SCOPED_TRACE(std::string(staff::code(e.role)));
    const auto u = user(e.role);
    EXPECT_EQ(can(u, Action::view, kOwn), e.view_own);
    EXPECT_EQ(can(u, Action::edit, kOwn), e.edit_own);
    EXPECT_EQ(can(u, Action::view, kOther), e.view_other);
    EXPECT_EQ(can(u, Action::edit, kOther), e.role == Role::admin);
    EXPECT_EQ(can(u, Action::view, staff::PlacementScope{kOwn}), e.view_own);
    EXPECT_EQ(can(u, Action::edit, staff::PlacementScope{kOwn}), e.edit_own);
    EXPECT_EQ(can(u, Action::view, staff::PlacementScope{kOther}), e.view_other);
    EXPECT_EQ(can(u, Action::edit, staff::PlacementScope{kOther}), e.role == Role::admin);
  }
}

TEST(StaffAccess, Cycles) {
  const Expected table[] = {
      {Role::org_staff, false, false, false}, {Role::survey_operator, true, false, false},
      {Role::council, true, false, false},    {Role::official, true, true, false},
      {Role::monitor, true, false, true},     {Role::admin, true, true, true},
  };
  for (const auto& e : table) {
    SCOPED_TRACE(std::string(staff::code(e.role)));
    const auto u = user(e.role);
    EXPECT_EQ(can(u, Action::view, staff::CycleScope{10, 100}), e.view_own);
    EXPECT_EQ(can(u, Action::edit, staff::CycleScope{10, 100}), e.edit_own);
    EXPECT_EQ(can(u, Action::view, staff::CycleScope{20, 200}), e.view_other);
    EXPECT_EQ(can(u, Action::edit, staff::CycleScope{20, 200}), e.role == Role::admin);
  }
}

TEST(StaffAccess, OnlyTheEngagedOperatorCollectsTheSample) {
  const Expected table[] = {
      {Role::org_staff, false, false, false}, {Role::survey_operator, true, true, false},
      {Role::council, true, false, false},    {Role::official, true, false, false},
      {Role::monitor, true, false, true},     {Role::admin, true, false, true},
  };
  for (const auto& e : table) {
    SCOPED_TRACE(std::string(staff::code(e.role)));
    const auto u = user(e.role);
    EXPECT_EQ(can(u, Action::view, staff::SampleCollection{{10, 100}}), e.view_own);
    EXPECT_EQ(can(u, Action::edit, staff::SampleCollection{{10, 100}}), e.edit_own);
    EXPECT_EQ(can(u, Action::view, staff::SampleCollection{{20, 200}}), e.view_other);
    EXPECT_FALSE(can(u, Action::edit, staff::SampleCollection{{20, 200}}));
  }
  staff::StaffUser unset{1, "u", Role::survey_operator};
  EXPECT_FALSE(can(unset, Action::edit, staff::SampleCollection{{10, 0}}));
}

TEST(StaffAccess, ResponsesAreExportedByTheAuthorityAndItsOperatorNotTheCouncil) {
  const Expected table[] = {
      {Role::org_staff, false, false, false}, {Role::survey_operator, true, false, false},
      {Role::council, false, false, false},   {Role::official, true, false, false},
      {Role::monitor, true, false, true},     {Role::admin, true, false, true},
  };
  for (const auto& e : table) {
    SCOPED_TRACE(std::string(staff::code(e.role)));
    const auto u = user(e.role);
    EXPECT_EQ(can(u, Action::view, staff::ResponseExport{{10, 100}}), e.view_own);
    EXPECT_EQ(can(u, Action::edit, staff::ResponseExport{{10, 100}}), e.edit_own);
    EXPECT_EQ(can(u, Action::view, staff::ResponseExport{{20, 200}}), e.view_other);
  }
}

TEST(StaffAccess, AuthorityReportsAreReadOnly) {
  const Expected table[] = {
      {Role::org_staff, false, false, false}, {Role::survey_operator, false, false, false},
      {Role::council, true, false, false},    {Role::official, true, false, false},
      {Role::monitor, true, false, true},     {Role::admin, true, false, true},
  };
  for (const auto& e : table) {
    SCOPED_TRACE(std::string(staff::code(e.role)));
    const auto u = user(e.role);
    EXPECT_EQ(can(u, Action::view, staff::AuthorityScope{10}), e.view_own);
    EXPECT_EQ(can(u, Action::edit, staff::AuthorityScope{10}), e.edit_own);
    EXPECT_EQ(can(u, Action::view, staff::AuthorityScope{20}), e.view_other);
  }
}

TEST(StaffAccess, WhereQrCodesLeadIsChosenByTheAuthoritysOfficialsAndARegionsByTheAdministrator) {
  const Expected table[] = {  // an organisation's choice, its authority 10
      {Role::org_staff, false, false, false}, {Role::survey_operator, false, false, false},
      {Role::council, true, false, false},    {Role::official, true, true, false},
      {Role::monitor, true, false, true},     {Role::admin, true, true, true},
  };
  for (const auto& e : table) {
    SCOPED_TRACE(std::string(staff::code(e.role)));
    const auto u = user(e.role);
    EXPECT_EQ(can(u, Action::view, staff::QrDestinationChoice{10}), e.view_own);
    EXPECT_EQ(can(u, Action::edit, staff::QrDestinationChoice{10}), e.edit_own);
    EXPECT_EQ(can(u, Action::view, staff::QrDestinationChoice{20}), e.view_other);
    EXPECT_EQ(can(u, Action::edit, staff::QrDestinationChoice{20}), e.role == Role::admin);
    EXPECT_EQ(can(u, Action::edit, staff::QrDestinationChoice{}), e.role == Role::admin);  // a region's
  }
}

TEST(StaffAccess, AnAuthoritysYearlyTextsAreWrittenByItsOfficialsAndReadWithItsReports) {
  const Expected table[] = {
      {Role::org_staff, false, false, false}, {Role::survey_operator, false, false, false},
      {Role::council, true, false, false},    {Role::official, true, true, false},
      {Role::monitor, true, false, true},     {Role::admin, true, true, true},
  };
  for (const auto& e : table) {
    SCOPED_TRACE(std::string(staff::code(e.role)));
    const auto u = user(e.role);
    EXPECT_EQ(can(u, Action::view, staff::AuthorityNotes{10}), e.view_own);
    EXPECT_EQ(can(u, Action::edit, staff::AuthorityNotes{10}), e.edit_own);
    EXPECT_EQ(can(u, Action::view, staff::AuthorityNotes{20}), e.view_other);
    EXPECT_EQ(can(u, Action::edit, staff::AuthorityNotes{20}), e.role == Role::admin);
  }
}

TEST(StaffAccess, AccountsTheAuditLogAndTheOutboxAreTheAdministratorsAlone) {
  for (auto role : staff::all_roles()) {
    SCOPED_TRACE(std::string(staff::code(role)));
    for (auto action : {Action::view, Action::edit}) {
      EXPECT_EQ(can(user(role), action, staff::StaffDirectory{}), role == Role::admin);
      EXPECT_EQ(can(user(role), action, staff::AuditTrail{}), role == Role::admin);
      EXPECT_EQ(can(user(role), action, staff::OutgoingMessages{}), role == Role::admin);
    }
  }
}

TEST(StaffAccess, AnUnsetScopeMatchesNothing) {
  // An organisation without an authority (id 0) is not every scope-less official's.
  staff::StaffUser official{1, "u", Role::official};
  EXPECT_FALSE(can(official, Action::view, staff::OrganisationScope{5, 0, {}}));
  staff::StaffUser op{1, "u", Role::survey_operator};
  EXPECT_FALSE(can(op, Action::view, staff::CycleScope{10, 0}));
}

TEST(StaffAccess, RolesRoundTripThroughTheirCodes) {
  for (auto role : staff::all_roles()) EXPECT_EQ(staff::parse_role(staff::code(role)), role);
  EXPECT_FALSE(staff::parse_role("root"));
}

TEST(Placements, TheRuleNeedsTheEntranceAndAContactPoint) {
  EXPECT_FALSE(placement::check_rule({}).satisfied());
  EXPECT_EQ(placement::check_rule({}).missing().size(), 2u);
  EXPECT_FALSE(placement::check_rule({"entrance", "toilets", "corridor"}).satisfied());
  EXPECT_FALSE(placement::check_rule({"reception", "stand"}).satisfied());
  auto ok = placement::check_rule({"entrance", "specialist_room"});
  EXPECT_TRUE(ok.satisfied());
  EXPECT_TRUE(ok.missing().empty());
}

TEST(Placements, EveryPrintPlaceTypeIsAPlacementPlace) {
  // Posters for a placement take the QR size of its place from data/scan_distances.csv.
  for (const auto& type : print::place_types()) {
    auto place = placement::find_place(type.code);
    ASSERT_TRUE(place) << type.code;
    EXPECT_EQ(place->title, type.title);
  }
}

}  // namespace
}  // namespace nok
