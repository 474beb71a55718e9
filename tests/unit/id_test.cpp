#include "core/id.h"

#include <gtest/gtest.h>

#include <set>

namespace nok {
namespace {

TEST(Id, StrictlyIncreaseWithinAProcessEvenInBursts) {
  std::int64_t previous = 0;
  std::set<std::int64_t> seen;
  for (int i = 0; i < 200000; ++i) {
    auto id = new_id();
    ASSERT_GT(id, previous);
    previous = id;
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 200000u);
}

TEST(Id, CarryTheCurrentTimeInTheTopBits) {
  const auto ms = new_id() >> 22;
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch()).count();
  EXPECT_LE(std::llabs(now - ms), 5000);
}

TEST(Id, RandomTokensAreUrlSafeAndDistinct) {
  auto a = random_token(), b = random_token();
  EXPECT_NE(a, b);
  EXPECT_EQ(a.size(), 32u);
  EXPECT_EQ(a.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), std::string::npos);
}

}  // namespace
}  // namespace nok
