#include "app/auth/contact.h"

#include "core/text.h"

namespace nok {

std::optional<std::string> normalise_email(std::string_view email) {
  std::string out(text::trim(email));
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto atsign = out.find('@');
  if (out.size() > 254 || atsign == std::string::npos || atsign == 0 || out.find('@', atsign + 1) != std::string::npos)
    return std::nullopt;
  const auto dot = out.find('.', atsign);
  if (dot == std::string::npos || dot == atsign + 1 || dot + 1 == out.size()) return std::nullopt;
  for (unsigned char c : out)
    if (c <= ' ' || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '\\') return std::nullopt;
  if (!text::valid_utf8(out)) return std::nullopt;
  return out;
}

Result<std::string> normalise_phone(std::string_view phone) {
  const Error not_russian{"bad_phone", "Код по SMS отправляем только на российские мобильные номера: +7 9XX XXX-XX-XX. "
                                       "Для другого номера войдите по электронной почте."};
  std::string digits;
  bool plus = false;
  for (char c : text::trim(phone)) {
    if (c >= '0' && c <= '9') digits += c;
    else if (c == '+' && digits.empty() && !plus) plus = true;
    else if (c != ' ' && c != '-' && c != '(' && c != ')') return Error{"bad_phone", "Номер телефона может содержать только цифры, пробелы, скобки, дефисы и + в начале."};
  }
  if (plus && !digits.starts_with('7')) return not_russian;
  if (!plus && digits.size() == 11 && digits.starts_with('8')) digits[0] = '7';  // the domestic "8…" prefix
  if (!plus && digits.size() == 10) digits = "7" + digits;
  if (digits.size() != 11 || !digits.starts_with('7'))
    return Error{"bad_phone", "Проверьте номер телефона: нужно 10 цифр после +7, например +7 900 123-45-67."};
  if (digits[1] != '9') return not_russian;  // +7 3xx/4xx/8xx are landlines, +7 7xx is Kazakhstan
  return "+" + digits;
}

Result<Contact> parse_email(std::string_view typed) {
  auto address = normalise_email(typed);
  if (!address) return Error{"bad_email", "Проверьте адрес электронной почты: он должен выглядеть как name@example.ru"};
  return Contact{Contact::Kind::email, *address};
}

Result<Contact> parse_phone(std::string_view typed) {
  auto phone = normalise_phone(typed);
  if (!phone) return phone.error();
  return Contact{Contact::Kind::phone, *phone};
}

Result<Contact> parse_contact(std::string_view typed) {
  const auto trimmed = text::trim(typed);
  if (trimmed.find('@') != std::string_view::npos) return parse_email(trimmed);
  if (!trimmed.empty() && trimmed.find_first_not_of("+0123456789 -()") == std::string_view::npos)
    return parse_phone(trimmed);
  return Error{"bad_contact", "Укажите адрес электронной почты (name@example.ru) или номер мобильного телефона (+7 900 123-45-67)."};
}

}  // namespace nok
