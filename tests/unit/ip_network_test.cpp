// Which addresses are public: what the website checker may fetch without reaching into the
// operator's own network.
#include "core/ip_network.h"

#include <gtest/gtest.h>

namespace nok {
namespace {

bool is_public_text(const char* text) { return is_public(*parse_ip_address(text)); }

TEST(IpNetwork, PrivateLoopbackAndSpecialAddressesAreNotPublic) {
  for (const char* address : {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                              "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::",
                              "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "192.0.2.1", "64:ff9b::a00:1",
                              "::7f00:1", "fec0::1", "3fff::1"})
    EXPECT_FALSE(is_public_text(address)) << address;
  for (const char* address : {"8.8.8.8", "77.88.55.60", "172.32.0.1", "2a02:6b8::2:242", "::ffff:8.8.8.8"})
    EXPECT_TRUE(is_public_text(address)) << address;
}

TEST(IpNetwork, AllowListsAndBadEntries) {
  const auto allowed = parse_networks("127.0.0.1/32, ::1");
  ASSERT_TRUE(allowed);
  EXPECT_TRUE(contains(*allowed, *parse_ip_address("127.0.0.1")));
  EXPECT_FALSE(contains(*allowed, *parse_ip_address("127.0.0.2")));
  EXPECT_TRUE(contains(*allowed, *parse_ip_address("::1")));
  EXPECT_FALSE(parse_ip_address("localhost"));
  EXPECT_EQ(parse_networks("10.0.0.0/33").error().code, "bad_network");
}

}  // namespace
}  // namespace nok
