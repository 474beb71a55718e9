#pragma once
// What every citizen form that comes back with errors must show, checked on its HTML: the
// title starts with «Ошибка:», the error summary takes the focus (autofocus, tabindex=-1:
// without JavaScript too), each of its links goes to a form control on the page (an input,
// a textarea or a select, not a fieldset) and each message starts with a capital letter.
#include <gtest/gtest.h>

#include <regex>
#include <string>

namespace nok::test {

// True when `text` starts with a capital letter: A–Z, or А–Я and Ё in UTF-8.
inline bool starts_with_capital(const std::string& text) {
  if (text.empty()) return false;
  const auto a = static_cast<unsigned char>(text[0]);
  if (a >= 'A' && a <= 'Z') return true;
  if (text.size() < 2) return false;
  const auto b = static_cast<unsigned char>(text[1]);
  return a == 0xD0 && ((b >= 0x90 && b <= 0xAF) || b == 0x81);
}

inline void expect_error_page(const std::string& html) {
  EXPECT_NE(html.find("<title>Ошибка: "), std::string::npos) << "the title says there is an error";
  const std::regex summary("<div class=\"error\"[^>]*id=\"error-summary\"[^>]*>");
  std::smatch tag;
  ASSERT_TRUE(std::regex_search(html, tag, summary)) << "no error summary";
  EXPECT_NE(tag.str().find("autofocus"), std::string::npos) << tag.str();
  EXPECT_NE(tag.str().find("tabindex=\"-1\""), std::string::npos) << tag.str();
  const auto start = html.find("id=\"error-summary\"");
  const auto block = html.substr(start, html.find("</div>", start) - start);
  const std::regex link("<a href=\"#([^\"]+)\">([^<]*)</a>");
  int links = 0;
  for (auto it = std::sregex_iterator(block.begin(), block.end(), link); it != std::sregex_iterator(); ++it, ++links) {
    const std::string id = (*it)[1], message = (*it)[2];
    const std::regex control("<(input|textarea|select)[^>]* id=\"" + id + "\"");
    EXPECT_TRUE(std::regex_search(html, control)) << "the summary links to #" << id << ", which is no form control";
    EXPECT_TRUE(starts_with_capital(message)) << message;
  }
  EXPECT_GT(links, 0) << "the summary links to no field";
}

}  // namespace nok::test
