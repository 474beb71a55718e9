#include "web/pages/review_view.h"

#include <kainjow/mustache.hpp>

#include "core/time.h"

namespace nok::web {
namespace {

// The text cut after at most `limit` code points, back to the last space, with "…".
std::string cut(const std::string& text, std::size_t limit, bool& was_cut) {
  std::size_t points = 0, end = 0;
  while (end < text.size() && points < limit) {
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    ++points;
  }
  if (end >= text.size()) return text;
  was_cut = true;
  if (auto space = text.rfind(' ', end); space != std::string::npos && space > end / 2) end = space;
  return text.substr(0, end) + "…";
}

}  // namespace

Data review_data(const Review& review, std::size_t excerpt) {
  bool was_cut = false;
  kainjow::mustache::object out{
      {"org_code", review.head.org_code},
      {"date", day_text(review.head.created_at)},
      {"text", excerpt ? cut(review.text, excerpt, was_cut) : review.text},
  };
  if (!review.answer.empty()) {
    out["answer"] = excerpt ? cut(review.answer, excerpt / 2, was_cut) : review.answer;
    out["answered"] = day_text(review.answered_at);
  }
  out["more"] = was_cut;
  return out;
}

}  // namespace nok::web
