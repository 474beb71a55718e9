// RFC 6238 time-based codes against the RFC's own test vectors (SHA-1 secret).
#include "core/totp.h"

#include <gtest/gtest.h>

namespace nok {
namespace {

const std::string kRfcSecret = "12345678901234567890";

TEST(Totp, CodesMatchTheRfc6238Vectors) {
  // Appendix B lists 8-digit codes; 6-digit codes are their last six digits.
  EXPECT_EQ(totp::code_at(kRfcSecret, 59 / 30), "287082");
  EXPECT_EQ(totp::code_at(kRfcSecret, 1111111109 / 30), "081804");
  EXPECT_EQ(totp::code_at(kRfcSecret, 1111111111 / 30), "050471");
  EXPECT_EQ(totp::code_at(kRfcSecret, 1234567890 / 30), "005924");
  EXPECT_EQ(totp::code_at(kRfcSecret, 2000000000 / 30), "279037");
  EXPECT_EQ(totp::code_at(kRfcSecret, 20000000000 / 30), "353130");
}

TEST(Totp, AStepEitherSideIsAcceptedAndNoFurther) {
  const std::int64_t now = 1234567890 / 30;
  EXPECT_EQ(totp::matching_step(kRfcSecret, totp::code_at(kRfcSecret, now), now), now);
  EXPECT_EQ(totp::matching_step(kRfcSecret, totp::code_at(kRfcSecret, now - 1), now), now - 1);
  EXPECT_EQ(totp::matching_step(kRfcSecret, totp::code_at(kRfcSecret, now + 1), now), now + 1);
  EXPECT_FALSE(totp::matching_step(kRfcSecret, totp::code_at(kRfcSecret, now + 2), now));
  EXPECT_FALSE(totp::matching_step(kRfcSecret, "12345", now));
  EXPECT_FALSE(totp::matching_step(kRfcSecret, "", now));
}

TEST(Totp, Base32RoundTripsAndAcceptsHowAppsShowIt) {
  EXPECT_EQ(totp::to_base32(kRfcSecret), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(totp::from_base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"), kRfcSecret);
  EXPECT_FALSE(totp::from_base32("not base32!"));
  const auto secret = totp::new_secret();
  EXPECT_EQ(secret.size(), 20u);
  EXPECT_EQ(totp::from_base32(totp::to_base32(secret)), secret);
}

TEST(Totp, TheProvisioningUriNamesIssuerAccountAndParameters) {
  EXPECT_EQ(totp::provisioning_uri("НОК", "ivanova", kRfcSecret),
            "otpauth://totp/%D0%9D%D0%9E%D0%9A:ivanova?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            "&issuer=%D0%9D%D0%9E%D0%9A&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace nok
