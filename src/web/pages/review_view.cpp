#include "web/pages/review_view.h"

#include <kainjow/mustache.hpp>

#include "core/shorten.h"
#include "core/time.h"

namespace nok::web {
namespace {

// The text cut to about `limit` code points at a word, with "…"; `was_cut` is set when it was.
std::string excerpt_of(const std::string& text, std::size_t limit, bool& was_cut) {
  auto excerpt = text::shorten(text, limit + 1);  // the "…" is not counted against the limit
  if (excerpt != text) was_cut = true;
  return excerpt;
}

}  // namespace

Data review_data(const Review& review, std::size_t excerpt) {
  bool was_cut = false;
  kainjow::mustache::object out{
      {"org_code", review.head.org_code},
      {"date", day_text(review.head.created_at)},
      {"text", excerpt ? excerpt_of(review.text, excerpt, was_cut) : review.text},
  };
  if (!review.answer.empty()) {
    out["answer"] = excerpt ? excerpt_of(review.answer, excerpt / 2, was_cut) : review.answer;
    out["answered"] = day_text(review.answered_at);
  }
  out["more"] = was_cut;
  return out;
}

}  // namespace nok::web
