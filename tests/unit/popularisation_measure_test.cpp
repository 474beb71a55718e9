// The letter's fifteen measure types, the statuses and the checks of a measure.
#include <gtest/gtest.h>

#include <set>

#include "domain/popularisation/measure.h"
#include "domain/popularisation/measure_check.h"
#include "domain/staff/access.h"

namespace nok::popularisation {
namespace {

MeasureDraft good() {
  return {"stand_qr_code", "Плакаты с QR-кодом", "2026-03-01",
          "2026-03-31",    "Отдел образования",  "https://example.ru/news/1"};
}

std::set<std::string> fields_of(const Errors& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.column);
  return out;
}

TEST(PopularisationMeasures, TheLettersFifteenTypesHaveDistinctCodesInItsOrder) {
  ASSERT_EQ(measure_types().size(), 15u);
  std::set<std::string_view> codes;
  int number = 0;
  for (const auto& t : measure_types()) {
    EXPECT_EQ(t.number, ++number);
    EXPECT_TRUE(codes.insert(t.code).second) << t.code;
    EXPECT_FALSE(t.title.empty());
    EXPECT_EQ(t.effect == EffectSource::placements, !t.carriers[0].empty()) << t.code;
  }
  EXPECT_EQ(find_measure_type("service_message")->effect, EffectSource::invitations);
  EXPECT_EQ(find_measure_type("rating_equipment")->effect, EffectSource::kiosk);
  EXPECT_EQ(find_measure_type("mass_media")->effect, EffectSource::none);
  EXPECT_FALSE(find_measure_type("radio_show"));
  EXPECT_EQ(effect_title(EffectSource::none), "не измеряется по данным");
}

TEST(PopularisationMeasures, StatusesReadBackFromTheirCodes) {
  for (const auto s : kStatuses) EXPECT_EQ(parse_status(code(s)), s);
  EXPECT_EQ(title(Status::in_progress), "выполняется");
  EXPECT_FALSE(parse_status("finished"));
}

TEST(PopularisationMeasures, AGoodMeasurePassesAndAnEmptyLinkIsAllowed) {
  EXPECT_TRUE(check_measure(good(), 2026).empty());
  auto d = good();
  d.evidence_url = "";
  EXPECT_TRUE(check_measure(d, 2026).empty());
  d.evidence_url = "HTTP://example.ru";
  EXPECT_TRUE(check_measure(d, 2026).empty());
  d.starts_on = d.ends_on = "2026-12-31";
  EXPECT_TRUE(check_measure(d, 2026).empty()) << "one day is a period";
}

TEST(PopularisationMeasures, EachBadFieldIsNamed) {
  auto d = good();
  d.ends_on = "2026-02-28";
  EXPECT_EQ(fields_of(check_measure(d, 2026)), std::set<std::string>{"ends_on"});
  EXPECT_EQ(check_measure(d, 2026)[0].code, "measure_ends_before_start");
  d = good();
  d.starts_on = "2025-12-31";
  EXPECT_EQ(check_measure(d, 2026)[0].code, "measure_other_year");
  d.starts_on = "2026-02-30";
  EXPECT_EQ(check_measure(d, 2026)[0].code, "measure_bad_date");
  for (const char* link : {"javascript:alert(1)", "data:text/html,x", "ftp://example.ru", "https://", "https:///x",
                           "https://exa mple.ru", "//example.ru"}) {
    d = good();
    d.evidence_url = link;
    EXPECT_EQ(fields_of(check_measure(d, 2026)), std::set<std::string>{"evidence_url"}) << link;
  }
  d = good();
  d.evidence_url = "https://example.ru/" + std::string(kEvidenceMax, 'a');
  EXPECT_EQ(check_measure(d, 2026)[0].code, "measure_link_too_long");
  d = good();
  d.type = "radio";
  d.title = "";
  d.responsible = std::string(kResponsibleMax + 1, 'я');
  EXPECT_EQ(fields_of(check_measure(d, 2026)), (std::set<std::string>{"type", "title", "responsible"}));
  d = good();
  d.title = "Плакат\x01";
  EXPECT_EQ(check_measure(d, 2026)[0].code, "measure_bad_text");
}

TEST(PopularisationMeasures, TrimmingLeavesTheWordsAlone) {
  auto d = good();
  d.title = "  Плакаты  ";
  EXPECT_EQ(trimmed(d).title, "Плакаты");
}

TEST(PopularisationMeasures, OnlyTheAuthoritysOfficialsKeepThePlanAndItsReadersReadIt) {
  using staff::Action, staff::Role, staff::StaffUser, staff::PopularisationPlan;
  const PopularisationPlan plan{5};
  const StaffUser official{1, "o", Role::official, 0, 0, 5}, other{2, "x", Role::official, 0, 0, 6},
      council{3, "c", Role::council, 0, 0, 5}, monitor{4, "m", Role::monitor}, admin{5, "a", Role::admin},
      org{6, "s", Role::org_staff, 9};
  EXPECT_TRUE(can(official, Action::edit, plan));
  EXPECT_TRUE(can(official, Action::view, plan));
  EXPECT_FALSE(can(other, Action::view, plan));
  EXPECT_FALSE(can(other, Action::edit, plan));
  EXPECT_TRUE(can(council, Action::view, plan));
  EXPECT_FALSE(can(council, Action::edit, plan));
  EXPECT_TRUE(can(monitor, Action::view, plan));
  EXPECT_FALSE(can(monitor, Action::edit, plan));
  EXPECT_TRUE(can(admin, Action::view, plan));
  EXPECT_FALSE(can(admin, Action::edit, plan));
  EXPECT_FALSE(can(org, Action::view, plan));
}

}  // namespace
}  // namespace nok::popularisation
