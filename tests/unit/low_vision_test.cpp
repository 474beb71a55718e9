// The version for the visually impaired as its cookie keeps it: every combination of the
// settings survives the round trip, old and damaged cookies read as something sensible,
// and the switch's query changes only what it names.
#include <gtest/gtest.h>

#include "web/low_vision.h"

namespace nok::web {
namespace {

http::Request query(std::vector<std::pair<std::string, std::string>> values) {
  http::Request r;
  r.query = std::move(values);
  return r;
}

TEST(LowVision, EveryCombinationOfSettingsComesBackFromItsCookie) {
  int combinations = 0;
  for (int size = 1; size <= kTextSizes; ++size)
    for (auto scheme : {LowVision::Scheme::black_on_white, LowVision::Scheme::white_on_black,
                        LowVision::Scheme::blue_on_light_blue})
      for (bool wide : {false, true})
        for (bool images : {false, true}) {
          const LowVision settings{true, size, scheme, wide, images};
          const auto back = read_low_vision(low_vision_cookie(settings));
          EXPECT_TRUE(back.on);
          EXPECT_EQ(back.text_size, size);
          EXPECT_EQ(back.scheme, scheme);
          EXPECT_EQ(back.wide_spacing, wide);
          EXPECT_EQ(back.images, images);
          ++combinations;
        }
  EXPECT_EQ(combinations, 36);
  EXPECT_EQ(low_vision_cookie({true, 3, LowVision::Scheme::white_on_black, true, false}), "3bwn");
  EXPECT_EQ(low_vision_cookie({}), "0");
}

TEST(LowVision, TheOldSwitchsCookieTurnsItOnWithTheDefaultsAndDamagedOnesTurnItOff) {
  const auto old = read_low_vision("1");
  EXPECT_TRUE(old.on);
  EXPECT_EQ(old.text_size, 2);
  EXPECT_EQ(old.scheme, LowVision::Scheme::black_on_white);
  EXPECT_TRUE(old.images);
  for (const char* damaged : {"", "0", "4wny", "0wny", "2xny", "2wxy", "2wnx", "2wnyy", "2wn", "<scr"})
    EXPECT_FALSE(read_low_vision(damaged).on) << damaged;
}

TEST(LowVision, TheSwitchChangesWhatItNamesAndLeavesTheRest) {
  const LowVision start{true, 1, LowVision::Scheme::blue_on_light_blue, true, false};
  const auto bigger = with_choices(start, query({{"size", "3"}}));
  EXPECT_EQ(bigger.text_size, 3);
  EXPECT_EQ(bigger.scheme, LowVision::Scheme::blue_on_light_blue);
  EXPECT_TRUE(bigger.wide_spacing);
  EXPECT_FALSE(bigger.images);

  const auto all = with_choices({}, query({{"size", "1"}, {"scheme", "black"}, {"spacing", "normal"}, {"images", "on"}}));
  EXPECT_TRUE(all.on);
  EXPECT_EQ(low_vision_cookie(all), "1bny");

  const auto unknown = with_choices(start, query({{"size", "9"}, {"scheme", "red"}, {"spacing", "huge"}, {"images", "1"}}));
  EXPECT_EQ(low_vision_cookie(unknown), low_vision_cookie(start));
  EXPECT_FALSE(with_choices({}, query({{"size", "9"}})).on);  // nothing valid chosen: still off
  EXPECT_TRUE(with_choices({}, query({{"on", "1"}})).on);
  const auto off = with_choices(start, query({{"off", "1"}, {"size", "3"}}));
  EXPECT_FALSE(off.on);
  EXPECT_EQ(low_vision_cookie(off), "0");
}

TEST(LowVision, TheBodyClassesNameEverySetting) {
  EXPECT_EQ(body_classes({}), "");
  EXPECT_EQ(body_classes({true, 2, LowVision::Scheme::black_on_white, false, true}), "a11y size-2 scheme-white");
  EXPECT_EQ(body_classes({true, 3, LowVision::Scheme::blue_on_light_blue, true, false}),
            "a11y size-3 scheme-blue spacing-wide no-images");
}

}  // namespace
}  // namespace nok::web
