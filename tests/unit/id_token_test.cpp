#include <gtest/gtest.h>

#include <sodium.h>

#include "app/auth/id_token.h"

namespace nok {
namespace {

std::string b64url(const std::string& text) {
  std::string out(sodium_base64_encoded_len(text.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.pop_back();
  return out;
}

std::string token(const std::string& claims) { return b64url(R"({"alg":"none"})") + "." + b64url(claims) + "."; }

const IdTokenExpectations kExpected{"https://esia.example", "nok", "n0nce", 1'000'000};

TEST(IdToken, TheSubjectOfATokenMeantForUs) {
  auto sub = id_token_subject(
      token(R"({"iss":"https://esia.example","aud":["other","nok"],"exp":1000100,"nonce":"n0nce","sub":"42"})"),
      kExpected);
  ASSERT_TRUE(sub);
  EXPECT_EQ(*sub, "42");
}

TEST(IdToken, AnythingElseIsRefused) {
  for (const std::string& bad :
       {token(R"({"iss":"https://esia.example","aud":"nok","exp":1000100,"nonce":"n0nce"})"),           // no sub
        token(R"({"iss":"https://evil.example","aud":"nok","exp":1000100,"nonce":"n0nce","sub":"1"})"),  // issuer
        token(R"({"iss":"https://esia.example","aud":"nok","exp":999999,"nonce":"n0nce","sub":"1"})"),   // expired
        token(R"({"iss":"https://esia.example","aud":"nok","exp":"1000100","nonce":"n0nce","sub":"1"})"),
        token(R"({"iss":"https://esia.example","aud":["x"],"exp":1000100,"nonce":"n0nce","sub":"1"})"),
        token(R"({"iss":"https://esia.example","aud":"nok","exp":1000100,"sub":"1"})"),                   // no nonce
        token("[1]"), std::string("no-dots"), std::string("a.!!!.b")}) {
    auto r = id_token_subject(bad, kExpected);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, "oidc_bad_token");
  }
}

}  // namespace
}  // namespace nok
