#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace nok {

// Where a citizen receives one-time codes: an e-mail address or a Russian mobile number.
struct Contact {
  enum class Kind { email, phone };
  Kind kind;
  std::string value;  // normalised: "name@example.ru" or "+79001234567"

  // What the keyed login hash is made of; the prefix keeps the two kinds apart.
  std::string login_key() const { return (kind == Kind::email ? "email:" : "phone:") + value; }
};

// Reads what a person typed into "e-mail or phone". Errors: bad_email, bad_phone, bad_contact.
Result<Contact> parse_contact(std::string_view typed);
// The same for a field that can only be one kind (the JSON API's "email" and "phone").
Result<Contact> parse_email(std::string_view typed);
Result<Contact> parse_phone(std::string_view typed);

// Lower-cased, trimmed address, or nullopt when it is not an e-mail address.
std::optional<std::string> normalise_email(std::string_view email);

// "+7 (900) 123-45-67", "89001234567", "9001234567" → "+79001234567". Errors: bad_phone
// (not a Russian mobile number, with the reason in Russian).
Result<std::string> normalise_phone(std::string_view phone);

}  // namespace nok
