#include <gtest/gtest.h>

#include "sms/adapters.h"

namespace nok {
namespace {

const SmsMessage kMessage{"+79001234567", "Код: \"123\" & всё\n"};

TEST(SmsGatewayRequest, JsonBodiesGetEscapedValuesAndTheUrlGetsEncodedOnes) {
  auto r = gateway_request({.url = "https://sms.example/send?to={phone}", .token = "t0k"}, kMessage);
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.url, "https://sms.example/send?to=%2B79001234567");
  EXPECT_EQ(r.content_type, "application/json");
  EXPECT_EQ(r.body, R"({"phone":"+79001234567","text":"Код: \"123\" & всё\n"})");
  EXPECT_EQ(r.headers, std::vector<std::string>{"Authorization: Bearer t0k"});
}

TEST(SmsGatewayRequest, FormBodiesArePercentEncodedAndGetSendsNoBody) {
  SmsConfig form{.url = "https://sms.example/send", .content_type = "application/x-www-form-urlencoded",
                 .body = "to={phone}&msg={text}"};
  EXPECT_EQ(gateway_request(form, {"+79001234567", "a b&c"}).body, "to=%2B79001234567&msg=a%20b%26c");
  EXPECT_TRUE(gateway_request(form, kMessage).headers.empty());

  auto get = gateway_request({.url = "https://sms.example/send?to={phone}&text={text}", .method = "GET"},
                             {"+79001234567", "a b"});
  EXPECT_EQ(get.url, "https://sms.example/send?to=%2B79001234567&text=a%20b");
  EXPECT_TRUE(get.body.empty());
  EXPECT_TRUE(get.content_type.empty());
}

}  // namespace
}  // namespace nok
