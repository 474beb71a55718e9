// Who may read /metrics: clients of the listed networks, or the holder of the token.
#include "web/metrics_access.h"

#include <gtest/gtest.h>

namespace nok {
namespace {

http::Request from(std::string address, http::Fields headers = {}) {
  http::Request request;
  request.remote_address = std::move(address);
  request.headers = std::move(headers);
  return request;
}

web::MetricsAccess networks(std::string_view list) {
  web::MetricsAccess access;
  auto parsed = parse_networks(list);
  EXPECT_TRUE(parsed) << parsed.error().message;
  access.networks = std::move(*parsed);
  return access;
}

TEST(MetricsAccess, ByDefaultOnlyThisMachine) {
  const web::MetricsAccess access;
  EXPECT_TRUE(web::may_read_metrics(access, from("127.0.0.1")));
  EXPECT_TRUE(web::may_read_metrics(access, from("127.8.9.10")));
  EXPECT_TRUE(web::may_read_metrics(access, from("::1")));
  EXPECT_TRUE(web::may_read_metrics(access, from("::ffff:127.0.0.1")));  // a dual-stack socket's IPv4 client
  EXPECT_FALSE(web::may_read_metrics(access, from("10.0.0.1")));
  EXPECT_FALSE(web::may_read_metrics(access, from("::2")));
  EXPECT_FALSE(web::may_read_metrics(access, from("")));
}

TEST(MetricsAccess, NetworksMatchByTheirPrefix) {
  const auto access = networks("10.1.0.0/16, fd00::/8 ,192.0.2.7");
  EXPECT_TRUE(web::may_read_metrics(access, from("10.1.255.3")));
  EXPECT_FALSE(web::may_read_metrics(access, from("10.2.0.1")));
  EXPECT_TRUE(web::may_read_metrics(access, from("fd12::1")));
  EXPECT_FALSE(web::may_read_metrics(access, from("fe80::1")));
  EXPECT_TRUE(web::may_read_metrics(access, from("192.0.2.7")));
  EXPECT_FALSE(web::may_read_metrics(access, from("192.0.2.8")));
  EXPECT_FALSE(web::may_read_metrics(access, from("127.0.0.1")));  // the list replaces the default
  EXPECT_TRUE(web::may_read_metrics(networks("0.0.0.0/0"), from("203.0.113.9")));
  EXPECT_FALSE(web::may_read_metrics(networks(""), from("127.0.0.1")));
}

TEST(MetricsAccess, AnEntryThatIsNoNetworkIsRefusedByName) {
  for (const char* bad : {"10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0/8", "localhost", "10.0.0.0/8x", "10.0.0.0/-1"}) {
    auto parsed = parse_networks(std::string("127.0.0.1,") + bad);
    ASSERT_FALSE(parsed) << bad;
    EXPECT_EQ(parsed.error().code, "bad_network");
    EXPECT_NE(parsed.error().message.find(bad), std::string::npos);
  }
}

TEST(MetricsAccess, ARequestThroughAnUntrustedProxyIsNotJudgedByItsAddress) {
  web::MetricsAccess access;
  EXPECT_FALSE(web::may_read_metrics(access, from("127.0.0.1", {{"x-forwarded-for", "203.0.113.9"}})));
  EXPECT_FALSE(web::may_read_metrics(access, from("127.0.0.1", {{"forwarded", "for=203.0.113.9"}})));
  access.trust_forwarded_for = true;  // then the server has put the client's address in remote_address
  EXPECT_TRUE(web::may_read_metrics(access, from("127.0.0.1", {{"x-forwarded-for", "203.0.113.9, 127.0.0.1"}})));
}

TEST(MetricsAccess, TheTokenLetsInFromAnywhere) {
  auto access = networks("");
  EXPECT_FALSE(web::may_read_metrics(access, from("203.0.113.9", {{"authorization", "Bearer "}})));  // no token set
  access.token = "s3cret-token";
  EXPECT_TRUE(web::may_read_metrics(access, from("203.0.113.9", {{"authorization", "Bearer s3cret-token"}})));
  EXPECT_FALSE(web::may_read_metrics(access, from("203.0.113.9", {{"authorization", "Bearer s3cret-toke"}})));
  EXPECT_FALSE(web::may_read_metrics(access, from("203.0.113.9", {{"authorization", "Basic s3cret-token"}})));
  EXPECT_FALSE(web::may_read_metrics(access, from("203.0.113.9")));
}

}  // namespace
}  // namespace nok
