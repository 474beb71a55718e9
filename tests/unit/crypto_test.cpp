#include "core/crypto.h"

#include <gtest/gtest.h>

namespace nok {
namespace {

TEST(Crypto, SealedTextOpensOnlyWithTheSameKeyAndUnaltered) {
  auto key = SecretKey::generate(), other = SecretKey::generate();
  auto sealed = key.seal("ivanova@example.ru");
  EXPECT_EQ(sealed.find("ivanova"), std::string::npos);
  EXPECT_EQ(key.open(sealed), "ivanova@example.ru");
  EXPECT_FALSE(other.open(sealed));
  std::string altered = sealed;
  altered[altered.size() / 2] = altered[altered.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(key.open(altered));
  EXPECT_NE(key.seal("x"), key.seal("x"));  // random nonces
}

// An empty text once reached libsodium as a null pointer (undefined behaviour, which the
// sanitizer build stops on); it is refused like any other text that is not sealed.
TEST(Crypto, EmptyTextsAreNeitherOpenedNorTakenForAKey) {
  auto key = SecretKey::generate();
  EXPECT_FALSE(key.open(""));
  EXPECT_FALSE(SecretKey::from_base64(""));
}

TEST(Crypto, KeyedHashIsStablePerKeyAndDiffersAcrossKeys) {
  auto key = SecretKey::generate(), other = SecretKey::generate();
  EXPECT_EQ(key.hash("a@b.ru"), key.hash("a@b.ru"));
  EXPECT_NE(key.hash("a@b.ru"), other.hash("a@b.ru"));
  EXPECT_EQ(key.hash("a").size(), 64u);
}

TEST(Crypto, KeyRoundTripsThroughBase64AndRejectsGarbage) {
  auto key = SecretKey::generate();
  auto again = SecretKey::from_base64(key.to_base64());
  ASSERT_TRUE(again);
  EXPECT_EQ(again->hash("x"), key.hash("x"));
  EXPECT_FALSE(SecretKey::from_base64("short"));
  EXPECT_FALSE(SecretKey::from_base64("!!!not base64!!!"));
}

TEST(Crypto, RandomDigitsAndConstantTimeCompare) {
  auto code = random_digits(6);
  EXPECT_EQ(code.size(), 6u);
  EXPECT_EQ(code.find_first_not_of("0123456789"), std::string::npos);
  EXPECT_TRUE(equal_in_constant_time("123456", "123456"));
  EXPECT_FALSE(equal_in_constant_time("123456", "123457"));
  EXPECT_FALSE(equal_in_constant_time("123", "1234"));
}

}  // namespace
}  // namespace nok
