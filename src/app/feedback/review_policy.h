#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace nok {

// What holds a review for a moderator besides personal data: the obscene roots
// (domain/feedback/moderation.h describes their syntax).
struct ReviewPolicy {
  std::vector<std::string> abuse_roots;
};

// The roots of data/abuse_roots.txt, compiled into the binary.
const ReviewPolicy& default_review_policy();

// The roots listed in `text` (a file a deployment keeps in place of the built-in one).
ReviewPolicy review_policy_from_text(std::string_view text);

}  // namespace nok
