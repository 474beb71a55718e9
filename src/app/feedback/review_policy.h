#pragma once
#include <string>
#include <vector>

namespace nok {

// What holds a review for a moderator besides personal data: the obscene roots
// (domain/feedback/moderation.h describes their syntax).
struct ReviewPolicy {
  std::vector<std::string> abuse_roots;
};

// Read once: the roots in the file named by NOK_ABUSE_ROOTS_FILE when it is set and
// readable, else data/abuse_roots.txt compiled into the binary.
const ReviewPolicy& default_review_policy();

}  // namespace nok
