// The pass a terminal carries from the confirmed number to the form: it names the citizen
// for this terminal only, until it lapses, and nothing altered reads.
#include <gtest/gtest.h>

#include "app/kiosk/kiosk_pass.h"

namespace nok {
namespace {

using Clock = std::chrono::system_clock;

TEST(KioskPass, ReadsBackTheCitizenOnItsOwnTerminalUntilItLapses) {
  const auto key = SecretKey::generate();
  const KioskPass passes(key);
  const auto now = Clock::now();
  const auto pass = passes.issue(11, 42, now);
  EXPECT_EQ(passes.read(11, pass, now), 42);
  EXPECT_EQ(passes.read(11, pass, now + KioskPass::kLifetime - std::chrono::seconds(1)), 42);
  EXPECT_EQ(passes.read(11, pass, now + KioskPass::kLifetime + std::chrono::seconds(2)), std::nullopt);
  EXPECT_EQ(passes.read(12, pass, now), std::nullopt);  // another terminal
  EXPECT_EQ(KioskPass(SecretKey::generate()).read(11, pass, now), std::nullopt);  // another server's key
}

TEST(KioskPass, NothingAlteredOrMalformedReads) {
  const auto key = SecretKey::generate();
  const KioskPass passes(key);
  const auto now = Clock::now();
  const auto pass = passes.issue(11, 42, now);
  const auto dot = pass.find('.');
  EXPECT_EQ(passes.read(11, "43" + pass.substr(dot), now), std::nullopt);  // another citizen
  const auto second = pass.find('.', dot + 1);
  EXPECT_EQ(passes.read(11, pass.substr(0, dot + 1) + "9999999999" + pass.substr(second), now), std::nullopt);
  for (const std::string bad : {"", ".", "..", "42", "42.1", "x.y.z", "-1.9999999999.abc", "0.9999999999.abc"})
    EXPECT_EQ(passes.read(11, bad, now), std::nullopt) << bad;
}

}  // namespace
}  // namespace nok
