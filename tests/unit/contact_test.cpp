#include <gtest/gtest.h>

#include "app/auth/contact.h"

namespace nok {
namespace {

TEST(Contact, RussianMobileNumbersAreNormalisedWhateverTheWriting) {
  for (const char* typed : {"+7 900 123-45-67", "8 (900) 123-45-67", "89001234567", "79001234567", "9001234567",
                            " +7(900)1234567 "}) {
    auto phone = parse_contact(typed);
    ASSERT_TRUE(phone) << typed;
    EXPECT_EQ(phone->kind, Contact::Kind::phone);
    EXPECT_EQ(phone->value, "+79001234567");
    EXPECT_EQ(phone->login_key(), "phone:+79001234567");
  }
}

TEST(Contact, OtherNumbersAreRefusedWithTheReason) {
  for (const char* foreign : {"+44 20 7946 0958", "+380 44 123 45 67", "+7 727 123 45 67", "+7 495 123-45-67"}) {
    auto r = parse_contact(foreign);
    ASSERT_FALSE(r) << foreign;
    EXPECT_EQ(r.error().code, "bad_phone");
    EXPECT_NE(r.error().message.find("российские"), std::string::npos) << foreign;
  }
  for (const char* malformed : {"+7 900 123", "8900123456789", "7+9001234567", "+"}) {
    auto r = parse_contact(malformed);
    ASSERT_FALSE(r) << malformed;
    EXPECT_EQ(r.error().code, "bad_phone") << malformed;
  }
}

TEST(Contact, AddressesStayAddressesAndEverythingElseIsNeither) {
  auto email = parse_contact(" Petrov@Example.RU ");
  ASSERT_TRUE(email);
  EXPECT_EQ(email->kind, Contact::Kind::email);
  EXPECT_EQ(email->login_key(), "email:petrov@example.ru");
  EXPECT_EQ(parse_contact("a@b").error().code, "bad_email");
  EXPECT_EQ(parse_contact("Иванов").error().code, "bad_contact");
  EXPECT_EQ(parse_contact("").error().code, "bad_contact");
}

}  // namespace
}  // namespace nok
