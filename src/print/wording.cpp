#include "print/wording.h"

#include <algorithm>

#include "core/text.h"
#include "domain/ratings/rating.h"

namespace nok::print {
namespace {

constexpr std::size_t kMaxHeadline = 100, kMaxBody = 1500;
constexpr std::ptrdiff_t kMaxBodyLines = 40;

// Tabs and line breaks are layout; any other control character is refused (it would
// print as a box, or hide text from the person checking the proof).
bool has_control_characters(std::string_view s, bool lines_allowed) {
  return std::any_of(s.begin(), s.end(), [&](unsigned char c) {
    return (c < 0x20 && c != '\t' && !(lines_allowed && (c == '\n' || c == '\r'))) || c == 0x7F;
  });
}

}  // namespace

std::string display_name(const Organisation& o) { return o.short_name.empty() ? o.full_name : o.short_name; }

// The five aspects are the rating's (ratings::title), so the poster and the pages it leads
// to name them alike.
PosterText default_poster_text() {
  std::string body =
      "Чтобы оценить УСЛОВИЯ предоставления услуг наведите камеру Вашего телефона и сканируйте QR-код.\n"
      "Перейдя по ссылке Вы сможете:\n"
      "- оценить условия оказания услуг:\n";
  for (auto aspect : ratings::all_aspects()) body += "  - " + std::string(ratings::title(aspect)) + "\n";
  body +=
      "- оставить свое обращение\n"
      "Ваша оценка поможет нам стать лучше и убедиться, что все хорошо!";
  return {"ВАМ У НАС ПОНРАВИЛОСЬ?", std::move(body)};
}

Result<PosterText> poster_text(std::string_view headline, std::string_view body) {
  auto text = default_poster_text();
  headline = text::trim(headline);
  body = text::trim(body);
  if (!text::valid_utf8(headline) || !text::valid_utf8(body))
    return Error{"bad_text", "текст плаката содержит повреждённые символы (не UTF-8)"};
  if (has_control_characters(headline, false) || has_control_characters(body, true))
    return Error{"bad_text", "текст плаката содержит управляющие символы"};
  if (text::length(headline) > kMaxHeadline)
    return Error{"text_too_long", "заголовок длиннее 100 символов — на плакате его не прочитают издалека"};
  if (text::length(body) > kMaxBody || std::count(body.begin(), body.end(), '\n') >= kMaxBodyLines)
    return Error{"text_too_long", "текст плаката длиннее 1500 символов или 40 строк: сократите его"};
  if (!headline.empty()) text.headline = std::string(headline);
  if (!body.empty()) text.body = std::string(body);
  return text;
}

}  // namespace nok::print
