#include "app/feedback/review_policy.h"

#include "core/embedded.h"
#include "domain/feedback/moderation.h"

namespace nok::data {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok {
namespace {

std::string_view built_in_roots() {
  for (const auto& f : data::files())
    if (f.name == "abuse_roots.txt") return f.contents;
  return "";
}

}  // namespace

const ReviewPolicy& default_review_policy() {
  static const ReviewPolicy policy = review_policy_from_text(built_in_roots());
  return policy;
}

ReviewPolicy review_policy_from_text(std::string_view text) { return {feedback::parse_abuse_roots(text)}; }

}  // namespace nok
