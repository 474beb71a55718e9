// The rules of a plan's rows and reports (ПП РФ № 457): dates, limits, criteria I–V.
#include <gtest/gtest.h>

#include "domain/feedback/appeal_status.h"
#include "domain/plans/plan.h"

namespace nok {
namespace {

const plans::ItemDraft kItem{2, "Нет навигации", "Повесить таблички", "2027-03-31", "Петрова А. А.", "завхоз"};

std::string first_field(const Errors& errors) { return errors.empty() ? "" : errors.front().column; }

TEST(PlanRules, DatesAreRealCalendarDates) {
  EXPECT_TRUE(plans::valid_date("2028-02-29"));
  EXPECT_FALSE(plans::valid_date("2027-02-29"));
  EXPECT_FALSE(plans::valid_date("2027-13-01"));
  EXPECT_FALSE(plans::valid_date("31.03.2027"));
  EXPECT_FALSE(plans::valid_date("2027-3-31"));
}

TEST(PlanRules, AnItemNeedsEveryColumnAndAPlannedDateNotInThePast) {
  EXPECT_TRUE(plans::check_item(kItem, "2027-03-31").empty());  // today is still ahead
  EXPECT_EQ(first_field(plans::check_item(kItem, "2027-04-01")), "planned_date");
  auto item = kItem;
  item.criterion = 6;
  EXPECT_EQ(first_field(plans::check_item(item, "2026-01-01")), "criterion");
  item = kItem;
  item.responsible_position = "  ";
  EXPECT_EQ(first_field(plans::check_item(item, "2026-01-01")), "responsible_position");
  item = kItem;
  item.measure = std::string(1001, 'x');
  EXPECT_EQ(plans::check_item(item, "2026-01-01").front().code, "plan_too_long");
}

TEST(PlanRules, AReportIsDoneByToday) {
  EXPECT_TRUE(plans::check_report({"Таблички повешены", "2027-01-10"}, "2027-01-10").empty());
  EXPECT_EQ(first_field(plans::check_report({"Таблички повешены", "2027-01-11"}, "2027-01-10")), "actual_date");
  EXPECT_EQ(first_field(plans::check_report({"", "2027-01-01"}, "2027-01-10")), "measures_taken");
  EXPECT_EQ(plans::roman(4), "IV");
  EXPECT_EQ(plans::criterion_title(3), "Доступность услуг для инвалидов");
}

TEST(AppealStanding, OverdueOnlyWhileUnansweredPastTheDueDate) {
  using feedback::AppealStanding;
  EXPECT_EQ(feedback::appeal_standing("new", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"), AppealStanding::overdue);
  EXPECT_EQ(feedback::appeal_standing("new", "2026-01-03T00:00:00Z", "2026-01-02T00:00:00Z"), AppealStanding::fresh);
  EXPECT_EQ(feedback::appeal_standing("answered", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"),
            AppealStanding::answered);
}

}  // namespace
}  // namespace nok
