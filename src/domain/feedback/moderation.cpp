#include "domain/feedback/moderation.h"

#include <array>
#include <cctype>

#include "core/text.h"

namespace nok::feedback {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_separator(char c) { return c == ' ' || c == '-' || c == '(' || c == ')'; }

// Runs of ten or more digits, written with spaces, hyphens or brackets between groups
// ("8 (912) 345-67-89", "45 06 123456", "123-456-789 01"): a phone number when it looks like a
// Russian one, else a document number (passport, СНИЛС, ИНН of a person, a card).
std::string long_number(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    const bool plus = i > 0 && text[i - 1] == '+';
    std::string digits;
    std::size_t gap = 0;  // separators since the last digit; more than two end the run
    for (; i < text.size() && gap <= 2; ++i) {
      if (is_digit(text[i])) {
        digits += text[i];
        gap = 0;
      } else if (is_separator(text[i])) {
        ++gap;
      } else {
        break;
      }
    }
    if (digits.size() < 10) continue;
    const bool phone = plus || (digits.size() == 11 && (digits[0] == '7' || digits[0] == '8')) ||
                       (digits.size() == 10 && digits[0] == '9');
    return phone ? "personal_data_phone" : "personal_data_number";
  }
  return "";
}

bool is_address_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x80 && (std::isalnum(u) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-');
}

// name@domain.tld with an ASCII name and a dotted domain.
bool has_email(std::string_view text) {
  for (auto at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    if (at == 0 || !is_address_char(text[at - 1])) continue;
    std::size_t end = at + 1;
    while (end < text.size() && is_address_char(text[end])) ++end;
    auto domain = text.substr(at + 1, end - at - 1);
    while (domain.ends_with('.')) domain.remove_suffix(1);  // the full stop of a sentence
    const auto dot = domain.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && domain.size() - dot > 2) return true;
  }
  return false;
}

// Length of the letter at `i` (ASCII, or two-byte Cyrillic with lead byte D0/D1), 0 for a non-letter.
std::size_t letter_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return std::isalpha(c) ? 1 : 0;
  return (c == 0xD0 || c == 0xD1) && i + 1 < s.size() ? 2 : 0;
}

bool has_abuse(std::string_view text, std::span<const std::string> roots) {
  const std::string folded = text::fold(text);
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t end = i;
    while (end < folded.size() && letter_at(folded, end)) end += letter_at(folded, end);
    if (end == i) {
      ++i;
      continue;
    }
    const std::string_view word(folded.data() + i, end - i);
    for (const auto& root : roots) {
      const bool anchored = root.starts_with('^');
      const std::string_view stem = std::string_view(root).substr(anchored ? 1 : 0);
      if (!stem.empty() && (anchored ? word.starts_with(stem) : word.find(stem) != std::string_view::npos)) return true;
    }
    i = end;
  }
  return false;
}

struct Explanation {
  std::string_view reason;
  std::string_view text;
};

constexpr std::array<Explanation, 7> kExplanations{{
    {"personal_data_phone", "В тексте есть номер телефона. Чтобы защитить персональные данные, отзыв проверит модератор."},
    {"personal_data_email", "В тексте есть адрес электронной почты. Чтобы защитить персональные данные, отзыв проверит модератор."},
    {"personal_data_number", "В тексте есть длинный номер, похожий на номер паспорта или СНИЛС. Чтобы защитить персональные данные, отзыв проверит модератор."},
    {"abuse", "В тексте есть нецензурные слова. Отзыв проверит модератор."},
    {"mass_posting", "С вашей учётной записи за короткое время пришло много ответов. Ответ проверит модератор."},
    {"network_burst", "Из вашей сети за короткое время пришло много ответов. Ответ проверит модератор."},
    {"duplicate_text", "Такой же текст прислали другие участники. Ответ проверит модератор."},
}};

}  // namespace

std::string screen_review(std::string_view text, std::span<const std::string> abuse_roots) {
  if (auto number = long_number(text); !number.empty()) return number;
  if (has_email(text)) return "personal_data_email";
  if (has_abuse(text, abuse_roots)) return "abuse";
  return "";
}

std::vector<std::string> parse_abuse_roots(std::string_view text) {
  std::vector<std::string> roots;
  while (!text.empty()) {
    const auto newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    line = text::trim(line.substr(0, line.find('#')));
    if (!line.empty()) roots.push_back(text::fold(line));
  }
  return roots;
}

std::string_view explain_moderation(std::string_view reason) {
  for (const auto& e : kExplanations)
    if (e.reason == reason) return e.text;
  return reason.empty() ? "" : "Проверяется модератором.";
}

}  // namespace nok::feedback
