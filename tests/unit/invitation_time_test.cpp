// When an invitation may go: regions' offsets, the quiet hours across midnight, and the
// moments people and booking systems write.
#include <gtest/gtest.h>

#include "app/invitation/invitation_link.h"
#include "core/time.h"
#include "domain/invitation/local_time.h"

namespace nok::invitation {
namespace {

Clock::time_point utc(int y, unsigned m, unsigned d, int h, int min = 0) {
  using namespace std::chrono;
  return sys_days(year{y} / month{m} / day{d}) + hours(h) + minutes(min);
}

TEST(InvitationTime, EveryRegionHasItsOffset) {
  EXPECT_EQ(utc_offset_hours("77"), 3);
  EXPECT_EQ(utc_offset_hours("39"), 2);
  EXPECT_EQ(utc_offset_hours("87"), 12);
  EXPECT_EQ(utc_offset_hours("54"), 7);
  EXPECT_FALSE(utc_offset_hours("99"));
}

TEST(InvitationTime, QuietHoursRunAcrossMidnightInLocalTime) {
  const QuietHours quiet;  // 21:00–09:00
  EXPECT_TRUE(is_quiet(utc(2026, 12, 3, 18), 3, quiet));    // 21:00 in Moscow
  EXPECT_FALSE(is_quiet(utc(2026, 12, 3, 17, 59), 3, quiet));
  EXPECT_TRUE(is_quiet(utc(2026, 12, 3, 5, 59), 3, quiet));  // 08:59
  EXPECT_FALSE(is_quiet(utc(2026, 12, 3, 6), 3, quiet));     // 09:00
  EXPECT_FALSE(is_quiet(utc(2026, 12, 3, 6), 12, quiet));    // 18:00 in Chukotka
  EXPECT_TRUE(is_quiet(utc(2026, 12, 3, 9), 12, quiet));     // 21:00 there
}

TEST(InvitationTime, TheNextAllowedMomentIsNineInTheMorning) {
  const QuietHours quiet;
  EXPECT_EQ(next_allowed(utc(2026, 12, 3, 19, 30), 3, quiet), utc(2026, 12, 4, 6));  // 22:30 → 09:00
  EXPECT_EQ(next_allowed(utc(2026, 12, 3, 10), 3, quiet), utc(2026, 12, 3, 10));
  EXPECT_EQ(next_allowed(utc(2026, 12, 3, 10), 3, QuietHours{0, 0}), utc(2026, 12, 3, 10));
}

TEST(InvitationTime, OpenOffsetsAreThoseWhereItIsDay) {
  // 12:00 UTC: 14:00 in Kaliningrad … 24:00 in Chukotka.
  EXPECT_EQ(open_offsets(utc(2026, 12, 3, 12), QuietHours{}), (std::vector<int>{2, 3, 4, 5, 6, 7, 8}));
}

TEST(InvitationTime, MomentsAsPeopleAndSystemsWriteThem) {
  EXPECT_EQ(parse_moment("2026-12-03T14:20", 3, DayEdge::end), utc(2026, 12, 3, 11, 20));
  EXPECT_EQ(parse_moment("03.12.2026 14:20", 5, DayEdge::end), utc(2026, 12, 3, 9, 20));
  EXPECT_EQ(parse_moment("2026-12-03T14:20:00+05:00", 3, DayEdge::end), utc(2026, 12, 3, 9, 20));
  EXPECT_EQ(parse_moment("2026-12-03T14:20:00Z", 3, DayEdge::end), utc(2026, 12, 3, 14, 20));
  EXPECT_EQ(parse_moment("03.12.2026", 3, DayEdge::end), utc(2026, 12, 3, 20, 59) + std::chrono::seconds(59));
  EXPECT_EQ(parse_moment("03.12.2026", 3, DayEdge::start), utc(2026, 12, 2, 21));
  for (const auto* bad : {"", "2026-02-30", "31.04.2026", "2026-12-03T25:00", "2026-12-03 14", "3.12.2026",
                          "2026-12-03T14:20+5", "завтра", "2026-12-03T14:20:00+05:00x"})
    EXPECT_FALSE(parse_moment(bad, 3, DayEdge::end)) << bad;
}

TEST(InvitationLink, OnlyTheExactLinkMatches) {
  const auto key = SecretKey::generate();
  const auto token = invitation_token(key, 42, "nonce");
  EXPECT_EQ(invitation_token_id(token), 42);
  EXPECT_TRUE(invitation_token_matches(key, token, 42, "nonce"));
  EXPECT_FALSE(invitation_token_matches(key, token, 42, "other"));
  EXPECT_FALSE(invitation_token_matches(SecretKey::generate(), token, 42, "nonce"));
  for (const auto* bad : {"", "42", "42-", "-abc", "x-0123456789abcdef01234567", "0-0123456789abcdef01234567"})
    EXPECT_FALSE(invitation_token_id(bad)) << bad;
}

}  // namespace
}  // namespace nok::invitation
